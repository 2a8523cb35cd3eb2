// Round trip through the real Prism mock (started with --errors, so a response or example that
// violates the spec becomes a 500): every operation of the bundled spec is called with each of its
// own request examples, every documented status is requested with `Prefer: code=`, dynamic mode
// must produce valid data, and invalid requests must get a 400 that says what was wrong.
import { bundledSpec as spec, deref } from "@vivamo/spec-tools/bundled";
import { readOperations } from "@vivamo/spec-model/operations";
import { describe, expect, inject, it } from "vitest";

/** Every operation (the spec's one operation reader) with the URL built from its parameter examples. */
const operations = readOperations(spec).map((operation) => ({
  id: operation.operationId,
  method: operation.method,
  path: operation.path,
  url: operation.path.replace(/\{(\w+)\}/g, (_, name) =>
    encodeURIComponent(String(operation.pathParams.find((p) => p.name === name)?.example)),
  ),
  op: operation.operation,
  requestExamples: (operation.requestBody?.examples ?? []).map(({ name, value }) => [name, value]),
}));
const withBody = operations.filter((o) => o.requestExamples.length > 0);

// The shared mock of test/setup/mock.mjs (Prism with --errors).
const mock = { url: inject("mockUrl") };

/**
 * @param {{ method: string, url: string }} operation
 * @param {{ body?: unknown, prefer?: string, auth?: boolean, rawBody?: string }} [options]
 */
