// Runs the minimal app against the fake Okta org on 127.0.0.1: "Sync
// users" as an admin, then one event-hook delivery, over real HTTP.
//
// npx tsx examples/express-minimal/try-it.ts

import type { AddressInfo } from 'node:net';
import { createFakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';
import { createMinimalApp } from './app.js';

const org = createFakeOrg({ people: 50, seed: 7 });
const okta = await serveFakeOrg(org);
const settings = new Map([
  ['acme', { orgUrl: okta.url, apiToken: org.token, hookSecret: 'a-long-random-secret' }],
]);
const host = createMinimalApp({
  settings,
  roleOf: (req) => req.get('x-demo-role') ?? null, // your session lookup
  allowHttp: true,
});
const server = host.app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/t/acme/okta`;

// "Sync users", as a member and then as an admin.
const asMember = await fetch(`${base}/sync`, {
  method: 'POST',
  headers: { 'x-demo-role': 'member' },
});
const asAdmin = await fetch(`${base}/sync`, {
  method: 'POST',
  headers: { 'x-demo-role': 'admin' },
});
await host.queue.drain();
const status = await fetch(`${base}/status`, { headers: { 'x-demo-role': 'admin' } });
const { lastReport } = (await status.json()) as {
  lastReport: { status: string; counts: { created: number } };
};
console.log(`sync: member ${asMember.status}, admin ${asAdmin.status}`);
console.log(`last report: ${lastReport.status}, ${lastReport.counts.created} created`);

// A title changes in Okta, and Okta posts the event to the hook.
const [first] = await host.store.listPeople('acme', { limit: 1 });
const oktaId = first?.oktaId ?? '';
org.updateUser(oktaId, { profile: { title: 'Head of Trying Things' } });
const delivery = {
  eventType: 'com.okta.event_hook',
  eventTypeVersion: '1.0',
  cloudEventsVersion: '0.1',
  source: 'https://acme.okta.com/api/v1/eventHooks/who1a2b3c4d5e6f7g8h9',
  eventId: 'a5c1d2e3-0000-4000-8000-000000000001',
  eventTime: new Date().toISOString(),
  contentType: 'application/json',
  data: {
    events: [
      {
        uuid: 'f0e1d2c3-0000-4000-8000-000000000002',
        published: new Date().toISOString(),
        eventType: 'user.account.update_profile',
        target: [{ id: oktaId, type: 'User' }],
      },
    ],
  },
};
const hook = await fetch(`${base}/event-hooks`, {
  method: 'POST',
  headers: { authorization: 'a-long-random-secret', 'content-type': 'application/json' },
  body: JSON.stringify(delivery),
});
await host.queue.drain();
const [updated] = await host.store.findPeopleByOktaIds('acme', [oktaId]);
console.log(`hook: ${hook.status}; ${updated?.fullName} is now "${updated?.jobTitle}"`);

server.close();
await host.queue.close();
await okta.close();

if (asAdmin.status !== 202 || updated?.jobTitle !== 'Head of Trying Things') {
  process.exit(1);
}
