// The MSW handlers of @vivamo/mock-server/msw in Node (msw/node's setupServer), answering real
// fetch calls in this process: every operation of the spec with a request built from the spec's
// own examples, invalid requests explained, and the stateful store with its controls, settling a
// payment whose signed webhook reaches a real loopback server. Every answer is checked against the
// spec (test/helpers/conformance.mjs). MSW patches fetch only while a server listens: each block
// closes its own, so the files sharing this worker (isolate: false) never see it.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHandlers, handlers } from "../src/msw/node.js";
import { connectMock } from "../src/index.js";
import { loadSpec } from "../src/spec.js";
import { createSpecValidator } from "../src/validator.js";
import { createConformance } from "./helpers/conformance.mjs";
import { listenOnLoopback } from "./helpers/listen.mjs";

const BASE = "https://api.test.vivamo.co/v1";
let context;
let conformance;

beforeAll(async () => {
  context = await loadSpec();
  conformance = createConformance(
    context.spec,
    context.operations,
    createSpecValidator(context.spec),
  );
});

/** One API call through MSW; its answer must conform to the spec. */
async function call(method, path, body, { auth = true, base = BASE } = {}) {
  const headers = { "Content-Type": "application/json" };
  if (auth) headers.Authorization = "Bearer sk_test_mock";
  const response = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  expect(conformance.violations(method, path, response.status, json), `${method} ${path}`).toEqual(
    [],
  );
  return { status: response.status, json };
}

/** A valid request for an operation, from the spec's own examples. */
function exampleRequest(operation) {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) =>
    encodeURIComponent(String(operation.pathParams.find((p) => p.name === name).example)),
  );
  return { path, body: operation.requestBody?.examples[0]?.value };
}

describe("handlers: every operation answers its documented example", () => {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("on every server URL of the spec, for a request built from the spec's examples", async () => {
    for (const { url: base } of context.spec.servers) {
      for (const operation of context.operations) {
        const { path, body } = exampleRequest(operation);
        const answer = await call(operation.method, path, body, { base });
        expect(answer.status, `${operation.operationId} on ${base}`).toBe(
          Number(operation.response.status),
        );
        expect(answer.json).toEqual(operation.response.examples[0].value);
      }
    }
  });

  it("explains an invalid request, field by field, in the spec's error shape", async () => {
    const body = await call("POST", "/customers", {
      externalCustomerId: 123,
      data: { email: "not-an-email" },
      nickname: "J",
    });
    expect(body.status).toBe(400);
    expect(body.json.errors).toEqual([
      {
        additionalProperties: "body property nickname is not allowed by the schema (unknown field)",
      },
      { type: "body property externalCustomerId must be string" },
      { format: 'body property data.email must match format "email"' },
    ]);
    expect(body.json.message).toMatch(/^Invalid request: body property nickname/);
    expect((await call("GET", "/customers?page=0")).json).toEqual({
      message: "Invalid request: query parameter page must be >= 1",
      errors: [{ minimum: "query parameter page must be >= 1" }],
    });
    const allow = await call("POST", "/disbursements/abc/proceed/maybe");
    expect(allow.json.errors).toEqual([{ type: "path parameter allow must be boolean" }]);
    const missing = await call("POST", "/payment-intents");
    expect(missing.json.errors).toEqual([{ required: "body is required" }]);
  });

  it("refuses a request without a bearer token with the documented 403", async () => {
    const answer = await call("GET", "/customers", undefined, { auth: false });
    expect(answer.status).toBe(403);
  });

  it("refuses a baseUrl that is not an absolute http(s) URL, saying so", () => {
    expect(() => createHandlers({ baseUrl: "api.vivamo.co" })).toThrow(
      /baseUrl must be an absolute http\(s\) URL like https:\/\/api\.test\.vivamo\.co\/v1, got "api\.vivamo\.co"/,
    );
  });
});

