import { Command, CommanderError } from 'commander';
import { ConfigError } from '../errors/config-error.js';
import { isSyncError } from '../errors/sync-error.js';
import { flagOf } from './cli-flags.js';
import { type CliIo, writeLine } from './cli-io.js';
import { addCheckCommand } from './commands/check-command.js';
import { addDemoCommand } from './commands/demo-command.js';
import { addExportCommand } from './commands/export-command.js';
import { addFakeOrgCommand } from './commands/fake-org-command.js';
import { addServeCommand } from './commands/serve-command.js';
import { addPlanCommand, addSyncCommand } from './commands/sync-command.js';
import { exitCodes } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/** Error codes that mean the caller must change the command line. */
const usageCodes = new Set(['ERR_CONFIG_INVALID', 'ERR_ORG_URL_INVALID', 'ERR_PEER_MISSING']);

/**
 * Runs the `okta-sync` command line in-process and resolves to its exit
 * code. Everything is written to `io`; nothing touches `process` apart
 * from `fake-org`, which waits for a signal.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = exitCodes.succeeded;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });

    return exitCode;
  } catch (error) {
    return reportError(io, error);
  }
}

function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('okta-sync')
    .description('Sync people from an Okta org into a learning platform store')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line with one prefix for every error, commander's own (and
      // its "Did you mean" hint) included.
      outputError: (text, write) => write(`okta-sync: ${oneLine(text.replace(/^error: /, ''))}\n`),
    })
    .showSuggestionAfterError(true);

  const commands = [
    addSyncCommand,
    addPlanCommand,
    addExportCommand,
    addCheckCommand,
    addServeCommand,
    addFakeOrgCommand,
    addDemoCommand,
  ];

  for (const add of commands) {
    add(program, io, done);
  }

  for (const command of program.commands) {
    command.exitOverride();
  }

  return program;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its one-line message.
    return error.exitCode === 0 ? exitCodes.succeeded : exitCodes.usage;
  }

  writeLine(io.stderr, `okta-sync: ${messageOf(error)}`);

  return isUsage(error) ? exitCodes.usage : exitCodes.failed;
}

function isUsage(error: unknown): boolean {
  return error instanceof UsageError || (isSyncError(error) && usageCodes.has(error.code));
}

function messageOf(error: unknown): string {
  if (error instanceof ConfigError) {
    return error.issues.map((issue) => `${flagOf(issue.field)}: ${issue.message}`).join('; ');
  }

  const text = error instanceof Error ? error.message : String(error);
  const line = withCode(error, text.split('\n')[0] ?? text);
  const cause = causeCode(error);

  return cause && !line.includes(cause) ? `${line} (${cause})` : line;
}

/** The line led by the library's error code, the one to look up. */
function withCode(error: unknown, line: string): string {
  return isSyncError(error) && !line.startsWith(error.code) ? `${error.code}: ${line}` : line;
}

/**
 * The system code under a library error, such as ECONNREFUSED: often the
 * one word that tells an admin what to fix.
 */
function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? cause.code : undefined;

  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}
