// @ts-check
// Settling a payment intent: what happens at Vivamo when the customer pays (or fails to) in the
// SDK, which the mock has no part of. `settlePaymentIntent(id, "success")` records the payment
// attempt, changes the intent's status, and delivers the signed `paymentResult` webhook to every
// active webhook that takes payment events, as Vivamo does.
//
// Browser-safe (the MSW handlers run it in a page): Web Crypto signs, fetch delivers.
import { derefIn } from "@vivamo/spec-model/document";
import { specValidator } from "../validator.js";
import { objectId, paymentIntent } from "./store.js";

/** The webhook whose deliveries report payments, and its event type (its description's). */
const PAYMENT_WEBHOOK = "paymentResult";
const PAYMENT_EVENT_TYPE = "transaction";

/** Thrown for a settle the mock cannot do; `status` is the HTTP control's answer. */
export class ControlError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.name = "ControlError";
    this.status = status;
  }
}

/**
 * The outcomes a payment can settle with: the `status` values of the payment webhook's payload.
 * @param {any} spec
 * @returns {string[]}
 */
export function settleOutcomes(spec) {
  const body = derefIn(spec, spec.webhooks?.[PAYMENT_WEBHOOK]?.post?.requestBody);
  const schema = derefIn(spec, body?.content?.["application/json"]?.schema);
  return derefIn(spec, schema?.properties?.status)?.enum ?? [];
}

/** How long "no answer" is for a delivery: as `vivamo-mock trigger`'s default. */
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * @typedef {import("../index.js").SettlementDelivery} Delivery
 * @typedef {import("../index.js").Settlement} Settlement
 * @typedef {import("../index.js").PaymentOutcome} PaymentOutcome
 * @typedef {{ timeoutMs?: number, fetch?: typeof fetch }} DeliveryOptions
 *   `fetch`: how deliveries are sent (the MSW handlers pass one their own interception skips).
 */

/**
 * @param {any} spec
 * @param {import("./store.js").State} state
 * @param {string} id
 * @param {string} outcome
 * @param {DeliveryOptions} [options]
 * @returns {Promise<Settlement>}
 */
export async function settlePaymentIntent(spec, state, id, outcome, options = {}) {
  const outcomes = settleOutcomes(spec);
  if (!outcomes.includes(outcome)) {
    throw new ControlError(
      400,
      `A payment settles with ${outcomes.map((o) => `"${o}"`).join(" or ")}, got ${JSON.stringify(outcome)}.`,
    );
  }
  if (typeof id !== "string" || id === "") {
    throw new ControlError(400, "Name the payment intent to settle by its paymentIntentId.");
  }
  let record;
  try {
    record = paymentIntent(state, id);
  } catch (error) {
    throw new ControlError(404, `${/** @type {Error} */ (error).message} Create it first.`);
  }
  if (record.status === "success") {
    throw new ControlError(
      409,
      `Payment intent "${id}" is already paid: only an unpaid or failed intent takes another attempt.`,
    );
  }

  // A failed intent can still succeed when the customer tries again: every settle is one attempt.
  const failed = outcome !== "success";
  record.payments.push({
    id: objectId(),
    status: outcome,
    ...(failed ? { subStatus: "declined" } : {}),
    createdAt: new Date().toISOString(),
    type: "card",
    messages: [],
  });
  record.status = outcome;
  // One of the spec's payment statuses, checked above: PaymentOutcome (src/index.d.ts) lists them.
  const status = /** @type {PaymentOutcome} */ (outcome);

  const { intent } = record;
  const payload = {
    amount: intent.amount,
    status: outcome,
    ...(failed ? { subStatus: "declined" } : {}),
    transactionType: "payment",
    externalCustomerId: intent.externalCustomerId,
    paymentIntentId: intent.paymentIntentId,
    externalPaymentIntentId: intent.externalPaymentIntentId,
  };
  // What Vivamo would send must be what the spec documents, or the mock would teach a handler
  // the wrong payload.
  const validator = specValidator(spec);
  const body = validator.resolve(`#/webhooks/${PAYMENT_WEBHOOK}/post/requestBody`);
  const violations = validator.validate(
    `${body.pointer}/content/application~1json/schema`,
    payload,
  );
  if (violations.length > 0) {
    throw new Error(
      `The ${PAYMENT_WEBHOOK} payload of the settle does not match the spec (a bug in ` +
        `@vivamo/mock-server): ${violations.map((v) => `${v.pointer} ${v.message}`).join("; ")}`,
    );
  }
  const rawBody = JSON.stringify(payload);
  const targets = [...state.webhooks.values()].filter(
    (w) =>
      w.status === "active" &&
      (w.eventTypes.length === 0 || w.eventTypes.includes(PAYMENT_EVENT_TYPE)),
  );
  // One attempt each: a test learns of a refused delivery now, not after Vivamo's minutes of
  // retries (`vivamo-mock trigger` plays those).
  const deliveries = await Promise.all(
    targets.map((webhook) => deliver(webhook, rawBody, options)),
  );
  return { paymentIntentId: id, status, deliveries };
}

/**
 * POSTs one signed delivery. Never throws: the outcome is the answer.
 * @param {import("./store.js").WebhookRecord} webhook
 * @param {string} rawBody
 * @param {DeliveryOptions} options
 * @returns {Promise<Delivery>}
 */
async function deliver(webhook, rawBody, options) {
  const base = { webhookId: webhook._id, url: webhook.url };
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(webhook.url, {
      method: "POST",
      headers: {
        ...webhook.headers,
        "content-type": "application/json",
        signature: await sign(rawBody, webhook.secretKey),
      },
      body: rawBody,
      redirect: "manual", // a redirect is an answer that is not 2xx, as for Vivamo
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status >= 200 && response.status < 300) {
      return { ...base, delivered: true, status: response.status };
    }
    const snippet = text.length > 500 ? `${text.slice(0, 500)}…` : text;
    return {
      ...base,
      delivered: false,
      status: response.status,
      error: `HTTP ${response.status}${snippet ? `: ${snippet}` : ""}`,
    };
  } catch (error) {
    const failure = /** @type {{ name?: string, message?: string, cause?: { code?: string } }} */ (
      error
    );
    const reason =
      failure.name === "TimeoutError"
        ? `no answer within ${timeoutMs} ms`
        : (failure.cause?.code ?? failure.message ?? String(error));
    return { ...base, delivered: false, error: reason };
  }
}

/**
 * Vivamo's `signature`: the hex HMAC-SHA512 of the exact body, keyed with the webhook's secret.
 * @param {string} rawBody
 * @param {string} secret
 */
async function sign(rawBody, secret) {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-512" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(rawBody)),
  );
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
