// A fake Okta org served in a process of its own, so that answering pages
// does not share a CPU core with the code being measured. Started by
// `startFakeOrgProcess`; answers `count` messages and exits on SIGTERM or
// when its parent goes away.
import { createFakeOrg, type FakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';
import { type ChildMessage, readChildSettings, tellParent } from './child-process.js';
import type { FakeOrgSettings } from './fake-org-settings.js';

// "Rate budget off": a per-minute limit no benchmark can reach.
const UNLIMITED_PER_MINUTE = 1_000_000_000;

const settings = readChildSettings<FakeOrgSettings>();
const org = createFakeOrg({
  people: settings.people,
  seed: settings.seed,
  rateLimitPerMinute: settings.rateLimitPerMinute ?? UNLIMITED_PER_MINUTE,
});
const server = await serveFakeOrg(org);

await tellParent({ kind: 'ready', url: server.url, token: org.token, ...countListings(org) });

process.on('message', (message: ChildMessage) => {
  if (message.kind === 'count') {
    const counted = { requests: org.requestCount, tooMany: org.tooManyRequestsCount };
    void tellParent({ kind: 'counted', ...counted });
  }
});

const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('disconnect', stop);

function countListings(fake: FakeOrg) {
  let deprovisioned = 0;

  for (const user of fake.users.values()) {
    if (user.status === 'DEPROVISIONED') deprovisioned += 1;
  }

  return { listed: fake.users.size - deprovisioned, deprovisioned };
}
