// A host's own store adapter: any SyncStore (the PostgreSQL one in
// production, the in-memory one in tests) with the host's metrics around
// every call. An adapter must keep every promise the port documents, so
// its tests run the package's contract suite (timed-store.test.ts).
import type { SyncStore } from '@learnamp/okta-sync';

/** One store call, as the host's metrics record it. */
export interface StoreCall {
  /** The member called, such as `savePeople`. */
  member: string;
  durationMs: number;
  /** False when the call rejected. */
  ok: boolean;
}

/**
 * Wraps a store so that every call is timed and told to `onCall`; results
 * and rejections pass through untouched. Every `SyncStore` member returns
 * a promise, so each is wrapped the same way.
 */
export function withCallTimings(store: SyncStore, onCall: (call: StoreCall) => void): SyncStore {
  return new Proxy(store, {
    get(target, member) {
      const value: unknown = Reflect.get(target, member, target);

      if (typeof value !== 'function') {
        return value;
      }

      // Bound to the store: the shipped stores keep private fields.
      return (...args: unknown[]) => timed(String(member), onCall, () => value.apply(target, args));
    },
  });
}

async function timed<T>(member: string, onCall: (call: StoreCall) => void, call: () => T) {
  const started = performance.now();
  let ok = false;

  try {
    const result = await call();
    ok = true;

    return result;
  } finally {
    onCall({ member, durationMs: performance.now() - started, ok });
  }
}
