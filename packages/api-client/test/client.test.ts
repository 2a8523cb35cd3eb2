// Unit tests of the client with an injected fake fetch (no global patching, no shared state).
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoError,
  VivamoTimeoutError,
} from "../src/index.js";
import {
  customer,
  delay,
  exampleBody,
  fakeFetch,
  json,
  KEY,
  makeClient,
  pageOf,
  queryOf,
  ids,
} from "./helpers.js";

const page = pageOf(ids(3), 1, 10);
const ok = () => json(page);
const intent = exampleBody("createPaymentIntent");

describe("createVivamoClient", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("sends the key as a bearer token to production by default", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = createVivamoClient({ apiKey: KEY, fetch });
    await expect(vivamo.customers.list({ page: 2, size: 50 })).resolves.toEqual(page);
    const [request] = fetch.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url).toBe("https://api.vivamo.co/v1/customers?page=2&size=50");
    expect(request!.headers.get("authorization")).toBe(`Bearer ${KEY}`);
  });

  it("targets the sandbox, or any https/loopback baseUrl", async () => {
    const fetch = fakeFetch(ok);
    await createVivamoClient({ apiKey: KEY, fetch, environment: "sandbox" }).customers.list();
    await createVivamoClient({
      apiKey: KEY,
      fetch,
      baseUrl: "http://127.0.0.1:4010",
    }).customers.list();
    await createVivamoClient({
      apiKey: KEY,
      fetch,
      baseUrl: "https://proxy.example/v1/",
    }).customers.list();
    expect(fetch.requests.map((r) => r.url)).toEqual([
      "https://api.test.vivamo.co/v1/customers",
      "http://127.0.0.1:4010/customers",
      "https://proxy.example/v1/customers",
    ]);
  });

  it("reads VIVAMO_API_KEY when no apiKey is given", async () => {
    vi.stubEnv("VIVAMO_API_KEY", "sk_from_env");
    const fetch = fakeFetch(ok);
    await createVivamoClient({ fetch }).customers.list();
    expect(fetch.requests[0]!.headers.get("authorization")).toBe("Bearer sk_from_env");
  });

  it("refuses to start without a key, and says how to fix it", () => {
    vi.stubEnv("VIVAMO_API_KEY", undefined);
    expect(() => createVivamoClient()).toThrow(VivamoError);
    expect(() => createVivamoClient()).toThrow(/apiKey.*VIVAMO_API_KEY/);
    expect(() => createVivamoClient({ apiKey: "" })).toThrow(VivamoError);
  });

  it.each(["sk_with space", "sk_line\nbreak", 'sk_"quoted"', "sk_back\\slash", "sk_é"])(
    "refuses a malformed key (%j) without echoing it",
    (apiKey) => {
      let error: unknown;
      try {
        createVivamoClient({ apiKey });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(VivamoError);
      expect(inspect(error)).not.toContain(apiKey);
    },
  );

  it("refuses an unknown environment and plain http to a remote host, before any request", () => {
    const fetch = fakeFetch(ok);
    // @ts-expect-error: not an environment
    expect(() => createVivamoClient({ apiKey: KEY, fetch, environment: "staging" })).toThrow(
      /environment "production" or "sandbox"/,
    );
    expect(() =>
      createVivamoClient({ apiKey: KEY, fetch, baseUrl: "http://api.vivamo.co/v1" }),
    ).toThrow(/https:\/\//);
    expect(() => createVivamoClient({ apiKey: KEY, fetch, baseUrl: "http://192.168.1.2" })).toThrow(
      VivamoError,
    );
    expect(fetch.requests).toHaveLength(0);
  });

  it("applies the same https rule to a per-request baseUrl", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    await expect(vivamo.GET("/customers", { baseUrl: "http://evil.example" })).rejects.toThrow(
      VivamoError,
    );
    expect(fetch.requests).toHaveLength(0);
  });

  it("keeps the key out of the client object", () => {
    const vivamo = makeClient(fakeFetch(ok));
    expect(inspect(vivamo, { depth: 5, showHidden: true })).not.toContain(KEY);
  });
});

