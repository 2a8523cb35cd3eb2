// The resource methods, one by one, with an injected fake fetch: the request each one sends
// (method, URL, body), what it returns, the typed errors, path encoding, refused arguments,
// per-request options, and the retry rule (a POST or PATCH that may have reached the server is
// never sent twice). The methods, their requests and fixtures are the spec's own (its operations
// and examples, read by @vivamo/spec-model); only the hand-written helpers (approve/reject) are
// listed here.
import { deref } from "@vivamo/spec-tools/bundled";
import { planResources } from "../scripts/render-resources.mjs";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoError,
  VivamoTimeoutError,
  type RequestOptions,
  type VivamoClient,
  type VivamoPromise,
} from "../src/index.js";
import {
  callMethod,
  exampleBody,
  exampleResponse,
  fakeFetch,
  json,
  makeClient,
  specCalls,
  specOperations,
} from "./helpers.js";

type Case = {
  /** `resource.method` */
  name: string;
  operationId: string;
  call: (vivamo: VivamoClient, options?: RequestOptions) => VivamoPromise<unknown>;
  method: string;
  /** The expected path, after the base URL's /v1. */
  path: string;
  /** The expected query parameters. */
  query: Record<string, string>;
  /** The expected JSON body, if any. */
  body?: unknown;
};

const calls = specCalls();
const fromSpec: Case[] = calls.map((c) => ({
  name: c.name,
  operationId: c.operation.operationId,
  call: (vivamo, options) => callMethod(c.name)(vivamo, [...c.args, options]),
  method: c.operation.method,
  path: c.path,
  query: c.query,
  ...(c.body === undefined ? {} : { body: c.body }),
}));

// What the spec cannot say: approve and reject are proceed(id, true / false).
const disbursementId = "6851c0a94a1c2d0012ab35f2";
const handWritten: Case[] = [
  {
    name: "disbursements.approve",
    operationId: "proceedWithDisbursement",
    call: (v, o) => v.disbursements.approve(disbursementId, o),
    method: "POST",
    path: `/disbursements/${disbursementId}/proceed/true`,
    query: {},
  },
  {
    name: "disbursements.reject",
    operationId: "proceedWithDisbursement",
    call: (v, o) => v.disbursements.reject(disbursementId, o),
    method: "POST",
    path: `/disbursements/${disbursementId}/proceed/false`,
    query: {},
  },
];
const cases = [...fromSpec, ...handWritten];
const createPaymentIntent = exampleBody("createPaymentIntent");

const unsafe = cases.filter((c) => c.method !== "GET");
const safe = cases.filter((c) => c.method === "GET");

it("reads a method for every operation of the spec", () => {
  expect(fromSpec.map((c) => c.operationId)).toEqual(Object.keys(specOperations));
  expect(fromSpec.length).toBeGreaterThan(0);
});

it("covers every resource method of the client", () => {
  // The paged lists' pages() / listAll(), as the generator names them, are test/paginate.test.ts's.
  const paged = [...planResources(Object.values(specOperations)).values()]
    .flat()
    .flatMap(({ resource, paging }) =>
      paging ? [`${resource}.${paging.pagesName}`, `${resource}.${paging.allName}`] : [],
    );
  const vivamo = makeClient(fakeFetch(() => json({})));
  const methods = Object.entries(vivamo).flatMap(([resource, value]) =>
    typeof value === "object" && value
      ? Object.keys(value).map((name) => `${resource}.${name}`)
      : [],
  );
  expect([...cases.map((c) => c.name), ...paged].sort()).toEqual(methods.sort());
});

