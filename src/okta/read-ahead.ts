/** A read that has settled, kept so that its failure is never unhandled. */
type Settled<T> = { ok: true; result: IteratorResult<T, void> } | { ok: false; error: unknown };

/**
 * Streams `pages` reading one page ahead: when a page is handed over, the
 * next one is already being read, so Okta's time to answer it overlaps
 * the caller's time to apply this one. At most two pages are held: the
 * caller's and the one read ahead.
 *
 * Failures keep their place: a read ahead that fails rejects only when
 * the caller asks for that page, after the pages before it. Once `signal`
 * is aborted no read starts, and asking for the next page throws the
 * abort reason, as an unbuffered listing does between pages.
 *
 * Note: when the caller stops early (breaks, throws or aborts), a read
 * already under way cannot be called back (the SDK takes no signal); it
 * finishes unobserved, its page or failure dropped, and then the listing
 * is closed.
 */
export async function* readAhead<T>(
  pages: AsyncIterable<T>,
  signal?: AbortSignal,
): AsyncGenerator<T, void, undefined> {
  const iterator = pages[Symbol.asyncIterator]();
  let ahead: Promise<Settled<T>> | undefined = settle(iterator.next());

  try {
    for (;;) {
      const read = await (ahead ?? settle(iterator.next()));
      ahead = undefined;

      if (!read.ok) {
        throw read.error;
      }

      if (read.result.done) {
        return;
      }

      if (!signal?.aborted) {
        ahead = settle(iterator.next());
      }

      yield read.result.value;
      signal?.throwIfAborted();
    }
  } finally {
    closeBehind(iterator, ahead);
  }
}

function settle<T>(read: Promise<IteratorResult<T, void>>): Promise<Settled<T>> {
  return read.then(
    (result) => ({ ok: true, result }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * Closes the listing once no read of it is under way, so its own cleanup
 * runs; never waited for, and never rejects.
 */
function closeBehind<T>(iterator: AsyncIterator<T>, ahead: Promise<Settled<T>> | undefined) {
  const close = async () => {
    await ahead;
    await iterator.return?.();
  };

  close().catch(() => undefined);
}
