import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncNotice } from '../../src/engine/sync-notice.js';
import type { ManagerOption } from '../../src/managers/manager-option.js';
import { toManagerStrategy } from '../../src/managers/manager-option.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ListDirectory } from '../support/list-directory.js';

export const tenantId = 'acme';

/** Options of {@link managerSetup}. */
export interface ManagerSetupOptions {
  pageSize?: number;
  managers?: ManagerOption;
  mapping?: DefaultMapperOptions;
  store?: SyncStore;
}

/** An engine over a list directory and a memory store, for manager tests. */
export function managerSetup(users: OktaUser[], options: ManagerSetupOptions = {}) {
  const store = options.store ?? createMemoryStore();
  const directory = new ListDirectory(users, { pageSize: options.pageSize ?? 200 });
  const managers = options.managers ?? 'individual';
  const engine = createSyncEngine({
    store,
    directory,
    managers,
    mapper: createDefaultMapper(options.mapping),
  });
  const strategy = toManagerStrategy(managers);

  return {
    store,
    directory,
    engine,
    sync: () => engine.fullSync({ tenantId }),
    /** Each person's effective manager by Okta id, as the strategy says. */
    managers: async () => {
      const { people } = await exportTenant(store, tenantId, strategy);

      return new Map(people.map((person) => [person.oktaId, person.managerOktaId]));
    },
    pendingOf: async (oktaId: string) => {
      const { people } = await exportTenant(store, tenantId, strategy);

      return people.find((person) => person.oktaId === oktaId)?.managerPending ?? null;
    },
  };
}

/** The notices of a report with one code. */
export function noticesOf(notices: SyncNotice[] | undefined, code: SyncNotice['code']) {
  return (notices ?? []).filter((notice) => notice.code === code);
}
