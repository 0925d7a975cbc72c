import { InvalidArgumentError } from 'commander';

/**
 * The command-line flag behind each library setting, so an invalid
 * setting is reported by the name the user typed.
 */
const flagOfField: Record<string, string> = {
  orgUrl: '--org-url',
  token: '--token',
  tenantId: '--tenant',
  redisUrl: '--redis-url',
  queueName: '--queue',
  connectionString: '--database-url',
  dataDir: '--db',
  secret: '--hook-secret',
  port: '--port',
  people: '--people',
  seed: '--seed',
};

/** The flag a setting came from, or the setting's own name. */
export function flagOf(field: string): string {
  return flagOfField[field] ?? field;
}

/** Parses `--tenant`: any id but an empty one. */
export function parseTenant(value: string): string {
  if (value.trim() === '') {
    throw new InvalidArgumentError('A tenant id must not be empty.');
  }

  return value;
}