describe("typed raw calls", () => {
  it("GET returns openapi-fetch's { data, error, response }", async () => {
    const fetch = fakeFetch((_, n) => (n === 1 ? ok() : json({ message: "Bad Request" }, 400)));
    const vivamo = makeClient(fetch);
    const first = await vivamo.GET("/customers", { params: { query: { page: 2 } } });
    expect(first.data).toEqual(page);
    expect(first.error).toBeUndefined();
    expect(first.response.status).toBe(200);
    const second = await vivamo.GET("/customers");
    expect(second.data).toBeUndefined();
    expect(second.error).toEqual({ message: "Bad Request" });
    expect(queryOf(fetch.requests[0]!)).toEqual({ page: "2" });
  });

  it("request(method, path) is the same call", async () => {
    const fetch = fakeFetch(ok);
    const { data } = await makeClient(fetch).request("get", "/customers");
    expect(data).toEqual(page);
  });

  it("keeps openapi-fetch middleware for the caller's own hooks", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    const seen: string[] = [];
    const middleware = {
      onRequest({ request }: { request: Request }) {
        request.headers.set("x-trace-id", "trace-1");
        seen.push(`request ${request.method} ${new URL(request.url).pathname}`);
      },
      onResponse({ response }: { response: Response }) {
        seen.push(`response ${response.status}`);
      },
    };
    vivamo.use(middleware);
    await vivamo.customers.list();
    vivamo.eject(middleware);
    await vivamo.customers.list();
    expect(seen).toEqual(["request GET /v1/customers", "response 200"]);
    expect(fetch.requests[0]!.headers.get("x-trace-id")).toBe("trace-1");
    expect(fetch.requests[1]!.headers.get("x-trace-id")).toBeNull();
  });

  it("runs middleware for every attempt, retries included", async () => {
    const fetch = fakeFetch((_, n) => (n === 1 ? json({ message: "busy" }, 503) : ok()));
    const vivamo = makeClient(fetch);
    const statuses: number[] = [];
    vivamo.use({ onResponse: ({ response }) => void statuses.push(response.status) });
    await vivamo.customers.list();
    expect(statuses).toEqual([503, 200]);
  });
});

describe("errors", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, VivamoApiError],
  ])("%i becomes %o with status, message, body, headers and request id", async (status, Class) => {
    const body = {
      message: `Failure ${status}`,
      errors: [{ min: "page must not be less than 1" }],
    };
    const fetch = fakeFetch(() => json(body, status, { "x-request-id": "req_42" }));
    const error = await makeClient(fetch, { maxRetries: 0 })
      .customers.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect(error).toBeInstanceOf(VivamoError);
    const apiError = error as VivamoApiError;
    expect(apiError.name).toBe(Class.name);
    expect(apiError.status).toBe(status);
    expect(apiError.message).toBe(`${status} Failure ${status} (request id req_42)`);
    expect(apiError.body).toEqual(body);
    expect(apiError.requestId).toBe("req_42");
    expect(apiError.headers.get("content-type")).toBe("application/json");
  });

  it("a non-JSON error page keeps the status and the HTTP reason", async () => {
    const fetch = fakeFetch(
      () =>
        new Response("<html><body>Bad gateway</body></html>", {
          status: 502,
          statusText: "Bad Gateway",
        }),
    );
    const error = await makeClient(fetch, { maxRetries: 0 })
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 502, message: "502 Bad Gateway", body: undefined });
  });

  it.each([
    ["truncated JSON", '{"customers": [{"externalCus'],
    ["HTML", "<html>maintenance</html>"],
    ["empty", ""],
  ])("a 200 with a %s body is a VivamoApiError, never a SyntaxError", async (_, text) => {
    const fetch = fakeFetch(() => new Response(text, { status: 200 }));
    const vivamo = makeClient(fetch);
    const error = await vivamo.customers.list().catch((e) => e);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({
      status: 200,
      message: expect.stringContaining("not valid JSON"),
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("the raw GET also turns a bad 2xx body into a VivamoApiError", async () => {
    const fetch = fakeFetch(() => new Response("{", { status: 200 }));
    await expect(makeClient(fetch).GET("/customers")).rejects.toBeInstanceOf(VivamoApiError);
  });

  it("the raw GET resolves an empty 204 to undefined data", async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 204 }));
    const { data, response } = await makeClient(fetch).GET("/customers");
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
  });
});

