import { describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { oktaDirectoryOptionsSchema } from '../../src/config/okta-directory-options.js';
import { unknownKeys } from '../../src/config/unknown-keys.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { ConfigError } from '../../src/errors/config-error.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import { ListDirectory } from '../support/list-directory.js';

const store = createMemoryStore();
const directory = new ListDirectory([]);

function issuesOf(make: () => unknown) {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'ERR_CONFIG_INVALID' });
    return (error as ConfigError).issues;
  }

  throw new Error('expected a ConfigError');
}

describe('options with a key no setting has', () => {
  it('are refused, naming the key and the setting it likely meant', () => {
    const issues = issuesOf(() => createSyncEngine({ store, directory, leaseTTLMs: 5 } as never));

    expect(issues).toEqual([
      { field: 'leaseTTLMs', message: 'is not an option here: did you mean leaseTtlMs?' },
    ]);
  });

  it('say which function a setting of the directory belongs to', () => {
    const issues = issuesOf(() => createSyncEngine({ store, directory, pageSize: 50 } as never));

    expect(issues).toEqual([
      {
        field: 'pageSize',
        message: 'is not an option here: it is a setting of createOktaDirectory',
      },
    ]);
  });

  it('are refused in nested settings too', () => {
    const guard = { maxFracton: 0.2 };
    const issues = issuesOf(() => createSyncEngine({ store, directory, guard } as never));

    expect(issues).toEqual([
      { field: 'guard.maxFracton', message: 'is not an option here: did you mean maxFraction?' },
    ]);
  });

  it('are listed with every other wrong setting, at once', () => {
    const options = { store, directory, leaseTtlMs: -1, zzz: true, guard: { minCount: 'x' } };
    const issues = issuesOf(() => createSyncEngine(options as never));

    expect(issues.map((issue) => issue.field).sort()).toEqual([
      'guard.minCount',
      'leaseTtlMs',
      'zzz',
    ]);
    expect(issues.find((issue) => issue.field === 'zzz')?.message).toBe(
      'is not an option here: check its spelling',
    );
  });

  it('keep a schema’s own wording, with the likely setting', () => {
    const issues = issuesOf(() => createDefaultMapper({ teamsource: 'department' } as never));

    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('teamsource');
    expect(issues[0]?.message).toMatch(
      /^is not a default mapper option .*; did you mean teamSource\?$/,
    );
  });
});

describe('unknownKeys', () => {
  it('knows every key of each object of a union', () => {
    const scope = { kind: 'groups', groupIDs: ['00g1'] };
    const found = unknownKeys(oktaDirectoryOptionsSchema, { orgUrl: 'x', token: 'y', scope });

    expect(found).toEqual([{ path: ['scope', 'groupIDs'], meant: 'groupIds' }]);
  });

  it('never walks what the host passes in: ports, lists, class instances', () => {
    const portWithExtras = Object.assign(createMemoryStore(), { hostOwnField: 1 });
    const options = { store: portWithExtras, directory, guard: { minCount: 1 } };

    expect(() => createSyncEngine(options)).not.toThrow();
    expect(unknownKeys(oktaDirectoryOptionsSchema, { allowedHosts: ['a.example'] })).toEqual([]);
  });

  it('knows only the keys of the variant a discriminator names', () => {
    const scope = { kind: 'org', groupIds: ['00g1'] };
    const found = unknownKeys(oktaDirectoryOptionsSchema, { orgUrl: 'x', token: 'y', scope });

    expect(found).toEqual([{ path: ['scope', 'groupIds'], meant: null }]);
  });

  it('lets a key through when its value is undefined, and never a built-in name', () => {
    const options = { store, directory, extra: undefined, constructor: Object };
    const issues = issuesOf(() => createSyncEngine(options as never));

    expect(issues.map((issue) => issue.field)).toEqual(['constructor']);
  });

  it('refuses a misspelt option of the individual manager strategy', () => {
    const managers = { strategy: 'individual', teamFalback: false };
    const issues = issuesOf(() => createSyncEngine({ store, directory, managers } as never));

    expect(issues).toEqual([expect.objectContaining({ field: 'managers.teamFalback' })]);
  });

  it('suggests nothing when no setting is close', () => {
    const found = unknownKeys(oktaDirectoryOptionsSchema, { somethingElse: 1 });

    expect(found).toEqual([{ path: ['somethingElse'], meant: null }]);
  });
});

describe('the memory adapters', () => {
  it('refuse a misspelt or wrong option', () => {
    const worker = async () => undefined;

    expect(issuesOf(() => createMemoryQueue({ worker, atempts: 3 } as never))).toEqual([
      { field: 'atempts', message: 'is not an option here: did you mean attempts?' },
    ]);
    expect(issuesOf(() => createMemoryQueue({ worker, attempts: -1 })).map((i) => i.field)).toEqual(
      ['attempts'],
    );
    expect(issuesOf(() => createMemoryQueue({} as never)).map((i) => i.field)).toEqual(['worker']);
    expect(issuesOf(() => createMemoryStore({ clok: 1 } as never)).map((i) => i.field)).toEqual([
      'clok',
    ]);
  });

  it('refuse enqueue options that are wrong, before queueing', async () => {
    const queue = createMemoryQueue({ worker: async () => undefined });
    const job = { kind: 'full-sync', tenantId: 't' } as const;

    await expect(queue.enqueue(job, { delayMS: 5 } as never)).rejects.toMatchObject({
      issues: [{ field: 'delayMS', message: 'is not an option here: did you mean delayMs?' }],
    });
    await expect(queue.enqueue(job, { delayMs: -5 })).rejects.toMatchObject({
      issues: [{ field: 'delayMs' }],
    });
    await expect(queue.enqueue(job, { dedupeKey: '' })).rejects.toMatchObject({
      issues: [{ field: 'dedupeKey' }],
    });
    await queue.drain();
    expect(queue.completed()).toBe(0);
    await queue.close();
  });
});
