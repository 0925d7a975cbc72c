import { z } from 'zod';
import { deactivationGuardOptionsSchema } from './deactivation-guard-options.js';
import { hostObject } from './host-value.js';
import { startDateOptionsSchema } from './start-date-options.js';

const durationMessage = 'must be a number of milliseconds above 0';

function durationMs(defaultMs: number, description: string) {
  return z
    .number({ error: durationMessage })
    .gt(0, { error: durationMessage })
    .default(defaultMs)
    .describe(description);
}

const directory = z
  .custom<object>((value) => typeof value === 'function' || isObject(value), {
    error: "pass the tenant's OktaDirectory, or a function giving each tenant's",
  })
  .meta({
    description: "One org's directory, or a function giving each tenant's.",
    tsType: 'OktaDirectory | DirectoryResolver',
  });

/**
 * The settings of `createSyncEngine`. Ports are checked to be objects;
 * `managers` is checked by the manager strategies themselves.
 */
export const syncEngineOptionsSchema = z
  .object({
    store: hostObject(
      { description: 'Where people, teams and runs are kept.', tsType: 'SyncStore' },
      'pass the SyncStore people are kept in',
    ),
    directory,
    mapper: hostObject({
      description: 'How Okta users become people.',
      tsType: 'PersonMapper',
      defaultText: 'the default mapper',
    }).optional(),
    clock: hostObject({
      description: 'Time for reports, leases and start dates.',
      tsType: 'Clock',
      defaultText: 'the system clock',
    }).optional(),
    logger: hostObject({
      description: 'Where the engine logs.',
      tsType: 'Logger',
      defaultText: 'silent',
    }).optional(),
    guard: deactivationGuardOptionsSchema.prefault({}),
    managers: z
      .custom<unknown>()
      .meta({
        description:
          "How managers are handled: `'individual'`, `'team'`, " +
          "`{ strategy: 'individual', teamFallback }` or a host's `ManagerStrategy`.",
        tsType: 'ManagerOption',
        defaultText: "`'individual'`",
      })
      .optional(),
    leaseTtlMs: durationMs(
      10 * 60_000,
      "How long a run holds its tenant's lease without renewing it (renewed after every " +
        'page); a crashed run blocks the tenant this long at most.',
    ),
    resumeWithinMs: durationMs(
      24 * 60 * 60_000,
      'How recent the checkpoint of a failed full sync must be for the next one to resume it.',
    ),
    eventRetentionMs: durationMs(
      7 * 24 * 60 * 60_000,
      "How long processed Okta events stay in the store's ledger, so a redelivery is skipped.",
    ),
    startDates: startDateOptionsSchema.prefault({}),
    queue: hostObject({
      description:
        "The host's queue, for the `activate-starter` jobs the engine plans itself; " +
        'without it the daily full sync activates starters.',
      tsType: 'SyncQueue',
      defaultText: 'none',
    }).optional(),
  })
  .describe('Options of `createSyncEngine`: the ports, the guard, leases and start dates.');

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
