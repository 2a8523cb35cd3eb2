// The stateful mock, started for real (front server + Prism) and called over loopback HTTP:
// customers, KYC decisions, intents, payouts awaiting approval, webhooks receiving signed
// deliveries when a payment settles, and reset. Every answer is checked against the spec with the
// spec's validator (test/helpers/conformance.mjs), and the last test proves every operation the
// store implements was called here.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { connectMock, startMockServer } from "../src/index.js";
import { loadSpec } from "../src/spec.js";
import { createOperationHandlers } from "../src/stateful/store.js";
import { createSpecValidator } from "../src/validator.js";
import { createConformance } from "./helpers/conformance.mjs";
import { listenOnLoopback } from "./helpers/listen.mjs";

let mock;
let conformance;
let context;
const called = new Set();

beforeAll(async () => {
  context = await loadSpec();
  conformance = createConformance(
    context.spec,
    context.operations,
    createSpecValidator(context.spec),
  );
  mock = await startMockServer({ stateful: true, errors: true });
});
afterAll(() => mock?.close());
beforeEach(() => mock.reset());

/** One API call; its answer must conform to the spec whatever its status. */
async function call(method, path, body, { auth = true } = {}) {
  const headers = { "Content-Type": "application/json" };
  if (auth) headers.Authorization = "Bearer sk_test_mock";
  const response = await fetch(mock.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (response.status !== 401) {
    expect(
      conformance.violations(method, path, response.status, json),
      `${method} ${path}`,
    ).toEqual([]);
    called.add(conformance.operationOf(method, path)?.operationId);
  }
  return { status: response.status, json };
}

const newCustomer = (id, extra = {}) =>
  call("POST", "/customers", {
    externalCustomerId: id,
    data: { email: `${id}@example.com`, ...extra },
  });

describe("customers", () => {
  it("a created customer is returned by Get Customer and appears in the list", async () => {
    const created = await newCustomer("jane", { firstName: "Jane", phone: "5551234567" });
    expect(created.status).toBe(200);
    // The description's rule: 10+ digits without a leading + get +1.
    expect(created.json).toEqual({
      externalCustomerId: "jane",
      data: { email: "jane@example.com", firstName: "Jane", phone: "+15551234567" },
    });
    const got = await call("GET", "/customers/jane");
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ ...created.json, kycVerifications: [] });
    expect(Date.parse(got.json.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const list = await call("GET", "/customers?size=100");
    expect(list.json.customers.map((c) => c.externalCustomerId)).toContain("jane");
  });

  it("pages agree with each other: total, totalPages, order, every customer exactly once", async () => {
    const seeded = (await call("GET", "/customers?size=100")).json.total;
    for (let i = 0; i < 7; i++) expect((await newCustomer(`page_${i}`)).status).toBe(200);
    const total = seeded + 7;
    const seen = [];
    for (let page = 1; page <= Math.ceil(total / 3) + 1; page++) {
      const { json } = await call("GET", `/customers?page=${page}&size=3`);
      expect(json).toMatchObject({ total, page, limit: 3, totalPages: Math.ceil(total / 3) });
      seen.push(...json.customers.map((c) => c.externalCustomerId));
    }
    expect(new Set(seen).size).toBe(total);
    // Creation order: the new ones last, in the order they were made.
    expect(seen.slice(-7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `page_${i}`));
    // The spec's default page size applies without `size`.
    const defaults = context.operations
      .find((o) => o.operationId === "listCustomers")
      .queryParams.map((p) => [p.name, p.schema.default]);
    const first = (await call("GET", "/customers")).json;
    expect([
      ["page", first.page],
      ["size", first.limit],
    ]).toEqual(defaults);
  });

  it("refuses a duplicate externalCustomerId or email with 400 and the documented message", async () => {
    // The spec (Create Customer's description) documents 400 for both, not 409.
    await newCustomer("dup");
    const again = await call("POST", "/customers", {
      externalCustomerId: "dup",
      data: { email: "other@example.com" },
    });
    expect(again).toEqual({ status: 400, json: { message: "This customer already exists" } });
    const sameEmail = await call("POST", "/customers", {
      externalCustomerId: "dup2",
      data: { email: "DUP@example.com" },
    });
    expect(sameEmail).toEqual({
      status: 400,
      json: { message: "A customer with this email address already exists." },
    });
    expect((await call("GET", "/customers/dup2")).status).toBe(404);
  });

  it("answers an unknown customer with the documented 404", async () => {
    const missing = await call("GET", "/customers/nobody");
    expect(missing.status).toBe(404);
    expect(missing.json.message).toContain('"nobody"');
  });

  it("still validates requests with Prism's details, and an invalid request changes nothing", async () => {
    const invalid = await call("POST", "/customers", {
      externalCustomerId: "bad",
      data: { email: "not-an-email" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors).toEqual([
      { format: 'body property data.email must match format "email"' },
    ]);
    expect((await call("GET", "/customers/bad")).status).toBe(404);
    expect((await call("GET", "/customers", undefined, { auth: false })).status).toBe(401);
  });
});

describe("KYC", () => {
  it("a decision changes the customer's kycVerifications and empties the review list", async () => {
    const review = (await call("GET", "/customers/kyc-for-review")).json;
    expect(review.length).toBeGreaterThan(0); // the spec's example customer awaits review
    const [{ externalCustomerId: id }] = review;
    const type = review[0].kycVerifications.find((v) => v.status === "under_review").type;
    const decided = await call("POST", `/customers/${id}/kyc-verify/${type}`, { verify: true });
    expect(decided.status).toBe(200);
    const after = (await call("GET", `/customers/${id}`)).json.kycVerifications;
    expect(after.map((v) => v.status)).toContain("verified_manually");
    expect(after.map((v) => v.status)).not.toContain("under_review");
    const ids = (await call("GET", "/customers/kyc-for-review")).json.map(
      (c) => c.externalCustomerId,
    );
    expect(ids).not.toContain(id);
    // Only possible while under review.
    const twice = await call("POST", `/customers/${id}/kyc-verify/${type}`, { verify: false });
    expect(twice.status).toBe(400);
    expect(twice.json.message).toMatch(/under_review/);
  });

  it("a rejection is recorded as rejected_manually", async () => {
    const [customer] = (await call("GET", "/customers/kyc-for-review")).json;
    const type = customer.kycVerifications.find((v) => v.status === "under_review").type;
    await call("POST", `/customers/${customer.externalCustomerId}/kyc-verify/${type}`, {
      verify: false,
    });
    const after = (await call("GET", `/customers/${customer.externalCustomerId}`)).json;
    expect(after.kycVerifications.map((v) => v.status)).toContain("rejected_manually");
  });

  it("Get Customer KYC Info starts a pending verification with a client secret", async () => {
    await newCustomer("kyc");
    const info = await call("GET", "/customers/kyc/kyc-info");
    expect(info.status).toBe(200);
    expect(info.json.kycVerification).toMatchObject({
      status: "pending",
      clientSecretKey: expect.stringMatching(/^cs_ki_/),
    });
    const again = (await call("GET", "/customers/kyc/kyc-info")).json;
    expect(again.kycVerification.clientSecretKey).toBe(info.json.kycVerification.clientSecretKey);
    const customer = (await call("GET", "/customers/kyc")).json;
    expect(customer.kycVerifications).toEqual([
      { type: info.json.kycVerification.type, status: "pending", createdAt: expect.any(String) },
    ]);
  });
});

describe("completing a KYC verification (the control)", () => {
  it("takes a created customer's verification to review, where a decision settles it", async () => {
    await newCustomer("kyc_flow");
    await call("GET", "/customers/kyc_flow/kyc-info"); // starts the verification
    expect(await mock.completeKycVerification("kyc_flow", "under_review")).toEqual({
      externalCustomerId: "kyc_flow",
      type: "proof_of_id",
      status: "under_review",
    });
    const info = (await call("GET", "/customers/kyc_flow/kyc-info")).json.kycVerification;
    expect(info.status).toBe("under_review");
    expect(info.clientSecretKey).toBeUndefined(); // only while pending
    const review = (await call("GET", "/customers/kyc-for-review")).json;
    expect(review.map((c) => c.externalCustomerId)).toContain("kyc_flow");
    await call("POST", "/customers/kyc_flow/kyc-verify/proof_of_id", { verify: true });
    const customer = (await call("GET", "/customers/kyc_flow")).json;
    expect(customer.kycVerifications.map((v) => v.status)).toEqual(["verified_manually"]);
  });

  it("says what was wrong: no pending verification, unknown customer, unknown outcome", async () => {
    const controls = connectMock(mock.url);
    await newCustomer("kyc_none");
    await expect(controls.completeKycVerification("kyc_none", "verified")).rejects.toThrow(
      /HTTP 409: Customer "kyc_none" has no pending KYC verification to complete: start one with Get Customer KYC Info/,
    );
    await expect(controls.completeKycVerification("nobody", "verified")).rejects.toThrow(
      /HTTP 404: No customer with externalCustomerId "nobody"/,
    );
    await expect(mock.completeKycVerification("kyc_none", "approved")).rejects.toThrow(
      'A verification completes as "verified", "under_review", "rejected", got "approved".',
    );
  });
});

describe("payment intents, settled, with signed webhook deliveries", () => {
  let receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver?.close());
  beforeEach(() => receiver.deliveries.splice(0));

  const intentFor = async (customerId) =>
    call("POST", "/payment-intents", {
      customer: { externalCustomerId: customerId },
      paymentIntent: { amount: "20.00", currency: "USD", externalPaymentIntentId: "order_1" },
    });

  it("an intent gets an id and the status no-payment; an unknown customer is refused", async () => {
    await newCustomer("payer");
    const intent = await intentFor("payer");
    expect(intent.status).toBe(200);
    expect(intent.json).toMatchObject({ amount: "20.00", externalCustomerId: "payer" });
    const status = await call("GET", `/payment-intents/${intent.json.paymentIntentId}/status`);
    expect(status.json).toEqual({ status: "no-payment", payments: [] });
    const unknown = await intentFor("nobody");
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toContain('"nobody"');
    expect((await call("GET", "/payment-intents/000000000000000000000000/status")).status).toBe(
      400,
    );
  });

  it("settling delivers a paymentResult signed with the webhook's secret, with its headers", async () => {
    await newCustomer("payer");
    const hook = await call("POST", "/operators/webhooks", {
      url: receiver.url,
      headers: { "X-Custom-Auth": "pre-shared" },
    });
    expect(hook.status).toBe(200);
    const { paymentIntentId } = (await intentFor("payer")).json;

    const failed = await mock.settlePaymentIntent(paymentIntentId, "failed");
    expect(failed).toEqual({
      paymentIntentId,
      status: "failed",
      deliveries: [{ webhookId: hook.json._id, url: receiver.url, delivered: true, status: 200 }],
    });
    const success = await mock.settlePaymentIntent(paymentIntentId, "success");
    expect(success.deliveries).toHaveLength(1);

    const payloads = receiver.deliveries.map((d) => {
      const expected = createHmac("sha512", hook.json.secretKey).update(d.rawBody).digest("hex");
      expect(d.headers.signature).toBe(expected);
      expect(d.headers["x-custom-auth"]).toBe("pre-shared");
      return JSON.parse(d.rawBody);
    });
    expect(payloads).toEqual([
      expect.objectContaining({ status: "failed", subStatus: "declined", paymentIntentId }),
      expect.objectContaining({ status: "success", paymentIntentId, amount: "20.00" }),
    ]);
    // Each payload is one the spec's paymentResult webhook allows.
    const validator = createSpecValidator(context.spec);
    const body = validator.resolve("#/webhooks/paymentResult/post/requestBody");
    for (const payload of payloads) {
      expect(
        validator.validate(`${body.pointer}/content/application~1json/schema`, payload),
      ).toEqual([]);
    }
    const status = (await call("GET", `/payment-intents/${paymentIntentId}/status`)).json;
    expect(status.status).toBe("success");
    expect(status.payments.map((p) => p.status)).toEqual(["failed", "success"]);
    // Paid is final.
    await expect(mock.settlePaymentIntent(paymentIntentId, "success")).rejects.toThrow(
      /already paid/,
    );
  });

  it("does not deliver to a paused webhook or one without payment events; 409 on a duplicate", async () => {
    await newCustomer("payer");
    const hook = (await call("POST", "/operators/webhooks", { url: receiver.url })).json;
    const duplicate = await call("POST", "/operators/webhooks", { url: receiver.url });
    expect(duplicate.status).toBe(409);
    const paused = await call("PATCH", `/operators/webhooks/${hook._id}`, { status: "inactive" });
    expect(paused.json).toMatchObject({ _id: hook._id, status: "inactive" });
    expect(paused.json.secretKey).toBeUndefined();
    const { paymentIntentId } = (await intentFor("payer")).json;
    expect((await mock.settlePaymentIntent(paymentIntentId, "failed")).deliveries).toEqual([]);
    await call("PATCH", `/operators/webhooks/${hook._id}`, {
      status: "active",
      eventTypes: ["kyc_verification"],
    });
    expect((await mock.settlePaymentIntent(paymentIntentId, "failed")).deliveries).toEqual([]);
    expect(receiver.deliveries).toEqual([]);
    expect((await call("PATCH", "/operators/webhooks/nope", { status: "active" })).status).toBe(
      400,
    );
  });

  it("reports a delivery the endpoint refused, without the secret", async () => {
    await newCustomer("payer");
    const hook = (await call("POST", "/operators/webhooks", { url: `${receiver.url}refuse` })).json;
    const { paymentIntentId } = (await intentFor("payer")).json;
    const { deliveries } = await mock.settlePaymentIntent(paymentIntentId, "success");
    expect(deliveries).toEqual([
      expect.objectContaining({
        delivered: false,
        status: 401,
        error: expect.stringMatching(/HTTP 401/),
      }),
    ]);
    expect(JSON.stringify(deliveries)).not.toContain(hook.secretKey);
  });
});

describe("disbursements awaiting approval", () => {
  const payout = (customerId) =>
    call("POST", "/disbursement-intents", {
      customer: { externalCustomerId: customerId },
      disbursementIntent: {
        externalDisbursementIntentId: "payout_1",
        amount: "5.00",
        currency: "USD",
      },
    });
  const pendingIds = async () =>
    (await call("GET", "/disbursements/pending-validation")).json.map(
      (d) => d.disbursementIntentId,
    );

  it("appear in the list once created and leave it when approved or rejected", async () => {
    await newCustomer("payee", { firstName: "Pat" });
    const approved = (await payout("payee")).json;
    const rejected = (await payout("payee")).json;
    expect(await pendingIds()).toEqual(
      expect.arrayContaining([approved.disbursementIntentId, rejected.disbursementIntentId]),
    );
    const listed = (await call("GET", "/disbursements/pending-validation")).json.find(
      (d) => d.disbursementIntentId === approved.disbursementIntentId,
    );
    expect(listed).toMatchObject({
      externalDisbursementId: "payout_1",
      customerId: { data: { firstName: "Pat", email: "payee@example.com" } },
    });

    const yes = await call("POST", `/disbursements/${approved.disbursementIntentId}/proceed/true`);
    expect(yes.json).toMatchObject({ status: "pending", amount: "5.00" });
    const no = await call("POST", `/disbursements/${rejected.disbursementIntentId}/proceed/false`);
    expect(no.json.status).toBe("rejected");
    const left = await pendingIds();
    expect(left).not.toContain(approved.disbursementIntentId);
    expect(left).not.toContain(rejected.disbursementIntentId);
    const status = await call(
      "GET",
      `/disbursement-intents/${approved.disbursementIntentId}/status`,
    );
    expect(status.json).toMatchObject({ status: "pending", disbursement: { status: "pending" } });
    const again = await call(
      "POST",
      `/disbursements/${approved.disbursementIntentId}/proceed/false`,
    );
    expect(again.status).toBe(400);
    expect(again.json.message).toMatch(/not awaiting approval/);
  });
});

describe("reset and the controls", () => {
  it("reset() and POST /__vivamo/reset restore the seed", async () => {
    const seed = {
      customers: (await call("GET", "/customers?size=100")).json,
      pending: (await call("GET", "/disbursements/pending-validation")).json,
      review: (await call("GET", "/customers/kyc-for-review")).json,
    };
    const change = async () => {
      await newCustomer("temp");
      const [first] = seed.pending;
      await call("POST", `/disbursements/${first.disbursementIntentId}/proceed/true`);
      const [reviewed] = seed.review;
      await call("POST", `/customers/${reviewed.externalCustomerId}/kyc-verify/proof_of_id`, {
        verify: true,
      });
    };
    const now = async () => ({
      customers: (await call("GET", "/customers?size=100")).json,
      pending: (await call("GET", "/disbursements/pending-validation")).json,
      review: (await call("GET", "/customers/kyc-for-review")).json,
    });
    await change();
    expect(await now()).not.toEqual(seed);
    await mock.reset();
    expect(await now()).toEqual(seed);
    await change();
    await connectMock(mock.url).reset();
    expect(await now()).toEqual(seed);
  });

  it("settle over HTTP says what was wrong with a bad call", async () => {
    const controls = connectMock(mock.url);
    await expect(controls.settlePaymentIntent("nope", "success")).rejects.toThrow(
      /HTTP 404: No payment intent with id "nope"/,
    );
    await newCustomer("payer");
    const { paymentIntentId } = (
      await call("POST", "/payment-intents", {
        customer: { externalCustomerId: "payer" },
        paymentIntent: { amount: "1.00", currency: "USD", externalPaymentIntentId: "x" },
      })
    ).json;
    // @ts-expect-error -- an outcome the types forbid, as a JavaScript caller could send
    await expect(controls.settlePaymentIntent(paymentIntentId, "paid")).rejects.toThrow(
      /HTTP 400: A payment settles with "success" or "failed", got "paid"/,
    );
    const settled = await controls.settlePaymentIntent(paymentIntentId, "success");
    expect(settled).toEqual({ paymentIntentId, status: "success", deliveries: [] });
    const unknown = await fetch(`${mock.url}/__vivamo/nothing`, { method: "POST" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toMatch(/No such control.*\/__vivamo\/reset/);
  });

  it("a mock that is not stateful says so instead of pretending", async () => {
    const plain = inject("mockUrl");
    await expect(connectMock(plain).reset()).rejects.toThrow(/not stateful.*--stateful/);
  });
});

it("every operation the store implements was called, and every answer conformed to it", async () => {
  // Check Geolocation is not stateful: Prism's documented example answers it.
  expect((await call("POST", "/operators/check-geolocation", { ip: "8.8.8.8" })).status).toBe(200);
  // The operations the store has no handler for (a new one, before the store learns it) are
  // Prism's: test/roundtrip.test.mjs checks every operation of the spec against Prism.
  const implemented = Object.keys(
    createOperationHandlers(context.spec, () => {
      throw new Error("the handlers are only listed here, never called");
    }),
  );
  expect(implemented.length).toBeGreaterThan(0);
  expect([...implemented, "checkGeolocation"].filter((id) => !called.has(id))).toEqual([]);
});

/** A webhook endpoint on loopback: records every delivery; `/refuse` answers 401. */
async function startReceiver() {
  const deliveries = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (req.url === "/refuse") {
      res.writeHead(401).end("invalid signature");
      return;
    }
    deliveries.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(200).end("ok");
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    deliveries,
    close: () => new Promise((done) => server.close(done)),
  };
}
