// Only transport failures (fetch rejecting, a body that cannot be read) are retried. A throwing
// middleware or serializer, or an option the request core cannot honour, is a programming error:
// it surfaces once, as a VivamoError with the original as `cause`, never as VivamoConnectionError.
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { VivamoConnectionError, VivamoError } from "../src/index.js";
import { fakeFetch, ids, json, makeClient, pageOf } from "./helpers.js";

const ok = () => json(pageOf(ids(3), 1, 10));
const bug = new RangeError("bug in my middleware");

async function failure(
  middleware: Middleware | undefined,
  call?: (v: ReturnType<typeof makeClient>) => Promise<unknown>,
) {
  const fetch = fakeFetch(ok);
  const vivamo = makeClient(fetch, { maxRetries: 3 });
  if (middleware) vivamo.use(middleware);
  const error = await (call ?? ((v) => v.customers.list()))(vivamo).catch((e: unknown) => e);
  return { error, fetch };
}

describe("surfaces once, not as a connection error", () => {
  it.each([
    [
      "onRequest",
      {
        onRequest: () => {
          throw bug;
        },
      },
      0,
    ],
    [
      "onResponse",
      {
        onResponse: () => {
          throw bug;
        },
      },
      1,
    ],
  ] as const)("a middleware whose %s throws", async (_, middleware, sent) => {
    const { error, fetch } = await failure(middleware);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error).not.toBeInstanceOf(VivamoConnectionError);
    expect((error as Error).cause).toBe(bug);
    expect((error as Error).message).toBe("GET /customers: bug in my middleware");
    expect(fetch.requests).toHaveLength(sent);
  });

  it("an onError that throws, after a network failure, is not retried", async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    const vivamo = makeClient(fetch, { maxRetries: 3 });
    vivamo.use({
      onError: () => {
        throw bug;
      },
    });
    const error = await vivamo.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error).not.toBeInstanceOf(VivamoConnectionError);
    expect((error as Error).cause).toBe(bug);
    expect(fetch.requests).toHaveLength(1);
  });

  it("a throwing bodySerializer of a raw call", async () => {
    const { error, fetch } = await failure(undefined, (v) =>
      v.POST("/customers", {
        body: { externalCustomerId: "c1", data: { email: "c1@example.com" } },
        bodySerializer: () => {
          throw bug;
        },
      }),
    );
    expect(error).toBeInstanceOf(VivamoError);
    expect((error as Error).cause).toBe(bug);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each([
    [
      "an unknown parseAs",
      { parseAs: "xml" },
      /parseAs must be "json" or "text", got string "xml"/,
    ],
    ["an invalid RequestInit member", { window: {} }, /^GET \/customers: /],
  ])("%s", async (_, init, message) => {
    const { error, fetch } = await failure(undefined, (v) =>
      v.GET("/customers", init as Record<string, unknown>),
    );
    expect(error).toBeInstanceOf(VivamoError);
    expect(error).not.toBeInstanceOf(VivamoConnectionError);
    expect((error as Error).message).toMatch(message);
    expect(fetch.requests).toHaveLength(0);
  });
});

it("a body that breaks while being read is a transport failure: retried for a GET", async () => {
  const fetch = fakeFetch((_, call) => {
    if (call > 1) return ok();
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"customers": ['));
        controller.error(Object.assign(new TypeError("terminated"), { code: "ECONNRESET" }));
      },
    });
    return new Response(body, { status: 200 });
  });
  await expect(makeClient(fetch).customers.list()).resolves.toMatchObject({ page: 1 });
  expect(fetch.requests).toHaveLength(2);
});
