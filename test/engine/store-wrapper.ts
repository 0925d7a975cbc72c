import type { SyncStore } from '../../src/ports/sync-store.js';

/**
 * The store with some members replaced; the others are the store's own,
 * bound to it (class stores keep private fields).
 */
export function overrideStore(store: SyncStore, overrides: Partial<SyncStore>): SyncStore {
  return new Proxy(store, {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return Reflect.get(overrides, key);

      const value = Reflect.get(target, key);

      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
