// The README's quick start, runnable: a full sync with in-memory ports,
// against the fake Okta org served on 127.0.0.1 instead of a real org.
// Run it with: npx tsx examples/quick-start/index.ts
import { createMemoryStore, createOktaDirectory, createSyncEngine } from '@learnamp/okta-sync';
import { createFakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';

const org = createFakeOrg({ people: 50, seed: 7 });
const server = await serveFakeOrg(org);

try {
  const engine = createSyncEngine({
    store: createMemoryStore(),
    directory: createOktaDirectory({ orgUrl: server.url, token: org.token, allowHttp: true }),
  });

  engine.events.on('person:skipped', (skip) => {
    console.log(`skipped ${skip.oktaId}: ${skip.reason}`);
  });

  const report = await engine.fullSync({ tenantId: 'acme' });
  console.log(`${report.status}: ${JSON.stringify(report.counts)}`);
} finally {
  await server.close();
}
