// The API key is scrubbed from VALUES only: whatever the key (even `k`, `x` or `:`), an error keeps
// the server's structure (JSON keys, header names), and nothing a caller sees is a raw
// TypeError or SyntaxError, whatever the server sends.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  VivamoApiError,
  VivamoError,
} from "../src/index.js";
import { fakeFetch, json } from "./helpers.js";

/** The same JSON value with `secret` replaced in every string value (not in keys). */
function scrubbed(value: unknown, secret: string): unknown {
  if (typeof value === "string") return value.split(secret).join("[redacted]");
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, secret));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, scrubbed(item, secret)]),
    );
  }
  return value;
}

const client = (apiKey: string, fetch: ReturnType<typeof fakeFetch>) =>
  createVivamoClient({ apiKey, fetch, maxRetries: 0, retryDelayMs: 1 });

describe.each(["k", "x", ":", "e", "{", "1", "a-long_key_0123456789"])("with the key %j", (key) => {
  it("an echoed key is scrubbed from values; keys and header names are untouched", async () => {
    const body = {
      message: `invalid key Bearer ${key}`,
      errors: [{ key: `got ${key}`, nested: { deeper: [`${key}${key}`, 1, true, null] } }],
      "x-key:{k}": "value with no secret",
    };
    const fetch = fakeFetch((request) =>
      json(body, 403, {
        "x-request-id": "req_1",
        "x-echo": request.headers.get("authorization")!,
      }),
    );
    const error = await client(key, fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const apiError = error as PermissionDeniedError;
    expect(apiError.body).toEqual(scrubbed(body, key));
    expect(Object.keys(apiError.body!)).toEqual(Object.keys(body));
    expect([...apiError.headers.keys()].sort()).toEqual(
      ["content-type", "x-echo", "x-request-id"].sort(),
    );
    expect(apiError.headers.get("x-echo")).toBe(`Bearer ${key}`.split(key).join("[redacted]"));
    expect(apiError.requestId).toBe("req_1".split(key).join("[redacted]"));
    expect(apiError.message.startsWith("403 ")).toBe(true);
  });

  it.each([
    ["truncated JSON", 200, '{"customers": [{"externalCus'],
    ["HTML", 502, "<html>bad gateway</html>"],
    ["a JSON string", 404, '"not an object"'],
    ["a JSON array", 404, '[{"message": 1}]'],
    ["a non-string message", 404, '{"message": {"toString": null}}'],
    ["a __proto__ key", 404, '{"__proto__": {"polluted": true}, "message": "m"}'],
  ])("%s gives a VivamoApiError", async (_, status, text) => {
    const fetch = fakeFetch(() => new Response(text, { status }));
    const error = await client(key, fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect((error as VivamoApiError).status).toBe(status);
    expect(() => inspect(error)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a fetch error quoting the key becomes a scrubbed VivamoConnectionError", async () => {
    const fetch = fakeFetch((request) => {
      throw new TypeError(`fetch failed for ${request.headers.get("authorization")}`);
    });
    const error = await client(key, fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect((error as Error).message).toContain("[redacted]");
  });
});

describe("pathological bodies", () => {
  const depth = 200_000;
  const deepArray = "[".repeat(depth) + "]".repeat(depth);
  const deepObject = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

  it.each([
    ["arrays", deepArray],
    ["objects", deepObject],
  ])("an error body of %s nested 200,000 deep is a typed error", async (_, text) => {
    const fetch = fakeFetch(
      () => new Response(`{"message":"deep","errors":${text}}`, { status: 500 }),
    );
    const error = await client("k", fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toBe("500 deep");
    expect(() => inspect(error)).not.toThrow();
  });

  it("a deeply nested 404 body keeps its class", async () => {
    const fetch = fakeFetch(() => new Response(deepObject, { status: 404 }));
    const error = await client(":", fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("a deeply nested list page is a VivamoApiError in listAll", async () => {
    const fetch = fakeFetch(() => new Response(deepObject, { status: 200 }));
    const error = await (async () => {
      for await (const _ of client("x", fetch).customers.listAll()) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
  });
});
