import { linkSignal } from "./signals.js";

/**
 * A page as `paginate` reads it, already checked (src/pagination.ts): the response body, how many
 * items it holds, the page size the server used and the number of pages.
 */
export interface ListPage<P> {
  body: P;
  count: number;
  limit: number;
  totalPages: number;
}

const ignore = () => {};

/**
 * Yields every page of a `page`/`size` paginated list, in page order.
 *
 * - Page 1 is fetched first; its `totalPages` fixes how many pages are read (pages created later
 *   are not fetched) and its `limit` is the full page size.
 * - Pages 2..totalPages are fetched with at most `concurrency` requests in flight; at most
 *   `concurrency` pages are held that the consumer has not taken yet.
 * - A page with fewer than `limit` items (or none) is the last one: the data ended there, so the
 *   requests still in flight are aborted and no more are sent.
 * - When the consumer stops (`break`, `return`, an exception) or `signal` aborts, requests in
 *   flight are aborted and no new ones are sent. A failed page throws when the consumer reaches it,
 *   after every page before it.
 * - An aborted `signal` wins over pages already read ahead: the next step throws its reason, and
 *   an already-aborted signal sends nothing at all.
 */
export async function* paginate<P>(
  fetchPage: (page: number, signal: AbortSignal) => Promise<ListPage<P>>,
  concurrency: number,
  signal?: AbortSignal | null,
): AsyncGenerator<P, void, undefined> {
  signal?.throwIfAborted();
  // One controller for every page request: aborting it stops them all. The caller's signal is
  // linked to it once, not once per page.
  const controller = new AbortController();
  const unlink = linkSignal(signal, controller);
  try {
    let page = await fetchPage(1, controller.signal);
    const { totalPages, limit } = page;
    const queue: Promise<ListPage<P>>[] = [];
    for (let pageNumber = 1, next = 2; ; pageNumber++) {
      const isLast = pageNumber >= totalPages || page.count < limit;
      if (isLast) controller.abort();
      while (!isLast && next <= totalPages && queue.length < concurrency) {
        const pending = fetchPage(next++, controller.signal);
        pending.catch(ignore); // handled when the consumer reaches it; never an unhandled rejection
        queue.push(pending);
      }
      yield page.body;
      // The consumer asked for more: an abort meanwhile wins over pages already read ahead.
      signal?.throwIfAborted();
      const following = queue.shift();
      if (isLast || following === undefined) return;
      page = await following;
    }
  } finally {
    controller.abort();
    unlink();
  }
}
