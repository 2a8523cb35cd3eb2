// The resource methods, one by one, with an injected fake fetch: the request each one sends
// (method, URL, body), what it returns, the typed errors, path encoding, refused arguments,
// per-request options, and the retry rule (a POST or PATCH that may have reached the server is
// never sent twice). Fixtures are the spec's own examples.
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
import { exampleBody, exampleResponse, fakeFetch, json, makeClient } from "./helpers.js";

type Case = {
  /** `resource.method` */
  name: string;
  operationId: string;
  call: (vivamo: VivamoClient, options?: RequestOptions) => VivamoPromise<unknown>;
  method: "GET" | "POST" | "PATCH";
  /** The expected path, after the base URL's /v1. */
  path: string;
  /** The expected JSON body, if any. */
  body?: unknown;
};

const createCustomer = exampleBody("createCustomer");
const createPaymentIntent = exampleBody("createPaymentIntent");
const createDisbursementIntent = exampleBody("createDisbursementIntent");
const registerWebhook = exampleBody("registerWebhook");
const updateWebhook = exampleBody("updateWebhook");

const cases: Case[] = [
  {
    name: "customers.list",
    operationId: "listCustomers",
    call: (v, o) => v.customers.list({ page: 2, size: 5 }, o),
    method: "GET",
    path: "/customers?page=2&size=5",
  },
  {
    name: "customers.get",
    operationId: "getCustomer",
    call: (v, o) => v.customers.get("demo-user", o),
    method: "GET",
    path: "/customers/demo-user",
  },
  {
    name: "customers.create",
    operationId: "createCustomer",
    call: (v, o) => v.customers.create(createCustomer, o),
    method: "POST",
    path: "/customers",
    body: createCustomer,
  },
  {
    name: "customers.kycInfo",
    operationId: "getCustomerKycInfo",
    call: (v, o) => v.customers.kycInfo("demo-user", o),
    method: "GET",
    path: "/customers/demo-user/kyc-info",
  },
  {
    name: "customers.kycForReview",
    operationId: "listCustomersForKycReview",
    call: (v, o) => v.customers.kycForReview(o),
    method: "GET",
    path: "/customers/kyc-for-review",
  },
  {
    name: "customers.verifyKyc",
    operationId: "verifyCustomerKyc",
    call: (v, o) => v.customers.verifyKyc("demo-user", "proof_of_id", false, o),
    method: "POST",
    path: "/customers/demo-user/kyc-verify/proof_of_id",
    body: { verify: false },
  },
  {
    name: "paymentIntents.create",
    operationId: "createPaymentIntent",
    call: (v, o) => v.paymentIntents.create(createPaymentIntent, o),
    method: "POST",
    path: "/payment-intents",
    body: createPaymentIntent,
  },
  {
    name: "paymentIntents.status",
    operationId: "getPaymentIntentStatus",
    call: (v, o) => v.paymentIntents.status("671f4e90c0811b1056da1653", o),
    method: "GET",
    path: "/payment-intents/671f4e90c0811b1056da1653/status",
  },
  {
    name: "disbursementIntents.create",
    operationId: "createDisbursementIntent",
    call: (v, o) => v.disbursementIntents.create(createDisbursementIntent, o),
    method: "POST",
    path: "/disbursement-intents",
    body: createDisbursementIntent,
  },
  {
    name: "disbursementIntents.status",
    operationId: "getDisbursementIntentStatus",
    call: (v, o) => v.disbursementIntents.status("6851c0a94a1c2d0012ab35f2", o),
    method: "GET",
    path: "/disbursement-intents/6851c0a94a1c2d0012ab35f2/status",
  },
  {
    name: "disbursements.pendingValidation",
    operationId: "listPendingDisbursements",
    call: (v, o) => v.disbursements.pendingValidation(o),
    method: "GET",
    path: "/disbursements/pending-validation",
  },
  {
    name: "disbursements.proceed",
    operationId: "proceedWithDisbursement",
    call: (v, o) => v.disbursements.proceed("6851c0a94a1c2d0012ab35f2", true, o),
    method: "POST",
    path: "/disbursements/6851c0a94a1c2d0012ab35f2/proceed/true",
  },
  {
    name: "disbursements.approve",
    operationId: "proceedWithDisbursement",
    call: (v, o) => v.disbursements.approve("6851c0a94a1c2d0012ab35f2", o),
    method: "POST",
    path: "/disbursements/6851c0a94a1c2d0012ab35f2/proceed/true",
  },
  {
    name: "disbursements.reject",
    operationId: "proceedWithDisbursement",
    call: (v, o) => v.disbursements.reject("6851c0a94a1c2d0012ab35f2", o),
    method: "POST",
    path: "/disbursements/6851c0a94a1c2d0012ab35f2/proceed/false",
  },
  {
    name: "webhooks.register",
    operationId: "registerWebhook",
    call: (v, o) => v.webhooks.register(registerWebhook, o),
    method: "POST",
    path: "/operators/webhooks",
    body: registerWebhook,
  },
  {
    name: "webhooks.update",
    operationId: "updateWebhook",
    call: (v, o) => v.webhooks.update("6851d0f24a1c2d0012ab3702", updateWebhook, o),
    method: "PATCH",
    path: "/operators/webhooks/6851d0f24a1c2d0012ab3702",
    body: updateWebhook,
  },
  {
    name: "geolocation.check",
    operationId: "checkGeolocation",
    call: (v, o) => v.geolocation.check("8.8.8.8", o),
    method: "POST",
    path: "/operators/check-geolocation",
    body: { ip: "8.8.8.8" },
  },
];
const unsafe = cases.filter((c) => c.method !== "GET");
const safe = cases.filter((c) => c.method === "GET");

