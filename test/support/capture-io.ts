import { Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';

/** A CLI io whose output is kept in strings, for assertions. */
export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

function collector(chunks: string[]) {
  return new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
}

/** Captures stdout and stderr; `env` is the only environment the CLI sees. */
export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];

  return {
    stdout: collector(stdout),
    stderr: collector(stderr),
    env,
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}
