import type { Command } from 'commander';
import { exportTenant, type TenantExport } from '../../engine/export-people.js';
import { parseTenant } from '../cli-flags.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { defaultDbDir, openStoreOf } from '../open-store.js';

/** Flags of `okta-sync export`. */
export interface ExportFlags {
  db: string;
  databaseUrl?: string;
  tenant: string;
  json?: boolean;
}

/** Registers `okta-sync export`. */
export function addExportCommand(program: Command, io: CliIo, done: (code: number) => void) {
  program
    .command('export')
    .description('print the people and teams in the local store')
    .option('--db <dir>', 'folder of the embedded store', defaultDbDir)
    .option('--database-url <url>', 'use server PostgreSQL instead of the embedded store')
    .option('--tenant <id>', 'tenant id', parseTenant, 'default')
    .option('--json', 'print { "people": [...], "teams": [...] } on stdout')
    .action(async (flags: ExportFlags) => done(await runExport(flags, io)));
}

/** Runs the export command and returns its exit code. */
export async function runExport(flags: ExportFlags, io: CliIo): Promise<number> {
  const opened = await openStoreOf(flags, 'read');

  try {
    const data = await exportTenant(opened.store, flags.tenant);
    const lines = flags.json ? [JSON.stringify(data, null, 2)] : formatExport(data);

    for (const line of lines) {
      writeLine(io.stdout, line);
    }

    return exitCodes.succeeded;
  } finally {
    await opened.close();
  }
}

function formatExport(data: TenantExport): string[] {
  const people = data.people.map((person) =>
    [
      person.oktaId ?? '(not linked)',
      person.status,
      person.fullName,
      person.email,
      person.team ?? '-',
      person.jobTitle ?? '-',
      person.managerOktaId ?? (person.managerPending ? `pending ${person.managerPending}` : '-'),
    ].join(' | '),
  );
  const teams = data.teams.map((team) => `${team.name} | ${team.members} people`);

  return [
    `People (${data.people.length}): okta id | status | name | email | team | title | manager`,
    ...people,
    `Teams (${data.teams.length}):`,
    ...teams,
  ];
}