describe("the API key never leaks", () => {
  const leaks = (value: unknown) => {
    const text = [
      inspect(value, { depth: 10, showHidden: true }),
      JSON.stringify(value),
      String(value),
    ];
    return text.some((t) => t?.includes(KEY));
  };

  it("not from an error response that echoes the Authorization header", async () => {
    const fetch = fakeFetch((request) =>
      json(
        {
          message: `invalid token ${request.headers.get("authorization")}`,
          errors: [{ auth: KEY }],
        },
        403,
        { "x-echo-authorization": request.headers.get("authorization")! },
      ),
    );
    const logs: string[] = [];
    const error = await makeClient(fetch)
      .customers.list()
      .catch((e) => e);
    logs.push(inspect(error), `${error}`, JSON.stringify(error));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toBe("403 invalid token Bearer [redacted]");
    expect(error.headers.get("x-echo-authorization")).toBe("Bearer [redacted]");
    expect(leaks(error)).toBe(false);
    expect(logs.join("\n")).not.toContain(KEY);
  });

  it("not from a fetch that throws an error carrying the request and its headers", async () => {
    const fetch = fakeFetch((request) => {
      throw Object.assign(
        new Error(`request to ${request.url} with ${request.headers.get("authorization")} failed`),
        {
          request,
          config: { headers: { Authorization: `Bearer ${KEY}` } },
          cause: Object.assign(new Error(`socket hang up (${KEY})`), { code: "ECONNRESET" }),
        },
      );
    });
    const error = await makeClient(fetch)
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoConnectionError);
    expect(error.code).toBe("ECONNRESET");
    expect(error.message).toContain("Bearer [redacted]");
    expect(leaks(error)).toBe(false);
    expect(fetch.requests).toHaveLength(3); // a GET is retried
  });

  it("not from timeouts, validation errors or middleware logs", async () => {
    const logged: string[] = [];
    const vivamo = makeClient(
      fakeFetch(() => new Promise<Response>(() => {})),
      { timeoutMs: 20, maxRetries: 0 },
    );
    vivamo.use({
      onRequest({ request, schemaPath, options }) {
        logged.push(`${request.method} ${schemaPath} ${inspect(options)}`);
      },
    });
    const timeout = await vivamo.customers.list().catch((e) => e);
    const invalid = await vivamo.customers.list({ page: 0 }).catch((e) => e);
    expect(timeout).toBeInstanceOf(VivamoTimeoutError);
    expect(invalid).toBeInstanceOf(VivamoError);
    expect(leaks(timeout) || leaks(invalid)).toBe(false);
    expect(logged.join("\n")).not.toContain(KEY);
  });
});