it("covers every resource method of the client", () => {
  const vivamo = makeClient(fakeFetch(() => json({})));
  const methods = Object.entries(vivamo).flatMap(([resource, value]) =>
    typeof value === "object" && value
      ? Object.keys(value)
          .filter((name) => name !== "pages" && name !== "listAll") // test/paginate.test.ts
          .map((name) => `${resource}.${name}`)
      : [],
  );
  expect(cases.map((c) => c.name).sort()).toEqual(methods.sort());
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
    expect(request!.url).toBe(`https://api.vivamo.co/v1${c.path}`);
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
  const id = "6851c0a94a1c2d0012ab35f2";
  const withPath: Array<[string, (v: VivamoClient, value: string) => Promise<unknown>, string]> = [
    ["customers.get", (v, x) => v.customers.get(x), "/v1/customers/{}"],
    ["customers.kycInfo", (v, x) => v.customers.kycInfo(x), "/v1/customers/{}/kyc-info"],
    [
      "customers.verifyKyc (externalCustomerId)",
      (v, x) => v.customers.verifyKyc(x, "proof_of_id", true),
      "/v1/customers/{}/kyc-verify/proof_of_id",
    ],
    [
      "customers.verifyKyc (type)",
      (v, x) => v.customers.verifyKyc("demo-user", x as "proof_of_id", true),
      "/v1/customers/demo-user/kyc-verify/{}",
    ],
    [
      "paymentIntents.status",
      (v, x) => v.paymentIntents.status(x),
      "/v1/payment-intents/{}/status",
    ],
    [
      "disbursementIntents.status",
      (v, x) => v.disbursementIntents.status(x),
      "/v1/disbursement-intents/{}/status",
    ],
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
    ["webhooks.update", (v, x) => v.webhooks.update(x, {}), "/v1/operators/webhooks/{}"],
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
      [id, id],
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

  const bodies: Array<[string, (v: VivamoClient, body: any) => Promise<unknown>]> = [
    ["customers.create", (v, b) => v.customers.create(b)],
    ["paymentIntents.create", (v, b) => v.paymentIntents.create(b)],
    ["disbursementIntents.create", (v, b) => v.disbursementIntents.create(b)],
    ["webhooks.register", (v, b) => v.webhooks.register(b)],
    ["webhooks.update", (v, b) => v.webhooks.update("6851d0f24a1c2d0012ab3702", b)],
  ];
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
