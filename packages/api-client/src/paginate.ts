import { follow } from "./core.js";

/** What `paginate` needs from a page: the items under `key`, the page size and the page count. */
export type Page<K extends string> = { [key in K]: unknown[] } & {
  limit: number;
  totalPages: number;
};

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
 */
export async function* paginate<K extends string, P extends Page<K>>(
  fetchPage: (page: number, signal: AbortSignal) => Promise<P>,
  key: K,
  concurrency: number,
  signal?: AbortSignal | null,
): AsyncGenerator<P, void, undefined> {
  const controller = new AbortController();
  const unfollow = follow(signal, controller);
  try {
    let page = await fetchPage(1, controller.signal);
    const { totalPages, limit } = page;
    const queue: Promise<P>[] = [];
    for (let n = 1, next = 2; ; n++) {
      if (n >= totalPages || page[key].length < limit) {
        controller.abort();
        return yield page;
      }
      while (next <= totalPages && queue.length < concurrency) {
        const pending = fetchPage(next++, controller.signal);
        pending.catch(ignore); // handled when the consumer reaches it; never an unhandled rejection
        queue.push(pending);
      }
      yield page;
      page = await queue.shift()!;
    }
  } finally {
    controller.abort();
    unfollow();
  }
}