describe("retries", () => {
  const statuses = (...codes: number[]) =>
    fakeFetch((_, n) => (n <= codes.length ? json({ message: "x" }, codes[n - 1]) : ok()));

  it.each([408, 409, 429, 500, 502, 503, 504])(
    "retries a GET answered %i, then succeeds",
    async (status) => {
      const fetch = statuses(status, status);
      await expect(makeClient(fetch).customers.list()).resolves.toEqual(page);
      expect(fetch.requests).toHaveLength(3);
    },
  );

  it.each([400, 401, 403, 404, 422])("does not retry %i", async (status) => {
    const fetch = statuses(status);
    await expect(makeClient(fetch).customers.list()).rejects.toBeInstanceOf(VivamoApiError);
    expect(fetch.requests).toHaveLength(1);
  });

  it("gives up after maxRetries (default 2) with the last error", async () => {
    const fetch = statuses(500, 502, 503, 504);
    const error = await makeClient(fetch)
      .customers.list()
      .catch((e) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(fetch.requests).toHaveLength(3);
  });

  it("takes maxRetries from the client and from each request", async () => {
    const client0 = statuses(500, 500, 500, 500, 500);
    await expect(makeClient(client0, { maxRetries: 0 }).customers.list()).rejects.toThrow();
    expect(client0.requests).toHaveLength(1);
    const request4 = statuses(500, 500, 500, 500);
    await expect(makeClient(request4).customers.list({}, { maxRetries: 4 })).resolves.toEqual(page);
    expect(request4.requests).toHaveLength(5);
  });

  it("waits as long as retry-after-ms / Retry-After ask", async () => {
    const fetch = fakeFetch((_, n) =>
      n === 1 ? json({ message: "slow down" }, 429, { "retry-after-ms": "150" }) : ok(),
    );
    const started = performance.now();
    await makeClient(fetch, { retryDelayMs: 0 }).customers.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140); // honoured, not a speed test
  });

  it("never retries a POST answered with an error status, or a POST that timed out", async () => {
    const answered = statuses(503, 503);
    const { response } = await makeClient(answered).POST("/payment-intents", { body: intent });
    expect(response.status).toBe(503);
    expect(answered.requests).toHaveLength(1);

    const hanging = fakeFetch(() => new Promise<Response>(() => {}));
    const error = await makeClient(hanging, { timeoutMs: 20 })
      .POST("/payment-intents", { body: intent })
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoTimeoutError);
    expect(hanging.requests).toHaveLength(1);
  });

  it("retries a POST only when the connection was refused or DNS failed", async () => {
    const failing = (code: string) =>
      fakeFetch((_, n) => {
        if (n < 3) {
          throw Object.assign(new TypeError("fetch failed"), {
            cause: Object.assign(new Error(code), { code }),
          });
        }
        return ok();
      });
    for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]) {
      const fetch = failing(code);
      const { data } = await makeClient(fetch).POST("/payment-intents", { body: intent });
      expect(data, code).toEqual(page);
      expect(fetch.requests, code).toHaveLength(3);
    }
    for (const code of ["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]) {
      const fetch = failing(code);
      const error = await makeClient(fetch)
        .POST("/payment-intents", { body: intent })
        .catch((e) => e);
      expect(error, code).toBeInstanceOf(VivamoConnectionError);
      expect(error.code, code).toBe(code);
      expect(fetch.requests, code).toHaveLength(1);
    }
  });

  it("treats PATCH like POST", async () => {
    const fetch = statuses(503, 503);
    const { response } = await makeClient(fetch).PATCH("/operators/webhooks/{webhookId}", {
      params: { path: { webhookId: "w1" } },
      body: { status: "inactive" },
    });
    expect(response.status).toBe(503);
    expect(fetch.requests).toHaveLength(1);
  });

  it("lets a raw call opt in or out with idempotent", async () => {
    const fetch = statuses(503);
    await makeClient(fetch).POST("/payment-intents", { body: intent, idempotent: true });
    expect(fetch.requests).toHaveLength(2);
    const get = statuses(503);
    await makeClient(get).GET("/customers", { idempotent: false });
    expect(get.requests).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  const hang = () => new Promise<Response>(() => {});

  it("times out each attempt after timeoutMs and retries a GET", async () => {
    const fetch = fakeFetch(hang);
    const error = await makeClient(fetch, { timeoutMs: 25 })
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoTimeoutError);
    expect(error).toBeInstanceOf(VivamoConnectionError);
    expect(error.message).toBe("GET /customers timed out after 25 ms");
    expect(fetch.requests).toHaveLength(3);
  });

  it("takes timeoutMs per request", async () => {
    const fetch = fakeFetch(hang);
    const vivamo = makeClient(fetch, { maxRetries: 0 });
    const error = await vivamo.customers.list({}, { timeoutMs: 10 }).catch((e) => e);
    expect(error.message).toContain("after 10 ms");
  });

  it("covers reading the body", async () => {
    const fetch = fakeFetch((_, __, signal) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"customers": ['));
          // ...and never more: the headers arrived, the body stalls. Like a real fetch, an abort
          // of the request's signal errors the body.
          signal?.addEventListener("abort", () => controller.error(signal.reason));
        },
      });
      return new Response(body, { status: 200 });
    });
    const error = await makeClient(fetch, { timeoutMs: 30, maxRetries: 1 })
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoTimeoutError);
    expect(fetch.requests).toHaveLength(2);
  });

  it("times out a short request even while a longer one is in flight", async () => {
    const fetch = fakeFetch(hang);
    const vivamo = makeClient(fetch, { maxRetries: 0 });
    const long = new AbortController();
    const first = vivamo.customers
      .list({}, { timeoutMs: 60_000, signal: long.signal })
      .catch((e) => e);
    const second = await vivamo.customers.list({}, { timeoutMs: 20 }).catch((e) => e);
    expect(second).toBeInstanceOf(VivamoTimeoutError);
    long.abort();
    expect(await first).toMatchObject({ name: "AbortError" });
  });

  it("accepts a timeout beyond setTimeout's 24.8-day maximum", async () => {
    const fetch = fakeFetch(() => delay(30).then(ok));
    await expect(makeClient(fetch, { timeoutMs: 1e10 }).customers.list()).resolves.toEqual(page);
  });

  it("does not keep the process alive once the requests are done", async () => {
    const { execFile } = await import("node:child_process");
    const script = `
      import { createVivamoClient } from "@vivamo/api-client";
      const vivamo = createVivamoClient({ apiKey: "sk_exit", fetch: async () => Response.json({ customers: [], total: 0, page: 1, limit: 10, totalPages: 0 }) });
      await vivamo.customers.list();
      console.log("done");`;
    const started = Date.now();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ["--input-type=module", "-e", script],
        { cwd: import.meta.dirname, timeout: 20_000 },
        (error, out) => {
          if (error) reject(new Error(error.message));
          else resolve(out);
        },
      ),
    );
    expect(stdout.trim()).toBe("done");
    expect(Date.now() - started).toBeLessThan(15_000); // not the 60 s default timeout
  });

  it("an abort by the caller stays an abort: the signal's reason is thrown, never retried", async () => {
    const fetch = fakeFetch(hang);
    const vivamo = makeClient(fetch);
    const controller = new AbortController();
    const pending = vivamo.customers.list({}, { signal: controller.signal });
    await delay(5);
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe("AbortError");
    expect(fetch.requests).toHaveLength(1);

    const reason = new Error("user navigated away");
    const custom = new AbortController();
    const second = vivamo.customers.list({}, { signal: custom.signal });
    custom.abort(reason);
    await expect(second).rejects.toBe(reason);
  });

  it("an already aborted signal sends nothing", async () => {
    const fetch = fakeFetch(ok);
    await expect(
      makeClient(fetch).customers.list({}, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.requests).toHaveLength(0);
  });

  it("an abort during the backoff wait rejects at once, with no further attempt", async () => {
    const fetch = fakeFetch(() => json({ message: "down" }, 503));
    const controller = new AbortController();
    const vivamo = makeClient(fetch, { retryDelayMs: 60_000 });
    const pending = vivamo.customers.list({}, { signal: controller.signal });
    await delay(20);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.requests).toHaveLength(1);
  });
});

