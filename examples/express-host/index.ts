// The Express host, run against the fake Okta org, both on 127.0.0.1: an
// owner connects Okta and presses "Sync users", then Okta verifies the
// event hook and delivers a title change. Every step goes over HTTP and
// is checked; the script prints what happened and exits 0.
//
//   npx tsx examples/express-host/index.ts
//
import { buildSampleDelivery, createFakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';
import { createApp } from './app.js';
import type { HostUser } from './host-session.js';
import { listen } from './listen.js';
import { describeJob } from './sync-worker.js';
import { createTenantSettings } from './tenant-settings.js';

const org = createFakeOrg({ people: 50, seed: 7 });
const okta = await serveFakeOrg(org);

const sessions = new Map<string, HostUser>([
  ['ada-session', { name: 'Ada', roles: { acme: 'owner' } }],
  ['lin-session', { name: 'Lin', roles: { acme: 'member' } }],
]);
const host = createApp({
  tenants: createTenantSettings({ allowHttp: true }), // the fake org is http
  sessions,
  onJob: (result) => console.log(`  worker: ${describeJob(result)}`),
});
const server = await listen(host.app);
const hookSecret = 'Basic ZXhhbXBsZTpob29r'; // what the admin enters in Okta

try {
  console.log(`Fake Okta org on ${okta.url}; host app on ${server.url}`);
  await connectOkta();
  await syncUsers();
  await deliverTitleChange('Head of Examples');
} finally {
  await server.close();
  await host.close();
  await okta.close();
}

/** Only admins and owners may connect Okta: Lin is a member, Ada the owner. */
async function connectOkta() {
  const settings = { orgUrl: okta.url, apiToken: org.token, hookSecret };

  await call(403, 'PUT', '/t/acme/integrations/okta', { as: 'lin', body: settings });
  await call(204, 'PUT', '/t/acme/integrations/okta', { as: 'ada', body: settings });
}

/** "Sync users": the route queues a full sync and the worker runs it. */
async function syncUsers() {
  await call(403, 'POST', '/t/acme/okta/sync', { as: 'lin' });
  await call(202, 'POST', '/t/acme/okta/sync', { as: 'ada' });
  await host.queue.drain();

  const response = await call(200, 'GET', '/t/acme/okta/status', { as: 'ada' });
  const { lastReport } = (await response.json()) as { lastReport: { status: string } | null };

  console.log(`  last sync: ${lastReport?.status}`);
  if (lastReport?.status !== 'succeeded') throw new Error('the sync did not succeed');
}

/** Okta verifies the hook once, then delivers an event when a title changes. */
async function deliverTitleChange(title: string) {
  const challenge = { 'x-okta-verification-challenge': 'a-challenge-from-okta' };
  const verified = await call(200, 'GET', '/t/acme/okta/event-hooks', { headers: challenge });
  console.log(`  verification: ${JSON.stringify(await verified.json())}`);

  const people = await host.store.listPeople('acme', { limit: 50 });
  const person = people.find((stored) => stored.status === 'active');
  const oktaId = person?.oktaId ?? '';
  org.updateUser(oktaId, { profile: { title } });
  console.log(`Okta: ${person?.fullName}'s title changes to "${title}"`);

  const event = { eventType: 'user.account.update_profile', userId: oktaId };
  const body = JSON.stringify(buildSampleDelivery([event]));
  await call(401, 'POST', '/t/acme/okta/event-hooks', {
    headers: { authorization: 'guess' },
    body,
  });
  await call(200, 'POST', '/t/acme/okta/event-hooks', {
    headers: { authorization: hookSecret },
    body,
  });
  await host.queue.drain();

  const [updated] = await host.store.findPeopleByOktaIds('acme', [oktaId]);
  console.log(`  store: ${updated?.fullName} is now "${updated?.jobTitle}"`);
  if (updated?.jobTitle !== title) throw new Error('the delivery did not reach the store');
}

/** How the script calls the host: as a signed-in user, or as Okta. */
interface Call {
  /** The user whose session the request carries. */
  as?: 'ada' | 'lin';
  headers?: Record<string, string>;
  /** JSON to send; a string is sent as it is, as Okta's deliveries are. */
  body?: unknown;
}

/** Sends a request to the host, prints it, and fails unless `expected`. */
async function call(expected: number, method: string, path: string, options: Call = {}) {
  const { as, headers = {}, body } = options;
  const session: Record<string, string> = as ? { 'x-session': `${as}-session` } : {};
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers, ...session },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

  console.log(`${method} ${path}${as ? ` as ${as}` : ''}: ${response.status}`);

  if (response.status !== expected) {
    throw new Error(`expected ${expected}, got ${response.status}: ${await response.text()}`);
  }

  return response;
}
