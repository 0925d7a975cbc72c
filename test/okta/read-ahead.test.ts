import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/okta/read-ahead.js';

/**
 * A listing of numbered pages whose reads the test settles by hand, with a
 * log of what happened: `read n` when page n was asked for, `closed` when
 * the listing's cleanup ran.
 */
class ManualListing {
  readonly log: string[] = [];
  readonly #reads: { resolve: () => void; reject: (error: Error) => void }[] = [];
  readonly #pages: number;

  constructor(pages: number) {
    this.#pages = pages;
  }

  /** Reads started so far. */
  get started(): number {
    return this.#reads.length;
  }

  /** Lets read `index` (0-based) answer, or fail with `error`. */
  settle(index: number, error?: Error): void {
    const read = this.#reads[index];
    if (read === undefined) throw new Error(`read ${index} never started`);

    if (error) read.reject(error);
    else read.resolve();
  }

  async *pages(): AsyncGenerator<number, void, undefined> {
    try {
      for (let page = 0; page < this.#pages; page += 1) {
        this.log.push(`read ${page}`);
        await new Promise<void>((resolve, reject) => this.#reads.push({ resolve, reject }));
        yield page;
      }
    } finally {
      this.log.push('closed');
    }
  }
}

/** Lets pending promise callbacks run. */
async function settled(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('readAhead', () => {
  describe('when the caller takes a page', () => {
    it('is already reading the next one, and no further', async () => {
      const listing = new ManualListing(4);
      const pages = readAhead(listing.pages());

      const first = pages.next();
      listing.settle(0);
      expect(await first).toEqual({ value: 0, done: false });
      await settled();

      expect(listing.log).toEqual(['read 0', 'read 1']);
      listing.settle(1);
      await settled();
      expect(listing.started).toBe(2);

      expect(await pages.next()).toEqual({ value: 1, done: false });
      await settled();
      expect(listing.log).toEqual(['read 0', 'read 1', 'read 2']);
    });

    it('hands over every page in order, then ends', async () => {
      const listing = new ManualListing(3);
      const seen: number[] = [];
      const settling = (async () => {
        for (let read = 0; read < 3; read += 1) {
          while (listing.started <= read) await settled();
          listing.settle(read);
        }
      })();

      for await (const page of readAhead(listing.pages())) seen.push(page);
      await settling;

      expect(seen).toEqual([0, 1, 2]);
      expect(listing.log.at(-1)).toBe('closed');
    });
  });

  describe('when the read ahead fails', () => {
    it('rejects only when the caller asks for that page', async () => {
      const listing = new ManualListing(3);
      const pages = readAhead(listing.pages());
      const first = pages.next();
      listing.settle(0);
      await first;
      await settled();

      listing.settle(1, new Error('Okta went away'));
      await settled();

      expect(unhandled).toEqual([]);
      await expect(pages.next()).rejects.toThrow('Okta went away');
      expect(listing.started).toBe(2);
    });

    it('never leaves the failure unhandled when the caller stops first', async () => {
      const listing = new ManualListing(3);
      const pages = readAhead(listing.pages());
      const first = pages.next();
      listing.settle(0);
      await first;

      await pages.return(undefined);
      listing.settle(1, new Error('Okta went away'));
      await settled();

      expect(unhandled).toEqual([]);
      expect(listing.started).toBe(2);
    });
  });

  describe('when the caller stops early', () => {
    it('starts no other read and closes the listing once the read under way settles', async () => {
      const listing = new ManualListing(5);
      const pages = readAhead(listing.pages());
      const first = pages.next();
      listing.settle(0);
      await first;

      await pages.return(undefined);
      await settled();
      expect(listing.log).toEqual(['read 0', 'read 1']);

      listing.settle(1);
      await settled();
      expect(listing.log).toEqual(['read 0', 'read 1', 'closed']);
    });
  });

  describe('when the run is aborted', () => {
    it('reads nothing more and throws the reason when the next page is asked for', async () => {
      const listing = new ManualListing(5);
      const controller = new AbortController();
      const pages = readAhead(listing.pages(), controller.signal);
      const first = pages.next();
      listing.settle(0);
      await first;
      listing.settle(1);
      const second = await pages.next();

      controller.abort(new Error('stopped by the host'));
      await settled();
      const asked = pages.next();

      expect(second).toEqual({ value: 1, done: false });
      await expect(asked).rejects.toThrow('stopped by the host');
      expect(listing.started).toBe(3);
      listing.settle(2);
      await settled();
      expect(listing.log).toEqual(['read 0', 'read 1', 'read 2', 'closed']);
    });

    it('starts no read ahead once aborted before a page is handed over', async () => {
      const listing = new ManualListing(5);
      const controller = new AbortController();
      const pages = readAhead(listing.pages(), controller.signal);
      const first = pages.next();

      controller.abort(new Error('stopped by the host'));
      listing.settle(0);

      expect(await first).toEqual({ value: 0, done: false });
      await expect(pages.next()).rejects.toThrow('stopped by the host');
      await settled();
      expect(listing.started).toBe(1);
      expect(listing.log).toEqual(['read 0', 'closed']);
    });
  });
});
