import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startFakeOrgServer, writeManifest } from '../../testing/fake-org/index.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';

/** Flags of `okta-sync fake-org`. */
export interface FakeOrgFlags {
  people: string;
  seed: string;
  port: string;
  token?: string;
  manifest?: string;
  json?: boolean;
}

/** Registers `okta-sync fake-org`. */
export function addFakeOrgCommand(program: Command, io: CliIo, done: (code: number) => void) {
  program
    .command('fake-org')
    .description('serve a generated Okta org on 127.0.0.1 until stopped')
    .option('--people <n>', 'number of people', '2000')
    .option('--seed <seed>', 'generator seed', '1')
    .option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)', '0')
    .option('--token <token>', 'API token the org accepts (default: a fixed test token)')
    .option('--manifest <file>', 'where to write the ground-truth manifest')
    .option('--json', 'print { url, token, manifest } as one JSON line')
    .action(async (flags: FakeOrgFlags) => done(await runFakeOrg(flags, io)));
}

/**
 * Starts the fake org and resolves when it stops (SIGINT or SIGTERM), with
 * the exit code.
 */
export async function runFakeOrg(flags: FakeOrgFlags, io: CliIo): Promise<number> {
  const server = await startFakeOrgServer({
    people: toInteger(flags.people, '--people', 1),
    seed: flags.seed,
    port: toInteger(flags.port, '--port', 0),
    ...(flags.token ? { token: flags.token } : {}),
  });
  // A manifest the command placed itself lives only as long as the org.
  const ownFolder = flags.manifest ? null : mkdtempSync(join(tmpdir(), 'okta-fake-'));
  const manifestPath = flags.manifest ?? join(ownFolder ?? '', 'manifest.json');
  await writeManifest(server.manifest, manifestPath);
  announce(io, flags.json === true, {
    url: server.url,
    token: server.token,
    manifest: manifestPath,
  });
  await untilStopped();
  await server.close();

  if (ownFolder) {
    rmSync(ownFolder, { recursive: true, force: true });
  }

  return exitCodes.succeeded;
}

function announce(
  io: CliIo,
  json: boolean,
  info: { url: string; token: string; manifest: string },
) {
  if (json) {
    writeLine(io.stdout, JSON.stringify(info));
    return;
  }

  writeLine(io.stdout, `Fake Okta org listening on ${info.url}`);
  writeLine(io.stdout, `token: ${info.token}`);
  writeLine(io.stdout, `manifest: ${info.manifest}`);
  writeLine(io.stdout, 'Stop with Ctrl-C.');
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** Parses a whole number flag, refusing anything else with a usage error. */
export function toInteger(value: string, flag: string, min: number): number {
  const number = Number(value);

  if (!Number.isInteger(number) || number < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${value}"`);
  }

  return number;
}
