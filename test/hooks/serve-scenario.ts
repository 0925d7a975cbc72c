import { expect } from 'vitest';
import type { ExportedPerson, TenantExport } from '../../src/engine/export-people.js';
import { buildSampleDelivery } from '../../src/hooks/sample-delivery.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { FakeOrg } from '../../src/testing/fake-org/index.js';

/** The hook secret the serve tests configure. */
export const hookSecret = 'Basic c2VydmU6dGVzdA==';

/** The people the three deliveries are about. */
export interface ServeCast {
  starter: OktaUser;
  promoted: ExportedPerson & { oktaId: string };
  leaver: ExportedPerson & { oktaId: string };
}

/** Picks two synced active people with titles, and makes a new starter. */
export function castOf(org: FakeOrg, synced: TenantExport): ServeCast {
  const active = synced.people.filter(
    (person): person is ExportedPerson & { oktaId: string } =>
      person.status === 'active' && person.jobTitle !== null && person.oktaId !== null,
  );
  const [promoted, leaver] = active;
  const template = org.users.get(promoted!.oktaId)!;
  const email = 'new.starter@example.com';
  const starter: OktaUser = {
    ...template,
    id: '00unewstarter0000001',
    profile: { ...template.profile, login: email, email, firstName: 'New', lastName: 'Starter' },
  };

  return { starter, promoted: promoted!, leaver: leaver! };
}

/** Posts one delivery about one user to the hook URL. */
export async function deliver(hookUrl: string, eventType: string, userId: string) {
  const body = JSON.stringify(buildSampleDelivery([{ eventType, userId }]));
  const response = await fetch(hookUrl, {
    method: 'POST',
    headers: { authorization: hookSecret, 'content-type': 'application/json' },
    body,
  });

  expect(response.status).toBe(200);
}

/** Resolves once `read()` contains `text`, checking every 20 ms. */
export async function waitForOutput(read: () => string, text: string, timeoutMs = 20_000) {
  const started = Date.now();

  while (!read().includes(text)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`waited for "${text}", output so far:\n${read()}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The demo's three deliveries: a new starter, a title change and a
 * leaver, each after the fake org changed, each waited for.
 */
export async function playDeliveries(
  org: FakeOrg,
  cast: ServeCast,
  hookUrl: string,
  read: () => string,
) {
  org.addUser(cast.starter);
  await deliver(hookUrl, 'user.lifecycle.create', cast.starter.id);
  await waitForOutput(read, `person ${cast.starter.id}: created`);

  org.updateUser(cast.promoted.oktaId, { profile: { title: 'Chief Hook Tester' } });
  await deliver(hookUrl, 'user.account.update_profile', cast.promoted.oktaId);
  await waitForOutput(read, `person ${cast.promoted.oktaId}: updated`);

  org.updateUser(cast.leaver.oktaId, { status: 'DEPROVISIONED' });
  await deliver(hookUrl, 'user.lifecycle.deactivate', cast.leaver.oktaId);
  await waitForOutput(read, `person ${cast.leaver.oktaId}: deactivated`);
}

/** Checks the store holds the three deliveries' effects. */
export function expectEffects(exported: TenantExport, cast: ServeCast) {
  const byId = new Map(exported.people.map((person) => [person.oktaId, person]));

  expect(byId.get(cast.starter.id)).toMatchObject({
    email: 'new.starter@example.com',
    fullName: 'New Starter',
    status: 'active',
  });
  expect(byId.get(cast.promoted.oktaId)).toMatchObject({ jobTitle: 'Chief Hook Tester' });
  expect(byId.get(cast.leaver.oktaId)).toMatchObject({ status: 'deactivated' });
}
