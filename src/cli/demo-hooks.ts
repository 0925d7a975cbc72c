import { randomBytes } from 'node:crypto';
import type { ExportedPerson, TenantExport } from '../engine/export-people.js';
import type { SyncEngine } from '../engine/sync-engine.js';
import { buildSampleDelivery } from '../hooks/sample-delivery.js';
import type { OktaUser } from '../okta/okta-user.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { FakeOrg } from '../testing/fake-org/fake-org.js';
import { type CliIo, writeLine } from './cli-io.js';
import { describeJob } from './commands/serve-command.js';
import { type HookServer, startHookServer } from './hook-server.js';

/** The org, engine and store the demo's live part works with. */
export interface DemoHooksContext {
  org: FakeOrg;
  engine: SyncEngine;
  store: SyncStore;
  tenantId: string;
  synced: TenantExport;
}

/** One live update: what changes in Okta, and what the store must show. */
interface Step {
  title: string;
  eventType: string;
  user: string;
  change(): void;
  holds(person: StoredPerson | undefined): boolean;
}

const newTitle = 'Head of Event Hooks';

/**
 * The demo's live part: serves the event hook endpoint on 127.0.0.1, then
 * plays three real Okta deliveries (a new starter, a title change, a
 * leaver), each after the fake org changed, and checks each effect in the
 * store. Returns one line per effect that did not happen.
 */
export async function playDemoHooks(io: CliIo, context: DemoHooksContext): Promise<string[]> {
  const secret = `Basic ${randomBytes(18).toString('base64')}`;
  const server = await startHookServer({
    engine: context.engine,
    tenantId: context.tenantId,
    secret,
    port: 0,
    host: '127.0.0.1',
    onJob: (result) =>
      writeLine(io.stdout, `    ${result instanceof Error ? result.message : describeJob(result)}`),
    onAnswer: () => {},
  });

  try {
    writeLine(io.stdout, `Live updates through Okta event hooks on ${server.url}:`);
    const mismatches: string[] = [];

    for (const step of stepsOf(context)) {
      mismatches.push(...(await play(io, context, server, secret, step)));
    }

    return mismatches;
  } finally {
    await server.close();
  }
}

async function play(
  io: CliIo,
  context: DemoHooksContext,
  server: HookServer,
  secret: string,
  step: Step,
) {
  writeLine(io.stdout, `  ${step.title}`);
  step.change();
  const body = JSON.stringify(
    buildSampleDelivery([{ eventType: step.eventType, userId: step.user }]),
  );
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { authorization: secret, 'content-type': 'application/json' },
    body,
  });
  await server.drain();
  const [person] = await context.store.findPeopleByOktaIds(context.tenantId, [step.user]);

  if (response.status === 200 && step.holds(person)) {
    return [];
  }

  return [`hook delivery "${step.title}": answered ${response.status}, store not as expected`];
}

function stepsOf(context: DemoHooksContext): Step[] {
  const { org } = context;
  const [promoted, leaver] = activeWithTitles(context.synced);
  const starter = newStarter(org, promoted!);

  return [
    {
      title: `a new starter, ${nameOf(starter)}, is created in Okta`,
      eventType: 'user.lifecycle.create',
      user: starter.id,
      change: () => org.addUser(starter),
      holds: (person) => person !== undefined && person.status !== 'deactivated',
    },
    {
      title: `${promoted!.fullName}'s title changes to ${newTitle}`,
      eventType: 'user.account.update_profile',
      user: promoted!.oktaId,
      change: () => org.updateUser(promoted!.oktaId, { profile: { title: newTitle } }),
      holds: (person) => person?.jobTitle === newTitle,
    },
    {
      title: `${leaver!.fullName} leaves and is deactivated in Okta`,
      eventType: 'user.lifecycle.deactivate',
      user: leaver!.oktaId,
      change: () => org.updateUser(leaver!.oktaId, { status: 'DEPROVISIONED' }),
      holds: (person) => person?.status === 'deactivated',
    },
  ];
}

type LinkedPerson = ExportedPerson & { oktaId: string };

function activeWithTitles(synced: TenantExport): LinkedPerson[] {
  return synced.people.filter(
    (person): person is LinkedPerson =>
      person.status === 'active' && person.jobTitle !== null && person.oktaId !== null,
  );
}

function newStarter(org: FakeOrg, template: LinkedPerson): OktaUser {
  const user = org.users.get(template.oktaId)!;
  const email = 'hook.starter@example.com';

  return {
    ...user,
    id: '00udemohookstarter01',
    status: 'ACTIVE',
    profile: { ...user.profile, login: email, email, firstName: 'Hook', lastName: 'Starter' },
  };
}

function nameOf(user: OktaUser): string {
  return `${String(user.profile.firstName)} ${String(user.profile.lastName)}`;
}
