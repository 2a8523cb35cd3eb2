// The pure helpers: argument checks, URL policy, path encoding, query strings, retry timing
// and classification. No server, no client.
import { createQuerySerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { checkOptionalInteger, requireBody } from "../src/arguments.js";
import { VivamoError } from "../src/errors.js";
import { neverSent, retryableStatus, retryDelay } from "../src/retry-policy.js";
import { defaultQuerySerializer as querySerializer } from "../src/serialize.js";
import { parseBaseUrl, pathSerializer } from "../src/url.js";

const checkInt = (name: string, value: unknown, min = 1) => checkOptionalInteger(name, value, min);
const checkBaseUrl = (value: unknown) => parseBaseUrl(value);

describe("checkInt", () => {
  it.each([undefined, 1, 2, 10_000])("accepts %s", (value) => {
    expect(() => checkInt("size", value)).not.toThrow();
  });

  it.each([0, -1, 1.5, NaN, Infinity, "2", null, true, 2 ** 53, 1e21, Number.MAX_VALUE])(
    "refuses %s with what and how",
    (value) => {
      expect(() => checkInt("size", value)).toThrow(VivamoError);
      expect(() => checkInt("size", value)).toThrow(/^size must be an integer >= 1, got /);
    },
  );

  it("accepts the largest safe integer", () => {
    expect(() => checkInt("size", Number.MAX_SAFE_INTEGER)).not.toThrow();
  });

  it("uses the given minimum", () => {
    expect(() => checkInt("maxRetries", 0, 0)).not.toThrow();
    expect(() => checkInt("maxRetries", -1, 0)).toThrow("maxRetries must be an integer >= 0");
  });
});

describe("checkBaseUrl", () => {
  it.each([
    "https://api.vivamo.co/v1",
    "https://api.test.vivamo.co/v1",
    "https://proxy.example.com:8443/vivamo",
    "http://127.0.0.1:4010",
    "http://127.1.2.3",
    "http://localhost:4010/v1",
    "http://[::1]:4010",
  ])("accepts %s", (url) => {
    expect(() => checkBaseUrl(url)).not.toThrow();
  });

  it("refuses credentials in the URL without echoing them", () => {
    expect(() => checkBaseUrl("https://user:s3cret@api.vivamo.co/v1")).toThrow(
      /^Invalid baseUrl \(not shown: it holds credentials\): pass the key as apiKey/,
    );
    expect(() => checkBaseUrl("https://user:s3cret@api.vivamo.co/v1")).not.toThrow(/s3cret/);
  });

  it("accepts a URL object, and returns the base URL without a trailing slash", () => {
    expect(checkBaseUrl(new URL("https://api.vivamo.co/v1/"))).toBe("https://api.vivamo.co/v1");
    expect(checkBaseUrl("http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010");
  });

  it.each([
    "https://user:secret@api.vivamo.co/v1",
    "https://api.vivamo.co/v1?x=1",
    "https://api.vivamo.co/v1#top",
  ])("refuses credentials, a query or a fragment in %s", (url) => {
    expect(() => checkBaseUrl(url)).toThrow(VivamoError);
  });

  it.each([
    new URL("http://api.vivamo.co/v1"),
    42,
    {},
    "http://api.vivamo.co/v1",
    "http://10.0.0.1:4010",
    "http://127.0.0.1.evil.example",
    "http://localhost.evil.example",
    "http://127.0.0.1@evil.example",
    "ftp://api.vivamo.co",
    "api.vivamo.co/v1",
    "",
    undefined,
  ])("refuses %s", (url) => {
    expect(() => checkBaseUrl(url)).toThrow(VivamoError);
    expect(() => checkBaseUrl(url)).toThrow(/^Invalid baseUrl .*https:\/\/.*loopback/);
  });
});

describe("pathSerializer", () => {
  const path = "https://api.vivamo.co/v1/customers/{externalCustomerId}/kyc-info";
  const url = (value: unknown) => pathSerializer(path, { externalCustomerId: value });

  it.each([
    ["demo-user", "demo-user"],
    ["a/b", "a%2Fb"],
    ["a?b=c", "a%3Fb%3Dc"],
    ["a#b", "a%23b"],
    ["../admin", "..%2Fadmin"],
    ["%2e%2e", "%252e%252e"],
    ["...", "..."],
    ["naïve user", "na%C3%AFve%20user"],
    [42, "42"],
    [true, "true"],
  ])("encodes %j as the single segment %s", (value, segment) => {
    const result = url(value);
    expect(result).toBe(path.replace("{externalCustomerId}", segment));
    // The URL parser keeps it as one segment: the path stays /v1/customers/<one>/kyc-info.
    const parsed = new URL(result).pathname.split("/");
    expect(parsed).toHaveLength(5);
    expect(parsed.slice(0, 3)).toEqual(["", "v1", "customers"]);
    expect(parsed[4]).toBe("kyc-info");
  });

  it.each(["", ".", "..", undefined, null, {}, ["a"], "\uD800", NaN, Infinity])(
    "refuses %j",
    (value) => {
      expect(() => url(value)).toThrow(VivamoError);
      expect(() => url(value)).toThrow(
        /path parameter externalCustomerId must be a non-empty string/,
      );
    },
  );
});

describe("querySerializer", () => {
  it("serializes like openapi-fetch", () => {
    expect(querySerializer({ page: 2, size: 50 })).toBe("page=2&size=50");
    expect(querySerializer({ page: undefined, q: "a b&c" })).toBe("q=a%20b%26c");
  });

  it.each([
    { page: 1, size: 100 },
    { q: "a b&c=d/é", empty: "", n: 0, yes: true, skipped: null, gone: undefined },
    { ids: ["a", "b c"], none: [] },
    { filter: { status: "pending", "a b": "x&y" } },
  ])("matches openapi-fetch's default querySerializer for %j", (query) => {
    expect(querySerializer(query)).toBe(createQuerySerializer()(query));
  });

  it("refuses a page or size below 1, not an integer, or beyond the safe integers", () => {
    expect(() => querySerializer({ page: 0 })).toThrow("page must be an integer >= 1");
    expect(() => querySerializer({ size: 2.5 })).toThrow("size must be an integer >= 1");
    expect(() => querySerializer({ page: 1e21 })).toThrow("page must be an integer >= 1");
    expect(() => querySerializer({ size: 2 ** 53 })).toThrow("size must be an integer >= 1");
  });
});

describe("retryableStatus", () => {
  it("retries 408, 409, 429 and 5xx only", () => {
    const retried = [
      200, 201, 204, 301, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504,
    ].filter(retryableStatus);
    expect(retried).toEqual([408, 409, 429, 500, 502, 503, 504]);
  });
});

describe("retryDelay", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("backs off 0.5 s x 2^n, capped at 8 s, with up to 25 % jitter", () => {
    for (const [attempt, base] of [
      [0, 500],
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
      [5, 8000],
      [12, 8000],
    ]) {
      for (let i = 0; i < 50; i++) {
        const wait = retryDelay(attempt!, 500, undefined);
        expect(wait).toBeGreaterThan(base! * 0.75 - 1e-9);
        expect(wait).toBeLessThanOrEqual(base!);
      }
    }
  });

  it("honours Retry-After in seconds, retry-after-ms, and an HTTP date", () => {
    expect(retryDelay(0, 500, headers({ "retry-after": "3" }))).toBe(3000);
    expect(retryDelay(0, 500, headers({ "retry-after": "0" }))).toBe(0);
    expect(retryDelay(3, 500, headers({ "retry-after-ms": "250" }))).toBe(250);
    expect(retryDelay(0, 500, headers({ "retry-after-ms": "250", "retry-after": "9" }))).toBe(250);
    const date = new Date(Date.now() + 10_000).toUTCString();
    const wait = retryDelay(0, 500, headers({ "retry-after": date }));
    expect(wait).toBeGreaterThan(8000);
    expect(wait).toBeLessThanOrEqual(10_000);
  });

  it("ignores Retry-After outside 0-60 s or unparsable, and falls back to the backoff", () => {
    for (const value of ["61", "-1", "soon", new Date(Date.now() - 5000).toUTCString()]) {
      const wait = retryDelay(0, 500, headers({ "retry-after": value }));
      expect(wait, value).toBeGreaterThanOrEqual(375);
      expect(wait, value).toBeLessThanOrEqual(500);
    }
    expect(retryDelay(1, 500, headers({ "retry-after-ms": "90000" }))).toBeLessThanOrEqual(1000);
  });
});

describe("neverSent", () => {
  const fetchFailed = (code: string) =>
    Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error(code), { code }),
    });

  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"])(
    "is true for %s anywhere in the cause chain",
    (code) => {
      expect(neverSent(fetchFailed(code))).toBe(true);
      expect(neverSent({ code })).toBe(true);
    },
  );

  it.each(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE", "ETIMEDOUT"])(
    "is false for %s: the request may have reached the server",
    (code) => {
      expect(neverSent(fetchFailed(code))).toBe(false);
    },
  );

  it("is false when nothing says so", () => {
    expect(neverSent(new TypeError("Failed to fetch"))).toBe(false);
    expect(neverSent(undefined)).toBe(false);
    expect(neverSent("boom")).toBe(false);
  });
});

describe("requireBody, as the generated methods call it", () => {
  it.each([
    [{ a: 1 }, "body", "object", null],
    [[], "body", "object", "body must be an object, got array (op)"],
    [undefined, "body", "object", "body must be an object, got undefined (op)"],
    [false, "verify", "boolean", null],
    ["yes", "verify", "boolean", 'verify must be a boolean, got string "yes" (op)'],
    ["", "ip", "string", 'ip must be a non-empty string, got string "" (op)'],
    [true, "body", "boolean", null],
    [1, "body", "boolean", "body must be a boolean, got number 1 (op)"],
    [false, "verify", undefined, null],
    [undefined, "verify", undefined, "verify is required, got undefined (op)"],
    [Infinity, "amount", "number", "amount must be a finite number, got number Infinity (op)"],
  ] as const)("requireBody(%j, op, %j, %j)", (value, what, kind, message) => {
    const call = () => requireBody(value, "op", what, kind);
    if (message === null) expect(call).not.toThrow();
    else expect(call).toThrow(new VivamoError(message));
  });
});
