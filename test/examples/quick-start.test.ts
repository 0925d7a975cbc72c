import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = resolve('node_modules/.bin/tsx');

describe('examples/quick-start', () => {
  it('runs the README quick start against the fake org and succeeds', async () => {
    const output = await new Promise<string>((done, fail) => {
      execFile(tsx, ['examples/quick-start/index.ts'], (error, stdout) =>
        error ? fail(error) : done(stdout),
      );
    });

    expect(output).toMatch(/^skipped 00u\w+: /m);
    expect(output).toMatch(/^succeeded: \{"created":\d+/m);
  });
});
