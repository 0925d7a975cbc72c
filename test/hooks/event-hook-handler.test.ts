import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import { createMemoryEventLedger } from '../../src/hooks/event-ledger.js';
import { buildSampleDelivery } from '../../src/hooks/sample-delivery.js';
import { deliveries, fixtureText, fixtureUserId, recordingQueue } from './hook-fixtures.js';

const secret = 'Basic c3luYzpzM2NyZXQ=';

function setup(options: { fail?: boolean; maxBodyBytes?: number; ledger?: boolean } = {}) {
  const queue = recordingQueue(options.fail);
  const handler = createEventHookHandler({
    queue,
    tenantId: 't1',
    secret,
    ...(options.ledger ? { ledger: createMemoryEventLedger() } : {}),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });

  return { queue, handler };
}

function post(body: string, headers: Record<string, string> = { authorization: secret }) {
  return { method: 'POST', headers, body };
}

describe('createEventHookHandler', () => {
  describe('when Okta verifies the hook with a GET', () => {
    const verification = JSON.parse(fixtureText('event-hook-verification.DERIVED.json'));
    const challenge = verification.request.headers['x-okta-verification-challenge'];

    it('echoes the challenge as {"verification": value} when the auth header matches', async () => {
      const { handler } = setup();
      const headers = { 'X-Okta-Verification-Challenge': challenge, Authorization: secret };

      const response = await handler.handle({ method: 'GET', headers });

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(response.body)).toEqual(verification.expectedResponse.body);
    });

    it('answers the challenge when the auth header is absent', async () => {
      const { handler } = setup();
      const headers = { 'x-okta-verification-challenge': challenge };

      const response = await handler.handle({ method: 'GET', headers });

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ verification: challenge });
    });

    it('refuses with 401 when a wrong auth header is sent', async () => {
      const { handler } = setup();
      const headers = { 'x-okta-verification-challenge': challenge, authorization: 'wrong' };

      const response = await handler.handle({ method: 'GET', headers });

      expect(response.status).toBe(401);
      expect(response.body).not.toContain(challenge);
    });

    it('refuses with 400 when the challenge header is missing', async () => {
      const { handler } = setup();

      const response = await handler.handle({ method: 'GET', headers: {} });

      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).reason).toMatch(/x-okta-verification-challenge/);
    });
  });

  describe('when Okta delivers events with the right header', () => {
    it('queues one sync-person job for the created user and answers 200 with no body', async () => {
      const { handler, queue } = setup();

      const response = await handler.handle(post(fixtureText(deliveries.create)));

      expect(response.status).toBe(200);
      expect(response.body).toBe('');
      expect(queue.jobs).toEqual([
        {
          kind: 'sync-person',
          tenantId: 't1',
          oktaId: fixtureUserId,
          eventId: '7d0c2a6e-0000-4000-8000-000000000001',
        },
      ]);
    });

    it.each([
      ['a profile update', deliveries.updateProfile],
      ['a group membership add', deliveries.groupAdd],
    ])('queues the target user of %s', async (_, fixture) => {
      const { handler, queue } = setup();

      await handler.handle(post(fixtureText(fixture)));

      expect(queue.jobs.map((job) => job.kind === 'sync-person' && job.oktaId)).toEqual([
        fixtureUserId,
      ]);
    });

    it('queues a batch of three events about one person as one job', async () => {
      const { handler, queue } = setup();

      const response = await handler.handle(post(fixtureText(deliveries.batched)));

      expect(queue.jobs).toHaveLength(1);
      expect(response.outcome).toEqual({
        kind: 'delivered',
        events: 3,
        queued: 1,
        repeated: 0,
        ignored: 0,
      });
    });

    it('acknowledges and ignores event types a sync does not follow', async () => {
      const { handler, queue } = setup();

      const response = await handler.handle(post(fixtureText(deliveries.sessionStart)));

      expect(response.status).toBe(200);
      expect(queue.jobs).toEqual([]);
      expect(response.outcome).toMatchObject({ kind: 'delivered', ignored: 1 });
    });

    it('queues the job again for a repeated event: the engine skips it', async () => {
      const { handler, queue } = setup();
      const body = fixtureText(deliveries.create);

      await handler.handle(post(body));
      await handler.handle(post(body));

      expect(queue.jobs).toEqual([queue.jobs[0], queue.jobs[0]]);
    });

    it('queues nothing the second time with a ledger of its own', async () => {
      const { handler, queue } = setup({ ledger: true });
      const body = fixtureText(deliveries.create);

      await handler.handle(post(body));
      const again = await handler.handle(post(body));

      expect(again.status).toBe(200);
      expect(again.outcome).toMatchObject({ repeated: 1, queued: 0 });
      expect(queue.jobs).toHaveLength(1);
    });

    it('queues each target user of the events a sync follows', async () => {
      const { handler, queue } = setup();
      const body = buildSampleDelivery([
        { eventType: 'user.lifecycle.deactivate', userId: '00uA' },
        { eventType: 'application.user_membership.remove', userId: '00uB' },
        { eventType: 'user.lifecycle.delete.completed', userId: '00uC' },
      ]);

      await handler.handle(post(JSON.stringify(body)));

      expect(queue.jobs.map((job) => job.kind === 'sync-person' && job.oktaId)).toEqual([
        '00uA',
        '00uB',
      ]);
    });

    it('matches the header name ignoring case and the value exactly', async () => {
      const { handler, queue } = setup();

      const response = await handler.handle(
        post(fixtureText(deliveries.create), { AUTHORIZATION: secret }),
      );

      expect(response.status).toBe(200);
      expect(queue.jobs).toHaveLength(1);
    });
  });

  describe('when the auth header is wrong or missing', () => {
    it.each([
      ['missing', {}],
      ['wrong', { authorization: 'Basic d3Jvbmc=' }],
      ['differing only in case', { authorization: secret.toLowerCase() }],
      ['a prefix of the secret', { authorization: secret.slice(0, -1) }],
    ])('answers 401 and queues nothing when %s', async (_, headers) => {
      const { handler, queue } = setup();

      const response = await handler.handle(post(fixtureText(deliveries.create), headers));

      expect(response.status).toBe(401);
      expect(response.body).not.toContain(secret);
      expect(queue.jobs).toEqual([]);
    });

    it('answers 401 to a repeated auth header', async () => {
      const { handler, queue } = setup();
      const headers = { authorization: [secret, secret] };

      const response = await handler.handle({
        method: 'POST',
        headers,
        body: fixtureText(deliveries.create),
      });

      expect(response.status).toBe(401);
      expect(queue.jobs).toEqual([]);
    });
  });

  describe('when the body is not a good delivery', () => {
    it('answers 413 to a body over the limit and queues nothing', async () => {
      const { handler, queue } = setup({ maxBodyBytes: 1024 });

      const response = await handler.handle(post(fixtureText(deliveries.create)));

      expect(response.status).toBe(413);
      expect(queue.jobs).toEqual([]);
    });

    it.each([
      ['not JSON', 'garbage{', /not JSON/],
      ['JSON without data.events', '{"eventType":"com.okta.event_hook"}', /^data/],
      [
        'events without a uuid',
        '{"data":{"events":[{"eventType":"user.lifecycle.create"}]}}',
        /uuid/,
      ],
      ['a foreign envelope type', '{"eventType":"x","data":{"events":[]}}', /eventType/],
      [
        'a User target id that is not an Okta id',
        JSON.stringify(
          buildSampleDelivery([{ eventType: 'user.lifecycle.create', userId: '../admin' }]),
        ),
        /Okta id/,
      ],
    ])('answers 400 with a reason to %s and queues nothing', async (_, body, reason) => {
      const { handler, queue } = setup();

      const response = await handler.handle(post(body));

      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).reason).toMatch(reason);
      expect(queue.jobs).toEqual([]);
    });
  });

  describe('when the queue fails', () => {
    it('answers 500 so that Okta retries', async () => {
      const { handler } = setup({ fail: true });

      const response = await handler.handle(post(fixtureText(deliveries.create)));

      expect(response.status).toBe(500);
      expect(response.outcome.kind).toBe('failed');
    });
  });

  describe('when asked with another method', () => {
    it('answers 405 naming GET and POST', async () => {
      const { handler } = setup();

      const response = await handler.handle({ method: 'PUT', headers: {} });

      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, POST');
    });
  });

  describe('when its options are wrong', () => {
    it.each([
      ['an empty secret', { secret: '' }],
      ['a secret with a line break', { secret: 'a\r\nb' }],
      ['no secret', { secret: [] }],
      ['an empty tenant', { tenantId: ' ' }],
      ['a header name with a space', { headerName: 'x auth' }],
      ['a zero body limit', { maxBodyBytes: 0 }],
    ])('throws a ConfigError for %s', (_, override) => {
      const options = { queue: recordingQueue(), tenantId: 't1', secret, ...override };

      expect(() => createEventHookHandler(options)).toThrow(ConfigError);
    });

    it('names no secret in the error', () => {
      const options = { queue: recordingQueue(), tenantId: 't1', secret: 'hunter2\nxyz' };

      expect(() => createEventHookHandler(options)).toThrow(/^secret: /);
      expect(() => createEventHookHandler(options)).not.toThrow(/hunter2/);
    });
  });
});