describe("createHandlers({ stateful: true })", () => {
  const stateful = createHandlers({ stateful: true, baseUrl: BASE });
  const server = setupServer(...stateful);
  let receiver;
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: "error" });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    server.close();
    await receiver?.close();
  });
  beforeEach(() => stateful.reset());
  afterEach(() => receiver.deliveries.splice(0));

  it("keeps what is created, refuses a duplicate as documented, and reset() forgets it", async () => {
    const created = await call("POST", "/customers", {
      externalCustomerId: "msw_user",
      data: { email: "msw@example.com" },
    });
    expect(created.status).toBe(200);
    expect((await call("GET", "/customers/msw_user")).json.data.email).toBe("msw@example.com");
    const again = await call("POST", "/customers", {
      externalCustomerId: "msw_user",
      data: { email: "other@example.com" },
    });
    expect(again).toEqual({ status: 400, json: { message: "This customer already exists" } });
    await stateful.reset();
    expect((await call("GET", "/customers/msw_user")).status).toBe(404);
  });

  it("settles a payment: the webhook gets the signed paymentResult, over the real network", async () => {
    const hook = (await call("POST", "/operators/webhooks", { url: receiver.url })).json;
    await call("POST", "/customers", {
      externalCustomerId: "msw_payer",
      data: { email: "payer@example.com" },
    });
    const intent = (
      await call("POST", "/payment-intents", {
        customer: { externalCustomerId: "msw_payer" },
        paymentIntent: { amount: "12.00", currency: "USD", externalPaymentIntentId: "o_1" },
      })
    ).json;
    const settled = await stateful.settlePaymentIntent(intent.paymentIntentId, "success");
    expect(settled.deliveries).toEqual([
      { webhookId: hook._id, url: receiver.url, delivered: true, status: 200 },
    ]);
    const [delivery] = receiver.deliveries;
    expect(delivery.headers.signature).toBe(
      createHmac("sha512", hook.secretKey).update(delivery.rawBody).digest("hex"),
    );
    expect(JSON.parse(delivery.rawBody)).toMatchObject({
      status: "success",
      paymentIntentId: intent.paymentIntentId,
    });
    const status = await call("GET", `/payment-intents/${intent.paymentIntentId}/status`);
    expect(status.json.status).toBe("success");
  });

  it("serves the HTTP controls on the base URL, so connectMock works as with the server", async () => {
    await call("POST", "/customers", {
      externalCustomerId: "msw_gone",
      data: { email: "gone@example.com" },
    });
    const controls = connectMock(BASE);
    await controls.reset();
    expect((await call("GET", "/customers/msw_gone")).status).toBe(404);
    await expect(controls.settlePaymentIntent("nope", "success")).rejects.toThrow(/HTTP 404/);
  });

  it("keeps one store per createHandlers() call: the default handlers stay stateless", async () => {
    const other = createHandlers({ stateful: true, baseUrl: BASE });
    expect(other).not.toBe(stateful);
    await call("POST", "/customers", {
      externalCustomerId: "only_here",
      data: { email: "only@example.com" },
    });
    server.use(...other);
    expect((await call("GET", "/customers/only_here")).status).toBe(404);
    server.resetHandlers();
    expect((await call("GET", "/customers/only_here")).status).toBe(200);
  });
});

describe("createHandlers({ stateful: true, seed })", () => {
  // A customer as the spec's Customer schema describes one.
  const customer = {
    externalCustomerId: "seeded",
    data: { email: "seeded@example.com" },
    kycVerifications: [
      { type: "proof_of_id", status: "pending", createdAt: "2025-01-01T00:00:00.000Z" },
    ],
    createdAt: "2025-01-01T00:00:00.000Z",
  };

  it("starts from the seed instead of the examples, and reset() returns to it", async () => {
    const seeded = createHandlers({
      stateful: true,
      baseUrl: BASE,
      seed: { customers: [customer] },
    });
    const server = setupServer(...seeded);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const ids = async () =>
        (await call("GET", "/customers")).json.customers.map((c) => c.externalCustomerId);
      expect(await ids()).toEqual(["seeded"]);
      expect((await call("GET", "/disbursements/pending-validation")).json).toEqual([]);
      // A pending verification of the seed gets its client secret when first asked.
      const info = (await call("GET", "/customers/seeded/kyc-info")).json;
      expect(info.kycVerification.clientSecretKey).toMatch(/^cs_ki_/);
      await call("POST", "/customers", {
        externalCustomerId: "added",
        data: { email: "added@example.com" },
      });
      expect(await ids()).toEqual(["seeded", "added"]);
      await seeded.reset();
      expect(await ids()).toEqual(["seeded"]);
    } finally {
      server.close();
    }
  });

  it("refuses a seed the API could never have produced, saying where", () => {
    const wrong = {
      ...customer,
      externalCustomerId: "wrong",
      data: { email: "nope" },
      nickname: "x",
    };
    expect(() =>
      createHandlers({ stateful: true, seed: { customers: [customer, wrong, customer] } }),
    ).toThrow(
      [
        "The seed does not match the spec's schemas, so the API could never have these records:",
        "  seed.customers[1]/nickname is not allowed by the schema (unknown field)",
        '  seed.customers[1]/data/email must match format "email"',
        '  seed.customers[2].externalCustomerId repeats "seeded"',
      ].join("\n"),
    );
    // @ts-expect-error -- a collection the types do not have, as a JavaScript caller could pass
    expect(() => createHandlers({ stateful: true, seed: { pets: [] } })).toThrow(
      "The seed has pets, which the mock does not know: use customers, paymentIntents, pendingDisbursements.",
    );
    expect(() => createHandlers({ seed: {} })).toThrow(/pass `stateful: true` with `seed`/);
  });
});

/** A webhook endpoint on loopback that records every delivery. */
async function startReceiver() {
  const deliveries = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    deliveries.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(200).end("ok");
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    deliveries,
    close: () => new Promise((done) => server.close(done)),
  };
}
