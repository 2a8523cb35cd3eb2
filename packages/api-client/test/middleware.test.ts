// Middleware: the in-house request core (src/request.ts) keeps openapi-fetch's semantics.
// Where it matters, the same middleware runs on a real openapi-fetch `createClient` too, and the
// two must agree.
import createClient, { type Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "@vivamo/api-types";
import { VivamoConnectionError, VivamoError } from "../src/index.js";
import { customer, fakeFetch, ids, json, KEY, makeClient, pageOf } from "./helpers.js";

const page = pageOf(ids(3), 1, 10);
const ok = () => json(page);

/** A real openapi-fetch client on the same fake fetch, for side-by-side comparisons. */
const reference = (fetch: ReturnType<typeof fakeFetch>) =>
  createClient<paths>({
    baseUrl: "https://api.vivamo.co/v1",
    headers: { Authorization: `Bearer ${KEY}` },
    fetch: (request: Request) => fetch(request),
  });

describe("middleware, as openapi-fetch runs it", () => {
  it("onRequest can replace the request; fetch gets the new one, with its header", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    let replaced: Request | undefined;
    vivamo.use({
      onRequest({ request }) {
        const headers = new Headers(request.headers);
        headers.set("x-tenant", "acme");
        return (replaced = new Request(request, { headers }));
      },
    });
    await expect(vivamo.customers.list({ page: 1 })).resolves.toEqual(page);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]).toBe(replaced);
    expect(fetch.requests[0]!.headers.get("x-tenant")).toBe("acme");
    expect(fetch.requests[0]!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(fetch.requests[0]!.url).toBe("https://api.vivamo.co/v1/customers?page=1");
  });

  it("onRequest returning a Response short-circuits: no fetch, no later onRequest, no onResponse", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    const seen: string[] = [];
    const cached = pageOf(ids(2, "cached"), 1, 10);
    vivamo.use(
      { onRequest: () => void seen.push("first onRequest") },
      { onRequest: () => json(cached), onResponse: () => void seen.push("onResponse") },
      { onRequest: () => void seen.push("third onRequest") },
    );
    await expect(vivamo.customers.list()).resolves.toEqual(cached);
    const raw = await vivamo.GET("/customers");
    expect(raw.data).toEqual(cached);
    expect(fetch.requests).toHaveLength(0);
    expect(seen).toEqual(["first onRequest", "first onRequest"]);
  });

  it("runs onRequest in registration order and onResponse in reverse, like openapi-fetch", async () => {
    const run = async (use: (...m: Middleware[]) => void, call: () => Promise<unknown>) => {
      const seen: string[] = [];
      const logger = (name: string): Middleware => ({
        onRequest: ({ schemaPath }) => void seen.push(`${name} request ${schemaPath}`),
        onResponse: ({ response }) => void seen.push(`${name} response ${response.status}`),
      });
      use(logger("a"), logger("b"), logger("c"));
      await call();
      return seen;
    };
    const vivamo = makeClient(fakeFetch(ok));
    const seen = await run(vivamo.use, () => vivamo.GET("/customers"));
    expect(seen).toEqual([
      "a request /customers",
      "b request /customers",
      "c request /customers",
      "c response 200",
      "b response 200",
      "a response 200",
    ]);
    const raw = reference(fakeFetch(ok));
    expect(await run(raw.use, () => raw.GET("/customers"))).toEqual(seen);
  });

  it("an onResponse can replace the response, and the earlier-registered one sees it", async () => {
    const vivamo = makeClient(fakeFetch(ok));
    const statuses: number[] = [];
    vivamo.use(
      { onResponse: ({ response }) => void statuses.push(response.status) },
      { onResponse: () => json({ message: "rewritten" }, 418) },
    );
    const { error, response } = await vivamo.GET("/customers");
    expect(response.status).toBe(418);
    expect(error).toEqual({ message: "rewritten" });
    expect(statuses).toEqual([418]);
  });

  it("onError can turn a network error into a Response, and onResponse then sees it", async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    const vivamo = makeClient(fetch, { maxRetries: 0 });
    const seen: unknown[] = [];
    vivamo.use({
      onError: ({ error, request }) => {
        seen.push(error, request.url);
        return json(page);
      },
      onResponse: ({ response }) => void seen.push(response.status),
    });
    await expect(vivamo.customers.list()).resolves.toEqual(page);
    expect(seen).toEqual([
      expect.objectContaining({ message: "fetch failed" }),
      "https://api.vivamo.co/v1/customers",
      200,
    ]);
  });

  it("onError runs in reverse order; an Error it returns is passed on and thrown", async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    const vivamo = makeClient(fetch, { maxRetries: 0 });
    const seen: string[] = [];
    vivamo.use(
      { onError: ({ error }) => void seen.push(`first saw ${(error as Error).message}`) },
      { onError: () => new Error("wrapped by the second") },
    );
    const error = await vivamo.customers.list().catch((e) => e);
    expect(seen).toEqual(["first saw wrapped by the second"]);
    expect(error).toBeInstanceOf(VivamoConnectionError);
    expect(error.message).toBe("GET /customers failed: wrapped by the second");
  });

  it("eject removes a middleware; ejecting an unknown one is a no-op", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    const seen: string[] = [];
    const a: Middleware = { onRequest: () => void seen.push("a") };
    const b: Middleware = { onRequest: () => void seen.push("b") };
    vivamo.use(a, b);
    await vivamo.customers.list();
    vivamo.eject(a, { onError: () => undefined });
    await vivamo.customers.list();
    vivamo.eject(b);
    await vivamo.customers.list();
    expect(seen).toEqual(["a", "b", "b"]);
  });

  it("accepts a middleware typed as openapi-fetch's Middleware, with openapi-fetch's arguments", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    const calls: Record<string, unknown>[] = [];
    const middleware: Middleware = {
      onRequest(params) {
        calls.push({ ...params });
      },
      onResponse(params) {
        calls.push({ ...params });
      },
    };
    vivamo.use(middleware);
    await vivamo.customers.get("demo-user");
    const [onRequest, onResponse] = calls;
    expect(Object.keys(onRequest!).sort()).toEqual(
      ["id", "options", "params", "request", "schemaPath"].sort(),
    );
    expect(onRequest).toMatchObject({
      schemaPath: "/customers/{externalCustomerId}",
      params: { path: { externalCustomerId: "demo-user" } },
      id: expect.stringMatching(/^[0-9a-z]{1,9}$/),
    });
    expect(onRequest!.request).toBe(fetch.requests[0]);
    expect(onResponse!.response).toBeInstanceOf(Response);
    expect(onResponse!.id).toBe(onRequest!.id);
    expect(Object.isFrozen(onRequest!.options)).toBe(true);
    expect(Object.keys(onRequest!.options as object).sort()).toEqual(
      ["baseUrl", "bodySerializer", "fetch", "parseAs", "pathSerializer", "querySerializer"].sort(),
    );
    expect(onRequest!.options).toMatchObject({ baseUrl: "https://api.vivamo.co/v1" });
  });

  it("runs a request's own `middleware` after the client's", async () => {
    const vivamo = makeClient(fakeFetch(ok));
    const seen: string[] = [];
    vivamo.use({ onRequest: () => void seen.push("client") });
    await vivamo.GET("/customers", {
      middleware: [{ onRequest: () => void seen.push("request") }],
    });
    expect(seen).toEqual(["client", "request"]);
  });

  it("use() skips falsy entries and refuses an object without a hook", () => {
    const vivamo = makeClient(fakeFetch(ok));
    expect(() => vivamo.use(undefined as unknown as Middleware)).not.toThrow();
    expect(() => vivamo.use({} as Middleware)).toThrow(VivamoError);
    expect(() => vivamo.use({} as Middleware)).toThrow(
      /onRequest\(\), onResponse\(\) or onError\(\)/,
    );
  });

  it("a hook returning something else fails the call with openapi-fetch's message", async () => {
    const vivamo = makeClient(fakeFetch(ok), { maxRetries: 0 });
    vivamo.use({ onRequest: () => "nope" as unknown as Request });
    await expect(vivamo.GET("/customers")).rejects.toThrow(
      "onRequest: must return new Request() or Response() when modifying the request",
    );
  });

  it("builds the same request as openapi-fetch: URL, method, headers, JSON body", async () => {
    const body = { externalCustomerId: "c1", data: { email: "c1@example.com" } };
    const ours = fakeFetch(() => json(customer("c1")));
    const theirs = fakeFetch(() => json(customer("c1")));
    await makeClient(ours).POST("/customers", { body, headers: { "x-extra": "1" } });
    await reference(theirs).POST("/customers", { body, headers: { "x-extra": "1" } });
    const [a, b] = [ours.requests[0]!, theirs.requests[0]!];
    expect(a.url).toBe(b.url);
    expect(a.method).toBe(b.method);
    // Plus the User-Agent that names this client (openapi-fetch sends none of its own).
    expect(a.headers.get("user-agent")).toMatch(/^@vivamo\/api-client\//);
    expect([...a.headers].filter(([name]) => name !== "user-agent")).toEqual([...b.headers]);
    expect(await a.text()).toBe(await b.text());
  });

  it("resolves the same { data, error, response } as openapi-fetch for 204, empty and error bodies", async () => {
    for (const make of [
      () => new Response(null, { status: 204 }),
      () => new Response("", { status: 200, headers: { "content-length": "0" } }),
      () => json({ message: "Bad Request" }, 400),
      () => new Response("<html>bad gateway</html>", { status: 502 }),
    ]) {
      const ours = await makeClient(fakeFetch(make), { maxRetries: 0 }).GET("/customers");
      const theirs = await reference(fakeFetch(make)).GET("/customers");
      expect({ ...ours, response: ours.response.status }).toEqual({
        ...theirs,
        response: theirs.response.status,
      });
    }
  });
});
