import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import type { SyncJob } from '../../src/ports/sync-job.js';

const bad: [string, unknown, string][] = [
  ['an unknown kind', { kind: 'nope', tenantId: 't' }, 'kind'],
  ['an empty tenant', { kind: 'full-sync', tenantId: '' }, 'tenantId'],
  ['a blank tenant', { kind: 'incremental-sync', tenantId: '  ' }, 'tenantId'],
  ['no Okta id', { kind: 'sync-person', tenantId: 't' }, 'oktaId'],
  [
    'a start date that is no date',
    { kind: 'activate-starter', tenantId: 't', oktaId: '00u1', startDate: 'soon' },
    'startDate',
  ],
  ['a misspelt field', { kind: 'full-sync', tenantId: 't', forse: true }, 'forse'],
  ['a field of another kind', { kind: 'full-sync', tenantId: 't', oktaId: '00u1' }, 'oktaId'],
];

describe('a queue given a malformed job', () => {
  it.each(bad)('refuses %s, naming the field', async (_, job, field) => {
    const queue = createMemoryQueue({ worker: async () => undefined });

    await expect(queue.enqueue(job as SyncJob)).rejects.toMatchObject({
      code: 'ERR_CONFIG_INVALID',
      issues: [expect.objectContaining({ field })],
    });
    await queue.close();
  });

  it('takes every well-formed kind', async () => {
    const ran: SyncJob[] = [];
    const queue = createMemoryQueue({ worker: async (job) => void ran.push(job) });
    const jobs: SyncJob[] = [
      { kind: 'full-sync', tenantId: 't', force: true },
      { kind: 'incremental-sync', tenantId: 't' },
      { kind: 'sync-person', tenantId: 't', oktaId: '00u1', eventId: 'e1' },
      { kind: 'activate-starter', tenantId: 't', oktaId: '00u2', startDate: '2026-12-07' },
    ];

    for (const job of jobs) await queue.enqueue(job);
    await queue.drain();

    expect(ran).toEqual(jobs);
    await queue.close();
  });
});