describe("bad input is refused before any request", () => {
  it.each([
    [{ page: 0 }, "page must be an integer >= 1"],
    [{ page: -3 }, "page must be an integer >= 1"],
    [{ page: 1.5 }, "page must be an integer >= 1"],
    [{ size: 0 }, "size must be an integer >= 1"],
    [{ size: "50" }, 'size must be an integer >= 1, got string "50"'],
  ])("customers.list(%j)", async (query, message) => {
    const fetch = fakeFetch(ok);
    const error = await makeClient(fetch)
      .customers.list(query as { page?: number })
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error.message).toContain(message);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each([
    [{ concurrency: 0 }, "concurrency must be an integer >= 1"],
    [{ concurrency: 2.5 }, "concurrency must be an integer >= 1"],
    [{ size: -1 }, "size must be an integer >= 1"],
  ])("customers.listAll(%j) throws on the spot", (options, message) => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    expect(() => vivamo.customers.listAll(options)).toThrow(message);
    expect(() => vivamo.customers.pages(options)).toThrow(VivamoError);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each([
    [{ timeoutMs: 0 }, "timeoutMs must be an integer >= 1"],
    [{ maxRetries: -1 }, "maxRetries must be an integer >= 0"],
  ])("request option %j", async (options, message) => {
    const fetch = fakeFetch(ok);
    await expect(makeClient(fetch).customers.list({}, options)).rejects.toThrow(message);
    // As a client option, it is refused when the client is created.
    expect(() => makeClient(fetch, options)).toThrow(message);
    expect(fetch.requests).toHaveLength(0);
  });

  it.each(["timeout", "retries", "headers", "baseURL"])(
    "an unknown client option %j is refused, by name",
    (name) => {
      expect(() => createVivamoClient({ apiKey: KEY, [name]: 1 })).toThrow(
        new RegExp(
          `^Unknown createVivamoClient option "${name}": createVivamoClient options are apiKey,`,
        ),
      );
      // undefined means "the default" for every option, known or not.
      expect(() => createVivamoClient({ apiKey: KEY, [name]: undefined })).not.toThrow();
    },
  );

  it("listAll and pages refuse an unknown request option on the spot", () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    const options = { size: 10, baseUrl: "http://127.0.0.1:1" } as never;
    expect(() => vivamo.customers.listAll(options)).toThrow(
      'Unknown listAll option "baseUrl": listAll options are size, concurrency, signal, timeoutMs, maxRetries, headers',
    );
    expect(() => vivamo.customers.pages(options)).toThrow(VivamoError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("a path parameter of a raw call can never change the request path", async () => {
    const fetch = fakeFetch(() => json(customer("x")));
    const vivamo = makeClient(fetch);
    const get = (id: unknown) =>
      vivamo.GET("/customers/{externalCustomerId}", {
        params: { path: { externalCustomerId: id as string } },
      });
    for (const id of ["", ".", "..", undefined]) {
      await expect(get(id), JSON.stringify(id)).rejects.toBeInstanceOf(VivamoError);
    }
    expect(fetch.requests).toHaveLength(0);
    for (const id of ["a/b", "../../admin", "x?admin=1", "x#frag", "%2e%2e"]) await get(id);
    expect(fetch.requests.map((r) => new URL(r.url).pathname)).toEqual([
      "/v1/customers/a%2Fb",
      "/v1/customers/..%2F..%2Fadmin",
      "/v1/customers/x%3Fadmin%3D1",
      "/v1/customers/x%23frag",
      "/v1/customers/%252e%252e",
    ]);
    expect(fetch.requests.every((r) => new URL(r.url).search === "")).toBe(true);
  });
});
