import { describe, expect, it } from 'vitest';
import { describeAccessFinding } from '../../src/oidc/setup-findings.js';
import { EVENT_HOOK_CHECK, neededEvents } from '../../src/okta/check-event-hook.js';
import { checkOktaAccess } from '../../src/okta/check-okta-access.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeEventHook } from '../../src/testing/fake-org/fake-event-hook.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import { oktaUser } from '../support/list-directory.js';
import { isolatedTiming, ORG_URL, useOktaTestServer } from './okta-test-server.js';

const okta = useOktaTestServer();
const hookUrl = 'https://learn.example.com/tenants/acme/okta/event-hooks';

async function serveOrg(eventHooks: FakeEventHook[]): Promise<FakeOrg> {
  const org = createFakeOrg({ users: [oktaUser({ id: '00u0' })], eventHooks });
  org.setTokenOwner('00u0');
  okta.server.use(...(await createFakeOrgHandlers(org, ORG_URL)));

  return org;
}

async function hookFindings(org: FakeOrg, scope?: { kind: 'groups'; groupIds: string[] }) {
  const options = { ...isolatedTiming(), orgUrl: ORG_URL, token: org.token };
  const findings = await checkOktaAccess(scope ? { ...options, scope } : options, { hookUrl });

  return findings.map(({ code, check, message }) => ({ code, check, message }));
}

describe('the event hook check', () => {
  it('finds nothing wrong with an active, verified hook to the URL', async () => {
    const org = await serveOrg([{ uri: hookUrl }]);

    expect(await hookFindings(org)).toEqual([]);
    expect(org.requestLog).toContain('GET /api/v1/eventHooks');
  });

  it('matches the URL ignoring the host’s case and a trailing slash', async () => {
    const org = await serveOrg([{ uri: `${hookUrl.replace('learn', 'LEARN')}/` }]);

    expect(await hookFindings(org)).toEqual([]);
  });

  it('says when no hook delivers to the URL, naming it', async () => {
    const org = await serveOrg([{ uri: 'https://other.example.com/hooks' }]);

    expect(await hookFindings(org)).toEqual([
      {
        code: 'event-hook-missing',
        check: 'read the event hooks',
        message: `No event hook of the org delivers to ${hookUrl}`,
      },
    ]);
  });

  it('lists every problem of an inactive, unverified hook missing events', async () => {
    const events = ['user.lifecycle.create', 'user.lifecycle.activate'];
    const hook: FakeEventHook = {
      uri: hookUrl,
      name: 'Learn Amp',
      status: 'INACTIVE',
      verificationStatus: 'UNVERIFIED',
      events,
    };
    const org = await serveOrg([hook]);

    const findings = await hookFindings(org);

    expect(findings.map((finding) => finding.code)).toEqual([
      'event-hook-inactive',
      'event-hook-unverified',
      'event-hook-events-missing',
    ]);
    expect(findings[2]?.message).toBe(
      'The event hook “Learn Amp” does not subscribe to ' +
        'user.account.update_profile, user.lifecycle.deactivate',
    );
  });

  it('judges the best of several hooks to the same URL', async () => {
    const org = await serveOrg([
      { uri: hookUrl, status: 'INACTIVE' },
      { uri: hookUrl, verificationStatus: 'UNVERIFIED' },
      { uri: hookUrl },
    ]);

    expect(await hookFindings(org)).toEqual([]);
  });

  it('wants the membership events of a group-scoped sync', async () => {
    const org = await serveOrg([{ uri: hookUrl, events: neededEvents({ kind: 'org' }) }]);
    org.assignments.addGroup('00ga', 'Group A', ['00u0']);

    const findings = await hookFindings(org, { kind: 'groups', groupIds: ['00ga'] });

    expect(findings).toEqual([
      expect.objectContaining({
        code: 'event-hook-events-missing',
        message: expect.stringContaining('group.user_membership.add, group.user_membership.remove'),
      }),
    ]);
  });

  it('says when Okta refuses to show the hooks', async () => {
    const org = await serveOrg([{ uri: hookUrl }]);
    org.injectFault({ path: '/api/v1/eventHooks', kind: 'forbidden' });

    expect(await hookFindings(org)).toEqual([
      expect.objectContaining({ code: 'event-hooks-unreadable' }),
    ]);
  });

  it('refuses a hook URL that is no web URL, without reading the hooks', async () => {
    const org = await serveOrg([{ uri: hookUrl }]);
    const options = { ...isolatedTiming(), orgUrl: ORG_URL, token: org.token };

    const findings = await checkOktaAccess(options, { hookUrl: 'not a url' });

    expect(findings).toEqual([
      expect.objectContaining({ code: 'settings-invalid', check: EVENT_HOOK_CHECK }),
    ]);
    expect(org.requestLog).not.toContain('GET /api/v1/eventHooks');
  });

  it('places every finding of the hook read in setup step 2, whatever failed', () => {
    const failure = { check: EVENT_HOOK_CHECK, message: 'm', action: 'a' };

    expect(describeAccessFinding({ ...failure, code: 'okta-unavailable' })).toMatchObject({
      step: 'event-hooks',
      code: 'okta-unavailable',
    });
    expect(describeAccessFinding({ ...failure, code: 'event-hook-missing' }).step).toBe(
      'event-hooks',
    );
  });

  it('is not run without a hook URL', async () => {
    const org = await serveOrg([]);
    const options = { ...isolatedTiming(), orgUrl: ORG_URL, token: org.token };

    expect(await checkOktaAccess(options)).toEqual([]);
    expect(org.requestLog).not.toContain('GET /api/v1/eventHooks');
  });
});