async function call({ method, url }, { body, prefer, auth = true, rawBody } = {}) {
  const headers = { "Content-Type": "application/json" };
  if (auth) headers.Authorization = "Bearer test-secret-key";
  if (prefer) headers.Prefer = prefer;
  const response = await fetch(mock.url + url, {
    method,
    headers,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  return {
    status: response.status,
    violations: response.headers.get("sl-violations"),
    contentType: response.headers.get("content-type"),
    json: text ? JSON.parse(text) : undefined,
  };
}

/** The body to send for a status check: the operation's first request example, if it has one. */
const firstBody = (o) => o.requestExamples[0]?.[1];

it("covers every operation of the spec, each with examples to call it with", () => {
  expect(operations.map((o) => o.id)).toContain("listCustomers");
  for (const o of operations) {
    expect(o.url, o.id).not.toMatch(/[{}]|undefined/);
    if (o.op.requestBody) {
      expect(o.requestExamples.length, `${o.id} request examples`).toBeGreaterThan(0);
    }
  }
});

describe.each(operations)("$id ($method $path)", (o) => {
  const responses = Object.entries(o.op.responses).map(([code, response]) => [
    code,
    deref(response),
  ]);

  it.each(responses)(
    "answers %s with its first example, without violations",
    async (code, response) => {
      const result = await call(o, { body: firstBody(o), prefer: `code=${code}` });
      expect(result.violations).toBeNull();
      expect(result.status).toBe(Number(code));
      expect(result.contentType).toMatch(/^application\/json/);
      const [first] = Object.values(response.content["application/json"].examples);
      expect(result.json).toEqual(deref(first).value);
    },
  );

  it("serves every named example of every status", async () => {
    for (const [code, response] of responses) {
      for (const [name, example] of Object.entries(response.content["application/json"].examples)) {
        const result = await call(o, {
          body: firstBody(o),
          prefer: `code=${code}, example=${name}`,
        });
        expect(result.violations, `${code} ${name}`).toBeNull();
        expect(result.status, `${code} ${name}`).toBe(Number(code));
        expect(result.json, `${code} ${name}`).toEqual(deref(example).value);
      }
    }
  });

  it("generates valid data in dynamic mode", async () => {
    // --errors turns a generated response that violates the schema into a 500.
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await call(o, { body: firstBody(o), prefer: "code=200, dynamic=true" });
      expect(result.violations).toBeNull();
      expect(result.status).toBe(200);
      expect(result.json).toBeDefined();
    }
  });
});

describe.each(withBody)("$id request examples", (o) => {
  it.each(o.requestExamples)("accepts the %s example", async (_, body) => {
    const result = await call(o, { body });
    expect(result.violations).toBeNull();
    expect(result.status).toBe(200);
  });
});

describe("invalid requests get a 400 naming what was wrong", () => {
  const byId = Object.fromEntries(operations.map((o) => [o.id, o]));
  const expect400 = async (o, options) => {
    const result = await call(o, options);
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      message: expect.stringMatching(/^Invalid request: /),
      errors: expect.arrayContaining([expect.any(Object)]),
    });
    expect(result.violations).toBeTruthy();
  };

  it.each(withBody)("$id refuses an unknown field", async (o) => {
    await expect400(o, { body: { ...firstBody(o), unexpectedField: true } });
  });

  // An empty body is invalid only where the body's schema requires a field (an update's fields,
  // e.g. updateWebhook's, are all optional): read from the spec, not a list of operation ids.
  const requiresAField = (o) =>
    (deref(deref(o.op.requestBody).content["application/json"].schema).required ?? []).length > 0;
  it("some operations take an empty body, some refuse it", () => {
    expect(withBody.some(requiresAField)).toBe(true);
    expect(withBody.map((o) => o.id).filter((id) => !requiresAField(byId[id]))).toContain(
      "updateWebhook",
    );
  });

  it.each(withBody.filter(requiresAField))("$id refuses an empty body", async (o) => {
    await expect400(o, { body: {} });
  });

  it.each(withBody)("$id refuses a body that is not JSON with 400", async (o) => {
    // Prism's HTTP layer rejects unparsable JSON before validating against the spec, so the body
    // is Prism's own ({ error: { code: "invalid_json" } }), not our ErrorBody.
    const result = await call(o, { rawBody: "not json" });
    expect(result.status).toBe(400);
  });

  it.each([
    ["createCustomer", { externalCustomerId: "user_123", data: { phone: "+15551234567" } }],
    ["createCustomer", { externalCustomerId: "user_123", data: { email: "not-an-email" } }],
    ["createCustomer", { externalCustomerId: 123, data: { email: "demo@vivamo.co" } }],
    ["verifyCustomerKyc", { verify: "yes" }],
    [
      "createPaymentIntent",
      {
        customer: { externalCustomerId: "demo-user" },
        paymentIntent: { amount: 100, currency: "USD", externalPaymentIntentId: "order-1" },
      },
    ],
    [
      "createPaymentIntent",
      {
        customer: { externalCustomerId: "demo-user" },
        paymentIntent: { amount: "100", currency: "USD", externalPaymentIntentId: "order-1" },
      },
    ],
    [
      "createPaymentIntent",
      {
        customer: { externalCustomerId: "demo-user" },
        paymentIntent: {
          amount: "1.00",
          currency: "USD",
          externalPaymentIntentId: "order-1",
          customData: { a: "1", b: "2", c: "3", d: "4" },
        },
      },
    ],
    [
      "createDisbursementIntent",
      {
        customer: { externalCustomerId: "demo-user" },
        disbursementIntent: { amount: "50.0", currency: "USD", externalDisbursementIntentId: "p" },
      },
    ],
    ["registerWebhook", { headers: { "X-Custom-Auth": "key" } }],
    ["registerWebhook", { url: "https://your-app.com/hook", eventTypes: ["transaction"] }],
    ["updateWebhook", { status: "paused" }],
    ["updateWebhook", { eventTypes: ["payment"] }],
    ["checkGeolocation", { ip: "not-an-ip" }],
  ])("%s refuses %j", async (id, body) => {
    await expect400(byId[id], { body });
  });

  it("refuses a non-boolean allow and an unknown KYC type in the path", async () => {
    await expect400({
      method: "POST",
      url: "/disbursements/6851c0a94a1c2d0012ab35f2/proceed/maybe",
    });
    await expect400(
      { method: "POST", url: "/customers/demo-user/kyc-verify/passport" },
      { body: { verify: true } },
    );
  });

  it("accepts allow=false and an IPv6 address", async () => {
    const rejected = await call({
      method: "POST",
      url: "/disbursements/6851c0a94a1c2d0012ab35f2/proceed/false",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.violations).toBeNull();
    const ipv6 = await call(byId.checkGeolocation, { body: { ip: "2001:4860:4860::8888" } });
    expect(ipv6.status).toBe(200);
  });
});

describe("routing", () => {
  it("serves /customers/kyc-for-review as the review list, not as a customer id", async () => {
    const result = await call({ method: "GET", url: "/customers/kyc-for-review" });
    expect(result.status).toBe(200);
    expect(Array.isArray(result.json)).toBe(true);
  });
});
