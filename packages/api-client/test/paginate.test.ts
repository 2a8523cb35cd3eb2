// listAll() and pages(): order, concurrency, buffering, early exit, and data that changes meanwhile.
import { describe, expect, it, vi } from "vitest";
import type { CustomerList } from "@vivamo/api-types";
import { VivamoApiError, VivamoError, type ListAllOptions } from "../src/index.js";
import type { OperationDescriptor, SendOperation } from "../src/operation.js";
import { bindListAll, bindPages, type PaginationDescriptor } from "../src/pagination.js";
import { delay, fakeFetch, ids, json, makeClient, pageOf, queryOf } from "./helpers.js";

/** A fake API over `data()` (read at each request) that answers after a random short delay. */
function api(data: () => string[], options: { jitterMs?: number } = {}) {
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = fakeFetch(async (request) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await delay(Math.random() * (options.jitterMs ?? 8));
      const { page = "1", size = "10" } = queryOf(request);
      return json(pageOf(data(), Number(page), Number(size)));
    } finally {
      inFlight--;
    }
  });
  return Object.assign(fetch, {
    maxInFlight: () => maxInFlight,
    pagesRequested: () => fetch.requests.map((r) => Number(queryOf(r).page)),
  });
}

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

describe("listAll", () => {
  it.each([1, 2, 4, 8, 64])(
    "yields every customer once, in page order, with concurrency %i",
    async (concurrency) => {
      const all = ids(95);
      const fetch = api(() => all);
      const vivamo = makeClient(fetch);
      const seen = await collect(vivamo.customers.listAll({ size: 10, concurrency }));
      expect(seen.map((c) => c.externalCustomerId)).toEqual(all);
      expect(fetch.pagesRequested().sort((a, b) => a - b)).toEqual(
        Array.from({ length: 10 }, (_, i) => i + 1),
      );
      expect(fetch.maxInFlight()).toBeLessThanOrEqual(concurrency);
      expect(fetch.requests.every((r) => queryOf(r).size === "10")).toBe(true);
    },
  );

  it("uses up to `concurrency` requests at once", async () => {
    const fetch = api(() => ids(200), { jitterMs: 15 });
    await collect(makeClient(fetch).customers.listAll({ size: 10, concurrency: 4 }));
    expect(fetch.maxInFlight()).toBe(4);
  });

  it("defaults to one request at a time and the API's page size", async () => {
    const fetch = api(() => ids(25));
    const seen = await collect(makeClient(fetch).customers.listAll());
    expect(seen).toHaveLength(25);
    expect(fetch.maxInFlight()).toBe(1);
    expect(queryOf(fetch.requests[0]!)).toEqual({ page: "1" });
  });

  it("holds at most `concurrency` pages the consumer has not taken yet", async () => {
    const fetch = api(() => ids(100), { jitterMs: 1 });
    const iterator = makeClient(fetch).customers.pages({ size: 5, concurrency: 3 });
    const first = await iterator.next();
    expect(first.value).toMatchObject({ page: 1 });
    // A slow consumer: the client must not run ahead more than 3 pages.
    await delay(60);
    expect(fetch.requests).toHaveLength(1 + 3);
    await iterator.next(); // page 2 taken: one more request may start
    await delay(30);
    expect(fetch.requests).toHaveLength(1 + 4);
    await iterator.return();
  });

  it("sends nothing more once the consumer breaks out, and aborts requests in flight", async () => {
    const aborted: number[] = [];
    const fetch = fakeFetch((request) => {
      const page = Number(queryOf(request).page);
      if (page === 1) return json(pageOf(ids(1000), 1, 10));
      return new Promise<Response>((resolve) =>
        setTimeout(() => resolve(json(pageOf(ids(1000), page, 10))), 40),
      );
    });
    const counting = Object.assign(
      (request: Request, init: { signal: AbortSignal }) => {
        init.signal.addEventListener("abort", () => aborted.push(Number(queryOf(request).page)));
        return fetch(request, init);
      },
      { requests: fetch.requests },
    );
    let n = 0;
    for await (const _ of makeClient(counting).customers.listAll({ size: 10, concurrency: 4 })) {
      if (++n === 3) break;
    }
    expect(fetch.requests).toHaveLength(5); // page 1, and pages 2-5 prefetched
    expect(aborted.sort()).toEqual([2, 3, 4, 5]);
    await delay(80);
    expect(fetch.requests).toHaveLength(5);
  });

  it("stops at the caller's signal with its reason", async () => {
    const fetch = api(() => ids(1000), { jitterMs: 10 });
    const controller = new AbortController();
    const reason = new Error("shutting down");
    const seen: string[] = [];
    const run = (async () => {
      for await (const c of makeClient(fetch).customers.listAll({
        size: 10,
        concurrency: 2,
        signal: controller.signal,
      })) {
        seen.push(c.externalCustomerId);
        if (seen.length === 15) controller.abort(reason);
      }
    })();
    await expect(run).rejects.toBe(reason);
    const requested = fetch.requests.length;
    await delay(30);
    expect(fetch.requests.length).toBe(requested);
    expect(requested).toBeLessThan(10);
  });

  it("throws a failed page after yielding every page before it", async () => {
    const all = ids(50);
    const fetch = fakeFetch((request) => {
      const page = Number(queryOf(request).page);
      return page === 3 ? json({ message: "Not here" }, 404) : json(pageOf(all, page, 10));
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of makeClient(fetch).customers.listAll({ size: 10, concurrency: 4 })) {
        seen.push(c.externalCustomerId);
      }
    })().catch((e) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect(error.status).toBe(404);
    expect(seen).toEqual(all.slice(0, 20));
  });

  it("yields nothing for an empty list, after one request", async () => {
    const fetch = api(() => []);
    expect(
      await collect(makeClient(fetch).customers.listAll({ size: 10, concurrency: 4 })),
    ).toEqual([]);
    expect(fetch.requests).toHaveLength(1);
  });

  describe("when the data changes during the iteration", () => {
    it("pages are fixed by the first response: customers added later are not fetched", async () => {
      let all = ids(30);
      const fetch = api(() => all);
      const seen: string[] = [];
      for await (const c of makeClient(fetch).customers.listAll({ size: 10 })) {
        seen.push(c.externalCustomerId);
        if (seen.length === 1) all = [...all, ...ids(25, "new")]; // totalPages grows to 6
      }
      expect(seen).toEqual(ids(30));
      expect(fetch.pagesRequested()).toEqual([1, 2, 3]);
    });

    it("a customer shifted onto the next page by an insert is not yielded twice", async () => {
      let all = ids(30);
      const fetch = api(() => all);
      const seen: string[] = [];
      for await (const c of makeClient(fetch).customers.listAll({ size: 10 })) {
        seen.push(c.externalCustomerId);
        if (seen.length === 1) all = ["new1", "new2", ...all]; // c9, c10 move to page 2
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(ids(28)); // the two last ones moved past the fixed page count
    });

    it("a short page ends the iteration: deleted customers shrink the list", async () => {
      let all = ids(30);
      const fetch = api(() => all);
      const seen: string[] = [];
      for await (const c of makeClient(fetch).customers.listAll({ size: 10 })) {
        seen.push(c.externalCustomerId);
        if (seen.length === 1) all = all.slice(0, 15); // page 2 now holds 5, page 3 none
      }
      expect(seen).toEqual(ids(15));
      expect(fetch.pagesRequested()).toEqual([1, 2]);
    });

    it("an empty page ends the iteration and aborts the pages still in flight", async () => {
      let all = ids(60);
      const fetch = api(() => all, { jitterMs: 1 });
      const seen: string[] = [];
      for await (const c of makeClient(fetch).customers.listAll({ size: 10, concurrency: 2 })) {
        seen.push(c.externalCustomerId);
        if (seen.length === 10) all = all.slice(0, 10);
      }
      expect(seen).toEqual(ids(10));
      expect(fetch.requests.length).toBeLessThanOrEqual(4);
    });
  });
});

describe("pages", () => {
  it("yields each page object in order, the empty first page included", async () => {
    const fetch = api(() => ids(23));
    const pages: CustomerList[] = await collect(
      makeClient(fetch).customers.pages({ size: 10, concurrency: 3 }),
    );
    expect(pages.map((p) => [p.page, p.customers.length, p.total, p.totalPages])).toEqual([
      [1, 10, 23, 3],
      [2, 10, 23, 3],
      [3, 3, 23, 3],
    ]);
    const empty = await collect(makeClient(api(() => [])).customers.pages());
    expect(empty).toEqual([{ customers: [], total: 0, page: 1, limit: 10, totalPages: 0 }]);
  });

  it("passes request options to every page", async () => {
    const fetch = api(() => ids(30));
    await collect(makeClient(fetch).customers.pages({ size: 10, headers: { "x-tenant": "t1" } }));
    expect(fetch.requests.map((r) => r.headers.get("x-tenant"))).toEqual(["t1", "t1", "t1"]);
  });

  it("retries a failed page like any request", async () => {
    const all = ids(30);
    const fetch = fakeFetch((request, n) =>
      n === 2
        ? json({ message: "blip" }, 503)
        : json(pageOf(all, Number(queryOf(request).page), 10)),
    );
    const seen = await collect(makeClient(fetch).customers.listAll({ size: 10 }));
    expect(seen.map((c) => c.externalCustomerId)).toEqual(all);
    expect(fetch.requests).toHaveLength(4);
  });
});

describe("aborting pages() and listAll()", () => {
  it("an already-aborted signal sends nothing and throws its reason", async () => {
    const fetch = api(() => ids(50));
    const reason = new Error("already cancelled");
    const vivamo = makeClient(fetch);
    await expect(
      collect(vivamo.customers.listAll({ signal: AbortSignal.abort(reason) })),
    ).rejects.toBe(reason);
    await expect(
      vivamo.customers.pages({ signal: AbortSignal.abort(reason), concurrency: 4 }).next(),
    ).rejects.toBe(reason);
    expect(fetch.requests).toHaveLength(0);
  });

  it("an abort mid-iteration throws at the next step, even with pages already read ahead", async () => {
    const all = ids(100);
    let answered = 0;
    const fetch = fakeFetch((request) => {
      answered++;
      return json(pageOf(all, Number(queryOf(request).page), 10));
    });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const pages = makeClient(fetch).customers.pages({
      size: 10,
      concurrency: 4,
      signal: controller.signal,
    });
    expect((await pages.next()).value).toMatchObject({ page: 1 });
    // Pages 2-5 have been answered; what is left of their work (reading and parsing the body)
    // runs in microtasks, so after one timer tick they wait in the buffer.
    await vi.waitFor(() => expect(answered).toBe(5));
    await delay(1);
    expect(fetch.requests).toHaveLength(5);
    controller.abort(reason);
    await expect(pages.next()).rejects.toBe(reason);
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it("listAll also stops at the next customer's page boundary", async () => {
    const fetch = api(() => ids(100), { jitterMs: 1 });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const seen: string[] = [];
    const error = await (async () => {
      for await (const customer of makeClient(fetch).customers.listAll({
        size: 10,
        concurrency: 4,
        signal: controller.signal,
      })) {
        seen.push(customer.externalCustomerId);
        if (seen.length === 10) {
          await delay(50);
          controller.abort(reason);
        }
      }
    })().catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(seen).toEqual(ids(10));
  });

  it("prints no MaxListenersExceededWarning at concurrency 32, or with one signal shared by 50 calls", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const fetch = api(() => ids(400), { jitterMs: 5 });
      const vivamo = makeClient(fetch);
      const shared = new AbortController();
      const seen = await collect(
        vivamo.customers.listAll({ size: 10, concurrency: 32, signal: shared.signal }),
      );
      expect(seen).toHaveLength(400);
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          vivamo.customers.list({ page: 1 + (i % 5) }, { signal: shared.signal }),
        ),
      );
      await delay(20); // warnings are emitted on a later tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});

describe("malformed list pages are VivamoApiErrors, never TypeErrors", () => {
  const good = pageOf(ids(30), 1, 10);
  it.each([
    ["a null page", null],
    ["a string", "customers"],
    ["an array", [good]],
    ["no customers", { ...good, customers: undefined }],
    ["customers not an array", { ...good, customers: { 0: good.customers[0] } }],
    ["a null customer", { ...good, customers: [good.customers[0], null] }],
    ["a customer that is a number", { ...good, customers: [7] }],
    ["no totalPages", { ...good, totalPages: undefined }],
    ["totalPages as a string", { ...good, totalPages: "3" }],
    ["totalPages 1e21", { ...good, totalPages: 1e21 }],
    ["no limit", { ...good, limit: undefined }],
    ["limit 0", { ...good, limit: 0 }],
  ])("%s", async (_, body) => {
    const fetch = fakeFetch(() => json(body));
    const error = await collect(makeClient(fetch).customers.listAll({ concurrency: 4 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VivamoApiError);
    expect((error as VivamoApiError).message).toMatch(
      /^200 GET \/customers page 1 is not a valid list page: /,
    );
    expect(fetch.requests).toHaveLength(1);
  });

  it("a malformed later page throws when the consumer reaches it", async () => {
    const all = ids(30);
    const fetch = fakeFetch((request) => {
      const page = Number(queryOf(request).page);
      return json(
        page === 2 ? { ...pageOf(all, 2, 10), customers: [null] } : pageOf(all, page, 10),
      );
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of makeClient(fetch).customers.listAll({ size: 10, concurrency: 2 })) {
        seen.push(c.externalCustomerId);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect((error as Error).message).toContain("page 2");
    expect(seen).toEqual(all.slice(0, 10));
  });
});

// Any operation the spec declares paged gets the same pages() / listAll(): bound here on a made-up
// one with a path parameter, another query parameter, other names, and items without an id.
describe("bindPages / bindListAll on any paged operation", () => {
  const operation: OperationDescriptor = {
    operationId: "listNotes",
    method: "GET",
    path: "/customers/{externalCustomerId}/notes",
    args: [{ in: "path", name: "externalCustomerId" }, { in: "query" }],
    retryable: true,
  };
  const pagination: PaginationDescriptor = {
    page: "p",
    size: "perPage",
    items: "notes",
    totalPages: "pageCount",
    limit: "pageSize",
    filters: true,
  };
  const notes = ["a", "b", "a", "c", "d"]; // the same text twice: no id, so never taken for a repeat
  const send = vi.fn<SendOperation>((request) => {
    const { p = 1, perPage = 2 } = request.query as { p?: number; perPage?: number };
    return Promise.resolve({
      notes: notes.slice((p - 1) * perPage, p * perPage),
      pageCount: Math.ceil(notes.length / perPage),
      pageSize: perPage,
    });
  });
  type ListAll = (
    id: string,
    query: { author?: string },
    options?: ListAllOptions,
  ) => AsyncGenerator<string>;
  /** The client's redaction, for a made-up key. */
  const redact = (text: string) => text.split("sk_test_made_up").join("[redacted]");

  it("places the path parameter, the other query parameters and the page numbers", async () => {
    send.mockClear();
    const listAll = bindListAll<ListAll>(send, operation, pagination, redact);
    const seen = await collect(listAll("demo-user", { author: "ops" }, { concurrency: 2 }));
    expect(seen).toEqual(notes);
    expect(send.mock.calls.map(([request]) => [request.pathParams, request.query])).toEqual(
      [1, 2, 3].map((p) => [
        { externalCustomerId: "demo-user" },
        { author: "ops", p, perPage: undefined },
      ]),
    );
  });

  it("checks each page with the operation's own names", async () => {
    const broken = vi.fn<SendOperation>(() => Promise.resolve({ notes: [], pageCount: 1 }));
    const pages = bindPages<ListAll>(broken, operation, pagination, redact);
    await expect(collect(pages("demo-user", {}))).rejects.toThrow(
      "200 GET /customers/{externalCustomerId}/notes page 1 is not a valid list page: pageSize must be an integer >= 1, got undefined",
    );
  });

  it("refuses a bad size or concurrency where it is written", () => {
    const pages = bindPages<ListAll>(send, operation, pagination, redact);
    expect(() => pages("demo-user", {}, { size: 0 })).toThrow(
      "size must be an integer >= 1, got number 0",
    );
    expect(() => pages("demo-user", {}, { concurrency: 1.5 })).toThrow(VivamoError);
  });

  it("refuses an unknown request option where it is written, before any request", () => {
    send.mockClear();
    const pages = bindPages<ListAll>(send, operation, pagination, redact);
    const options = { size: 2, baseUrl: "http://127.0.0.1:1" } as ListAllOptions;
    expect(() => pages("demo-user", {}, options)).toThrow(
      'Unknown pages option "baseUrl": pages options are size, concurrency, signal, timeoutMs, maxRetries, headers (set the others on createVivamoClient)',
    );
    expect(send).not.toHaveBeenCalled();
  });

  it("takes the key out of a page problem that quotes it", async () => {
    const echo = vi.fn<SendOperation>(() =>
      Promise.resolve({ notes: [], pageCount: 1, pageSize: "sk_test_made_up" }),
    );
    const pages = bindPages<ListAll>(echo, operation, pagination, redact);
    const error = await collect(pages("demo-user", {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect((error as Error).message).toBe(
      '200 GET /customers/{externalCustomerId}/notes page 1 is not a valid list page: pageSize must be an integer >= 1, got string "[redacted]"',
    );
  });
});
