import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import { buildSampleDelivery, type SampleEvent } from '../../src/hooks/sample-delivery.js';
import { memoryDirectory, oktaUser } from './memory-directory.js';

const secret = 'store-secret';

function setup() {
  const directory = memoryDirectory();
  const store = createMemoryStore();
  const engine = createSyncEngine({ store, directory });
  const queue = createMemoryQueue({ worker: (job) => engine.runJob(job) });
  const handler = createEventHookHandler({ queue, tenantId: 't1', secret });
  const deliver = (events: SampleEvent[]) =>
    handler.handle({
      method: 'POST',
      headers: { authorization: secret },
      body: JSON.stringify(buildSampleDelivery(events)),
    });
  const person = async (oktaId: string) => (await store.findPeopleByOktaIds('t1', [oktaId]))[0];

  return { directory, queue, deliver, person };
}

describe('event hook deliveries through the queue into a store', () => {
  describe('when the same event uuid is delivered twice', () => {
    it('reads Okta once and creates the person once', async () => {
      const { directory, queue, deliver, person } = setup();
      directory.users.set('00uNEW1', oktaUser('00uNEW1', 'Engineer'));
      const event = { eventType: 'user.lifecycle.create', userId: '00uNEW1', uuid: 'uuid-1' };

      await deliver([event]);
      await queue.drain();
      await deliver([event]);
      await queue.drain();

      expect(directory.reads).toEqual(['00uNEW1']);
      expect(await person('00uNEW1')).toMatchObject({ status: 'active', jobTitle: 'Engineer' });
    });
  });

  describe('when events arrive out of order', () => {
    it("ends at Okta's current state, not the last event's", async () => {
      const { directory, queue, deliver, person } = setup();
      directory.users.set('00uLATE', oktaUser('00uLATE', 'Analyst'));

      await deliver([
        { eventType: 'user.lifecycle.activate', userId: '00uLATE', published: '2026-01-02' },
      ]);
      await deliver([
        { eventType: 'user.lifecycle.deactivate', userId: '00uLATE', published: '2026-01-01' },
      ]);
      await queue.drain();

      expect(await person('00uLATE')).toMatchObject({ status: 'active' });
    });
  });

  describe('when a starter, a title change and a leaver are delivered', () => {
    it('creates, updates and deactivates the people', async () => {
      const { directory, queue, deliver, person } = setup();
      directory.users.set('00uSTAY', oktaUser('00uSTAY', 'Designer'));
      directory.users.set('00uGONE', oktaUser('00uGONE', 'Tester'));
      await deliver([
        { eventType: 'user.lifecycle.create', userId: '00uSTAY' },
        { eventType: 'user.lifecycle.create', userId: '00uGONE' },
      ]);
      await queue.drain();

      directory.users.set('00uSTAY', oktaUser('00uSTAY', 'Lead Designer'));
      directory.users.set('00uGONE', oktaUser('00uGONE', 'Tester', 'DEPROVISIONED'));
      await deliver([
        { eventType: 'user.account.update_profile', userId: '00uSTAY' },
        { eventType: 'user.lifecycle.deactivate', userId: '00uGONE' },
      ]);
      await queue.drain();

      expect(await person('00uSTAY')).toMatchObject({ jobTitle: 'Lead Designer' });
      expect(await person('00uGONE')).toMatchObject({ status: 'deactivated' });
    });
  });
});
