// @ts-check
// Settling a payment intent: what happens at Vivamo when the customer pays (or fails to) in the
// SDK, which the mock has no part of. `settlePaymentIntent(id, "success")` records the payment
// attempt, changes the intent's status, and delivers the signed `paymentResult` webhook to every
// active webhook that takes payment events, as Vivamo does.
import { derefIn } from "@vivamo/spec-model/document";
import { triggerWebhook } from "../webhooks.js";
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

/**
 * @typedef {{ webhookId: string, url: string, delivered: boolean, status?: number, error?: string }} Delivery
 * @typedef {{ paymentIntentId: string, status: string, deliveries: Delivery[] }} Settlement
 */

/**
 * @param {any} spec
 * @param {import("./store.js").State} state
 * @param {string} id
 * @param {string} outcome
 * @param {{ timeoutMs?: number }} [options]
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

  const { intent } = record;
  const data = {
    amount: intent.amount,
    status: outcome,
    ...(failed ? { subStatus: "declined" } : {}),
    externalCustomerId: intent.externalCustomerId,
    paymentIntentId: intent.paymentIntentId,
    externalPaymentIntentId: intent.externalPaymentIntentId,
  };
  const targets = [...state.webhooks.values()].filter(
    (w) =>
      w.status === "active" &&
      (w.eventTypes.length === 0 || w.eventTypes.includes(PAYMENT_EVENT_TYPE)),
  );
  const deliveries = await Promise.all(
    targets.map(async (webhook) => {
      const base = { webhookId: webhook._id, url: webhook.url };
      try {
        const delivery = await triggerWebhook({
          event: `${PAYMENT_WEBHOOK}.${outcome}`,
          url: webhook.url,
          secret: webhook.secretKey,
          headers: webhook.headers,
          data,
          // One attempt: a test learns of a refused delivery now, not after Vivamo's minutes of
          // retries (`vivamo-mock trigger` plays those).
          retries: 0,
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        });
        return { ...base, delivered: true, status: delivery.status };
      } catch (error) {
        const failure = /** @type {{ message: string, status?: number }} */ (error);
        return {
          ...base,
          delivered: false,
          ...(failure.status === undefined ? {} : { status: failure.status }),
          error: failure.message,
        };
      }
    }),
  );
  return { paymentIntentId: id, status: record.status, deliveries };
}
