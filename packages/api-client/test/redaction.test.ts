// The API key is scrubbed from everything an error keeps, wherever a server echoes it: string
// values, JSON object keys, header values; a header whose name holds it is dropped. Nothing else
// changes, whatever the key (even `k`, `x` or `:`), and nothing a caller sees is a raw TypeError
// or SyntaxError, whatever the server sends.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  VivamoApiError,
  VivamoError,
  VivamoValidationError,
} from "../src/index.js";
import { customer, fakeFetch, json } from "./helpers.js";

const scrub = (text: string, secret: string) => text.split(secret).join("[redacted]");

/** The same JSON value with `secret` replaced in every string value and object key. */
function scrubbed(value: unknown, secret: string): unknown {
  if (typeof value === "string") return scrub(value, secret);
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, secret));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [scrub(key, secret), scrubbed(item, secret)]),
    );
  }
  return value;
}

const client = (apiKey: string, fetch: ReturnType<typeof fakeFetch>) =>
  createVivamoClient({ apiKey, fetch, maxRetries: 0, retryDelayMs: 1 });

describe.each(["k", "x", ":", "e", "{", "1", "a-long_key_0123456789"])("with the key %j", (key) => {
  it("an echoed key is scrubbed from values and keys; nothing else changes", async () => {
    const body = {
      message: `invalid key Bearer ${key}`,
      errors: [{ key: `got ${key}`, nested: { deeper: [`${key}${key}`, 1, true, null] } }],
      "x-key:{k}": "value with no secret",
      [`Bearer ${key}`]: { [key]: "echoed as keys" },
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
    // Header names cannot say "[redacted]": one that holds the key is dropped.
    const names = ["content-type", "x-echo", "x-request-id"];
    expect([...apiError.headers.keys()].sort()).toEqual(
      names.filter((name) => !name.includes(key)).sort(),
    );
    if (!"x-echo".includes(key)) {
      expect(apiError.headers.get("x-echo")).toBe(scrub(`Bearer ${key}`, key));
    }
    const requestId = "x-request-id".includes(key) ? undefined : scrub("req_1", key);
    expect(apiError.requestId).toBe(requestId);
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

describe("a hostile server echoes a real-looking key everywhere it can", () => {
  const key = "sk_live_Ech0edK3y_9876543210";

  /** Every string an error holds: messages, stacks, causes, keys and values, header names. */
  function everyString(root: unknown): string[] {
    const strings: string[] = [];
    const seen = new Set<unknown>();
    const pending: unknown[] = [root];
    while (pending.length > 0) {
      const value = pending.pop();
      if (typeof value === "string") strings.push(value);
      if (typeof value !== "object" || value === null || seen.has(value)) continue;
      seen.add(value);
      if (value instanceof Headers) {
        value.forEach((headerValue, name) => strings.push(name, headerValue));
        continue;
      }
      if (value instanceof Error) pending.push(value.message, value.stack, value.cause);
      for (const name of Reflect.ownKeys(value)) {
        if (typeof name === "string") strings.push(name);
        pending.push((value as Record<PropertyKey, unknown>)[name]);
      }
    }
    return strings;
  }

  const expectNoKey = (error: unknown) => {
    expect(error).toBeInstanceOf(VivamoError);
    const leaks = everyString(error).filter((text) =>
      text.toLowerCase().includes(key.toLowerCase()),
    );
    expect(leaks).toEqual([]);
    expect(inspect(error, { depth: Infinity })).not.toContain(key);
  };

  const echo = (status: number, body: unknown) =>
    fakeFetch((request) => {
      const authorization = request.headers.get("authorization")!;
      return new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: {
          "content-type": "application/json",
          "x-request-id": `req ${authorization}`,
          "x-echo": authorization,
          // The key as a header name (lower-cased by Headers), and in a Location.
          [key]: "echoed as a header name",
          location: `https://evil.example/?k=${key}`,
        },
      });
    });

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 503])(
    "a %i error keeps no copy of it, in values, object keys or header names",
    async (status) => {
      const body = {
        message: `bad key ${key}`,
        errors: [{ [key]: key, [`Bearer ${key}`]: { nested: [key] } }],
        [key]: { [key]: key },
      };
      const error = await client(key, echo(status, body))
        .customers.get("demo-user")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VivamoApiError);
      expectNoKey(error);
      // The rest of the body is kept: its message, and the echoed fields under "[redacted]".
      expect((error as VivamoApiError).body?.message).toBe("bad key [redacted]");
      expect(Object.keys((error as VivamoApiError).body!)).toContain("[redacted]");
    },
  );

  it("a redirect keeps no copy of it", async () => {
    const error = await client(key, echo(302, ""))
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expectNoKey(error);
  });

  it("a list page with the key in its values gives an error without it", async () => {
    const page = { customers: [], total: 0, page: 1, limit: 10, totalPages: key };
    const error = await (async () => {
      for await (const _ of client(key, echo(200, page)).customers.listAll()) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expectNoKey(error);
  });

  it("a response validation error does not name a property made of the key", async () => {
    const body = { ...customer("demo-user"), [key]: { [key]: true } };
    const vivamo = createVivamoClient({
      apiKey: key,
      fetch: echo(200, body),
      maxRetries: 0,
      validateResponses: true,
    });
    const error = await vivamo.customers.get("demo-user").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoValidationError);
    expect((error as VivamoValidationError).path).toBe("/[redacted]");
    expectNoKey(error);
  });

  it("a fetch error quoting it, in its message and its cause, gives an error without it", async () => {
    const fetch = fakeFetch((request) => {
      const cause = Object.assign(new Error(`socket ${key}`), { code: "ECONNRESET" });
      throw new TypeError(`fetch failed for ${request.headers.get("authorization")}`, { cause });
    });
    const error = await client(key, fetch)
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expectNoKey(error);
  });
});
