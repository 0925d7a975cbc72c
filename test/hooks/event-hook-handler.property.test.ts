import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import { buildSampleDelivery } from '../../src/hooks/sample-delivery.js';
import { recordingQueue } from './hook-fixtures.js';

const secret = 'prop-secret';
const statuses = [200, 400, 401, 405, 413];

const anyBody = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 512 }),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify({ data: { events: [value] } })),
  fc
    .array(
      fc.record({
        eventType: fc.constantFrom('user.lifecycle.create', 'user.session.start', '__proto__'),
        userId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), fc.string()),
        uuid: fc.string({ minLength: 1 }),
      }),
      { maxLength: 5 },
    )
    .map((events) => JSON.stringify(buildSampleDelivery(events))),
);

const anyHeaders = fc.dictionary(
  fc.constantFrom('authorization', 'Authorization', 'x-okta-verification-challenge', 'other'),
  fc.oneof(fc.constant(secret), fc.string(), fc.array(fc.string(), { maxLength: 2 })),
);

describe('createEventHookHandler, for any request', () => {
  it('answers with a status and never throws', async () => {
    const handler = createEventHookHandler({ queue: recordingQueue(), tenantId: 't', secret });

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'post', 'DELETE'),
        anyHeaders,
        anyBody,
        async (method, headers, body) => {
          const response = await handler.handle({ method, headers, body });

          expect(statuses).toContain(response.status);
          expect(typeof response.body).toBe('string');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('queues only jobs of its own tenant with Okta ids', async () => {
    const queue = recordingQueue();
    const handler = createEventHookHandler({ queue, tenantId: 't', secret, ledger: null });

    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        await handler.handle({ method: 'POST', headers: { authorization: secret }, body });
      }),
      { numRuns: 1000 },
    );

    for (const job of queue.jobs) {
      expect(job).toMatchObject({ kind: 'sync-person', tenantId: 't' });
      expect(job.kind === 'sync-person' && job.oktaId).toMatch(/^[A-Za-z0-9]+$/);
    }
  });

  describe('when a body carries __proto__ keys', () => {
    it('leaves Object.prototype untouched', async () => {
      const handler = createEventHookHandler({ queue: recordingQueue(), tenantId: 't', secret });
      const poisoned = [
        '{"__proto__":{"polluted":true},"data":{"events":[]}}',
        '{"data":{"__proto__":{"polluted":true},"events":[]}}',
        '{"data":{"events":[{"uuid":"u","eventType":"user.lifecycle.create",' +
          '"target":[{"id":"00u1","type":"User","__proto__":{"polluted":true}}]}]}}',
        '{"constructor":{"prototype":{"polluted":true}},"data":{"events":[]}}',
      ];

      for (const body of poisoned) {
        const response = await handler.handle({
          method: 'POST',
          headers: { authorization: secret },
          body,
        });
        expect(response.status).toBe(200);
      }

      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