describe.each(cases)("$name", (c) => {
  const ok = () => json(exampleResponse(c.operationId));

  it(`sends ${c.method} ${c.path} and resolves with the parsed body`, async () => {
    const fetch = fakeFetch(ok);
    const result = await c.call(makeClient(fetch));
    expect(result).toEqual(exampleResponse(c.operationId));
    expect(fetch.requests).toHaveLength(1);
    const [request] = fetch.requests;
    expect(request!.method).toBe(c.method);
    const url = new URL(request!.url);
    expect(url.origin + url.pathname).toBe(`https://api.vivamo.co/v1${c.path}`);
    expect(Object.fromEntries(url.searchParams)).toEqual(c.query);
    expect(request!.headers.get("authorization")).toMatch(/^Bearer sk_test_/);
    if (c.body === undefined) {
      expect(await request!.text()).toBe("");
    } else {
      expect(request!.headers.get("content-type")).toBe("application/json");
      expect(await request!.json()).toEqual(c.body);
    }
  });

  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
    [409, ConflictError],
  ])("throws the typed error for a %i, with body and request id", async (status, Class) => {
    const body = { message: `Failure ${status}`, errors: [{ field: "is wrong" }] };
    const fetch = fakeFetch(() => json(body, status, { "x-request-id": "req_9" }));
    const error = await c.call(makeClient(fetch, { maxRetries: 0 })).catch((e) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({
      status,
      body,
      requestId: "req_9",
      message: `${status} Failure ${status} (request id req_9)`,
    });
  });

  it("sends the per-request headers", async () => {
    const fetch = fakeFetch(ok);
    await c.call(makeClient(fetch), { headers: { "x-trace-id": "t-1" }, timeoutMs: 5_000 });
    expect(fetch.requests[0]!.headers.get("x-trace-id")).toBe("t-1");
  });

  it.each([
    ["baseUrl", "http://127.0.0.1:1"],
    ["fetch", () => Promise.resolve(new Response("{}"))],
    ["timeout", 5_000],
    ["retries", 0],
  ])("refuses the unknown request option %s, naming it, before sending", async (name, value) => {
    const fetch = fakeFetch(ok);
    const error = await c.call(makeClient(fetch), { [name]: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Unknown request option "${name}": request options are signal, timeoutMs,`),
    );
    expect(fetch.requests).toHaveLength(0);
  });

  it("withResponse() adds the response and the request id; asResponse() gives the response, unread", async () => {
    const expected = exampleResponse(c.operationId);
    const fetch = fakeFetch(() => json(expected, 200, { "x-request-id": "req_42" }));
    const vivamo = makeClient(fetch);
    const { data, response, requestId } = await c.call(vivamo).withResponse();
    expect(data).toEqual(expected);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_42");
    expect(requestId).toBe("req_42");
    const raw = await c.call(vivamo).asResponse();
    expect(raw.status).toBe(200);
    expect(raw.bodyUsed).toBe(false);
    expect(await raw.json()).toEqual(expected);
    // Plain await still gives the body; the three are one request each.
    expect(await c.call(vivamo)).toEqual(expected);
    expect(fetch.requests).toHaveLength(3);
  });

  it("withResponse() and asResponse() reject with the call's own typed error", async () => {
    const fetch = fakeFetch(() => json({ message: "nope" }, 404, { "x-request-id": "req_7" }));
    const vivamo = makeClient(fetch);
    await expect(c.call(vivamo).withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await expect(c.call(vivamo).asResponse()).rejects.toMatchObject({
      status: 404,
      requestId: "req_7",
    });
  });

  it("times out per request and rejects with the caller's abort reason", async () => {
    const hanging = fakeFetch(() => new Promise<Response>(() => {}));
    const vivamo = makeClient(hanging, { maxRetries: 0 });
    await expect(c.call(vivamo, { timeoutMs: 15 })).rejects.toThrow(
      new RegExp(`^${c.method} /.* timed out after 15 ms$`),
    );
    const reason = new Error("stop");
    await expect(c.call(vivamo, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(hanging.requests).toHaveLength(1);
  });
});

describe("the retry rule", () => {
  const refused = () =>
    Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), {
        code: "ECONNREFUSED",
      }),
    });
  const reset = () =>
    Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
    });

  describe.each(unsafe)("$name ($method): never sent twice once it may have arrived", (c) => {
    it.each([
      [408, VivamoApiError],
      [409, ConflictError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
    ])("a %i is not retried", async (status, Class) => {
      const fetch = fakeFetch(() => json({ message: "x" }, status, { "retry-after": "0" }));
      await expect(c.call(makeClient(fetch, { maxRetries: 3 }))).rejects.toBeInstanceOf(Class);
      expect(fetch.requests).toHaveLength(1);
    });

    it("a timeout is not retried", async () => {
      const fetch = fakeFetch(() => new Promise<Response>(() => {}));
      const error = await c.call(makeClient(fetch, { timeoutMs: 15 })).catch((e) => e);
      expect(error).toBeInstanceOf(VivamoTimeoutError);
      expect(fetch.requests).toHaveLength(1);
    });

    it("a reset connection is not retried", async () => {
      const fetch = fakeFetch(() => {
        throw reset();
      });
      const error: any = await c.call(makeClient(fetch)).catch((e) => e);
      expect(error).toBeInstanceOf(VivamoConnectionError);
      expect(error.code).toBe("ECONNRESET");
      expect(fetch.requests).toHaveLength(1);
    });

    it("a refused connection (it never arrived) is retried", async () => {
      const fetch = fakeFetch((_, n) => {
        if (n < 3) throw refused();
        return json(exampleResponse(c.operationId));
      });
      await expect(c.call(makeClient(fetch))).resolves.toEqual(exampleResponse(c.operationId));
      expect(fetch.requests).toHaveLength(3);
    });
  });

  describe.each(safe)("$name (GET): retried", (c) => {
    it("after a 503 and a timeout", async () => {
      const fetch = fakeFetch((_, n) => {
        if (n === 1) return json({ message: "busy" }, 503);
        if (n === 2) return new Promise<Response>(() => {}); // times out
        return json(exampleResponse(c.operationId));
      });
      const result = await c.call(makeClient(fetch, { timeoutMs: 30 }));
      expect(result).toEqual(exampleResponse(c.operationId));
      expect(fetch.requests).toHaveLength(3);
    });

    it("as often as maxRetries says, per request", async () => {
      const fetch = fakeFetch(() => json({ message: "busy" }, 503));
      const vivamo = makeClient(fetch);
      await expect(c.call(vivamo, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
      expect(fetch.requests).toHaveLength(1);
    });
  });
});

describe("path parameters are always one encoded segment", () => {
  // Every string path parameter of every operation, the others set to their examples; and the
  // hand-written helpers' one parameter.
  type PathCase = [string, (v: VivamoClient, value: string) => Promise<unknown>, string];
  const withPath: PathCase[] = [
    ...calls.flatMap(({ name, operation, args }) =>
      operation.pathParams.flatMap((parameter, index) => {
        if (deref(parameter.schema)?.type !== "string") return [];
        const template = operation.path.replace(/\{([^{}]+)\}/g, (_, other: string) =>
          other === parameter.name
            ? "{}"
            : encodeURIComponent(
                String(operation.pathParams.find((p) => p.name === other)?.example),
              ),
        );
        const call = (v: VivamoClient, value: string) =>
          callMethod(name)(
            v,
            args.map((arg, i) => (i === index ? value : arg)),
          );
        return [[`${name} (${parameter.name})`, call, `/v1${template}`] satisfies PathCase];
      }),
    ),
    [
      "disbursements.approve",
      (v, x) => v.disbursements.approve(x),
      "/v1/disbursements/{}/proceed/true",
    ],
    [
      "disbursements.reject",
      (v, x) => v.disbursements.reject(x),
      "/v1/disbursements/{}/proceed/false",
    ],
  ];
  expect(withPath.length).toBeGreaterThan(0);

  describe.each(withPath)("%s", (_, call, template) => {
    it.each([
      ["a/b", "a%2Fb"],
      ["../x", "..%2Fx"],
      ["../../operators/webhooks", "..%2F..%2Foperators%2Fwebhooks"],
      ["?x", "%3Fx"],
      ["x?admin=1", "x%3Fadmin%3D1"],
      ["#", "%23"],
      ["%2e%2e", "%252e%252e"],
      ["a b", "a%20b"],
      [disbursementId, disbursementId],
    ])("%j is sent as the segment %s", async (value, segment) => {
      const fetch = fakeFetch(() => json({}));
      await call(makeClient(fetch), value);
      const url = new URL(fetch.requests[0]!.url);
      expect(url.pathname).toBe(template.replace("{}", segment));
      expect(url.search).toBe("");
      expect(url.hash).toBe("");
    });

    it.each(["", ".", ".."])("%j is refused before any request", async (value) => {
      const fetch = fakeFetch(() => json({}));
      const error: any = await call(makeClient(fetch), value).catch((e) => e);
      expect(error).toBeInstanceOf(VivamoError);
      expect(error.message).toMatch(/^path parameter \w+ must be a non-empty string/);
      expect(fetch.requests).toHaveLength(0);
    });
  });
});

describe("bad arguments are refused before any request", () => {
  const refuses = async (call: (v: VivamoClient) => Promise<unknown>, message: string | RegExp) => {
    const fetch = fakeFetch(() => json({}));
    const vivamo = makeClient(fetch);
    let pending: Promise<unknown> | undefined;
    expect(() => (pending = call(vivamo))).not.toThrow(); // rejects, never throws synchronously
    const error: any = await pending!.catch((e) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error).not.toBeInstanceOf(VivamoApiError);
    expect(error.message).toMatch(message);
    expect(fetch.requests).toHaveLength(0);
  };

  it.each([
    [
      "",
      'path parameter externalCustomerId must be a non-empty string other than "." and "..", got string ""',
    ],
    [undefined, /^path parameter externalCustomerId must be .*, got undefined$/],
    [null, /^path parameter externalCustomerId must be .*, got null$/],
    [{ id: "x" }, /, got object$/],
  ])("customers.get(%j)", async (id, message) => {
    await refuses((v) => v.customers.get(id as string), message);
  });

  it.each([
    ["yes", 'verify must be a boolean, got string "yes"'],
    [1, "verify must be a boolean, got number 1"],
    [undefined, "verify must be a boolean, got undefined"],
    [null, "verify must be a boolean, got null"],
  ])("customers.verifyKyc(id, type, %j)", async (verify, message) => {
    await refuses(
      (v) => v.customers.verifyKyc("demo-user", "proof_of_id", verify as unknown as boolean),
      message,
    );
  });

  it.each([
    ["", 'ip must be a non-empty string, got string ""'],
    [undefined, "ip must be a non-empty string, got undefined"],
    [{ ip: "8.8.8.8" }, "ip must be a non-empty string, got object"],
    [134744072, "ip must be a non-empty string, got number 134744072"],
  ])("geolocation.check(%j)", async (ip, message) => {
    await refuses((v) => v.geolocation.check(ip as string), message);
  });

  // Every operation whose whole body is a required argument.
  const bodies: Array<[string, (v: VivamoClient, body: unknown) => Promise<unknown>]> = calls
    .filter(({ operation }) => operation.requestBody?.required && !operation.requestBody.field)
    .map(({ name, operation, args }) => {
      const index = operation.pathParams.length;
      const call = (v: VivamoClient, body: unknown) =>
        callMethod(name)(
          v,
          args.map((arg, i) => (i === index ? body : arg)),
        );
      return [name, call];
    });
  expect(bodies.length).toBeGreaterThan(0);
  describe.each(bodies)("%s", (_, call) => {
    it.each([undefined, null, "{}", 42, true])("refuses the body %j", async (body) => {
      await refuses((v) => call(v, body), /^body must be an object, got /);
    });
  });

  it("refuses bad options too", async () => {
    await refuses(
      (v) => v.customers.get("demo-user", { timeoutMs: 0 }),
      "timeoutMs must be an integer >= 1, got number 0",
    );
    await refuses(
      (v) => v.paymentIntents.create(createPaymentIntent, { maxRetries: -1 }),
      "maxRetries must be an integer >= 0, got number -1",
    );
  });
});
