// @ts-check
// The state of the stateful mock and what each operation does to it. Prism has already checked
// the request against the spec when a handler runs (see src/stateful/router.js), so a handler only
// applies the business rules the spec's descriptions document: a duplicate customer is refused,
// a KYC decision needs a verification under review, a payout leaves the approval list once
// decided. Handlers are keyed by operationId; the router takes paths, methods, parameter defaults
// and statuses from the spec, and checks every answer against it.
import { derefIn } from "@vivamo/spec-model/document";
import { seedCollections } from "./seed.js";

/** A record the request names does not exist: 404 where the operation documents it, else 400. */
export class NotFound extends Error {}

/** A business rule refused the request, with the status the spec documents for it. */
export class Refused extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HOUR_MS = 3_600_000;

/**
 * `bytes` random bytes as hex, from the Web Crypto API: the store also runs in a browser (the MSW
 * handlers), where node:crypto is not.
 * @param {number} bytes
 */
export function randomHex(bytes) {
  const values = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Vivamo's ids look like MongoDB ObjectIds (24 hex digits); the examples show them. */
export const objectId = () => randomHex(12);

/**
 * @typedef {{ type: string, status: string, createdAt: string, clientSecretKey?: string }} Verification
 * @typedef {{ externalCustomerId: string, data: Record<string, string>, kycVerifications: Verification[], createdAt: string }} CustomerRecord
 * @typedef {{ intent: Record<string, any>, status: string, payments: Record<string, any>[] }} PaymentRecord
 * @typedef {{ intent: Record<string, any>, status: string, disbursement: Record<string, any>, pendingSince: string, summary: Record<string, any> }} DisbursementRecord
 * @typedef {{ _id: string, url: string, status: string, eventTypes: string[], headers: Record<string, string>, secretKey: string }} WebhookRecord
 * @typedef {{
 *   customers: Map<string, CustomerRecord>,
 *   paymentIntents: Map<string, PaymentRecord>,
 *   disbursementIntents: Map<string, DisbursementRecord>,
 *   webhooks: Map<string, WebhookRecord>,
 * }} State
 * @typedef {{ params: Record<string, string>, query: URLSearchParams, body: any, operation: import("@vivamo/spec-model/operations").Operation }} HandlerRequest
 *   `params`: the path parameters of the operation's template; `body`: the JSON Prism accepted.
 * @typedef {{ status: number, body: unknown }} HandlerAnswer
 */

/**
 * The state the spec's examples describe, or a custom seed (see src/stateful/seed.js). Webhooks
 * are not seeded: the example endpoints are on the internet, and the mock posts only where a test
 * registered.
 * @param {any} spec
 * @param {import("@vivamo/spec-model/operations").Operation[]} operations
 * @param {unknown} [custom]
 * @returns {State}
 */
export function seedState(spec, operations, custom) {
  const {
    customers,
    paymentIntents: payments,
    pendingDisbursements: pending,
  } = seedCollections(spec, operations, custom);
  return {
    customers: new Map(customers.map((c) => [c.externalCustomerId, c])),
    paymentIntents: new Map(
      payments.map((intent) => [
        intent.paymentIntentId,
        { intent, status: "no-payment", payments: [] },
      ]),
    ),
    disbursementIntents: new Map(
      pending.map((p) => [
        p.disbursementIntentId,
        {
          intent: {
            disbursementIntentId: p.disbursementIntentId,
            amount: p.amount,
            currency: p.currency,
            externalCustomerId: p.externalCustomerId,
            externalDisbursementIntentId: p.externalDisbursementId,
          },
          status: "pending-validation",
          disbursement: {
            id: objectId(),
            status: "pending-validation",
            createdAt: p.createdAt,
            type: p.type,
            messages: [],
          },
          pendingSince: p.status.createdAt,
          summary: p.customerId,
        },
      ]),
    ),
    webhooks: new Map(),
  };
}

/**
 * What each operation does, by operationId.
 * @param {any} spec
 * @param {() => State} state the current state (reset() replaces it)
 * @returns {Record<string, (request: HandlerRequest) => HandlerAnswer>}
 */
export function createOperationHandlers(spec, state) {
  // The one KYC check Vivamo runs today (the schema's only value).
  const kycType = spec.components.schemas.KycVerificationType.enum[0];

  /** @param {string | undefined} id a path parameter (a request without one finds nothing) */
  const customer = (id) => {
    const found = id === undefined ? undefined : state().customers.get(id);
    if (!found) throw new NotFound(`No customer with externalCustomerId "${id}".`);
    return found;
  };
  /** The customer record as the spec shows it: no client secrets. @param {CustomerRecord} record */
  const customerView = (record) => ({
    ...record,
    data: { ...record.data },
    kycVerifications: record.kycVerifications.map(({ type, status, createdAt }) => ({
      type,
      status,
      createdAt,
    })),
  });
  const ok = (/** @type {unknown} */ body) => ({ status: 200, body });

  return {
    createCustomer({ body }) {
      const { customers } = state();
      // Both rules and messages are the operation's description's.
      if (customers.has(body.externalCustomerId)) {
        throw new Refused(400, "This customer already exists");
      }
      const email = String(body.data.email).toLowerCase();
      if ([...customers.values()].some((c) => String(c.data.email).toLowerCase() === email)) {
        throw new Refused(400, "A customer with this email address already exists.");
      }
      const data = { ...body.data };
      // "A phone number sent without a leading + and with at least 10 digits gets +1 prepended."
      if (data.phone && !data.phone.startsWith("+") && data.phone.replace(/\D/g, "").length >= 10) {
        data.phone = `+1${data.phone}`;
      }
      const now = new Date().toISOString();
      /** @type {CustomerRecord} */
      const record = {
        externalCustomerId: body.externalCustomerId,
        data,
        kycVerifications: body.verifyAfterCreation ? [startVerification(kycType, now)] : [],
        createdAt: now,
      };
      customers.set(record.externalCustomerId, record);
      return ok({ externalCustomerId: record.externalCustomerId, data: { ...data } });
    },

    getCustomer({ params }) {
      return ok(customerView(customer(params.externalCustomerId)));
    },

    listCustomers({ query, operation }) {
      // Prism has checked both are integers ≥ 1; the defaults are the spec's.
      const number = (/** @type {string} */ name) => {
        const raw = query.get(name);
        if (raw !== null) return Number(raw);
        return operation.queryParams.find((p) => p.name === name)?.schema?.default ?? 1;
      };
      const page = number("page");
      const limit = number("size");
      const all = [...state().customers.values()];
      return ok({
        customers: all.slice((page - 1) * limit, page * limit).map(customerView),
        total: all.length,
        page,
        limit,
        totalPages: Math.ceil(all.length / limit),
      });
    },

    listCustomersForKycReview() {
      const waiting = [...state().customers.values()].filter((c) =>
        c.kycVerifications.some((v) => v.status === "under_review"),
      );
      return ok(waiting.map(customerView));
    },

    getCustomerKycInfo({ params }) {
      const record = customer(params.externalCustomerId);
      // "This is the way to start KYC for a customer": a customer without one gets one.
      if (record.kycVerifications.length === 0) {
        record.kycVerifications.push(startVerification(kycType, new Date().toISOString()));
      }
      const current = /** @type {Verification} */ (record.kycVerifications.at(-1));
      // A pending verification of a seed has no client secret yet: it gets one when first asked.
      if (current.status === "pending") current.clientSecretKey ??= `cs_ki_${objectId()}`;
      const { type, status, createdAt, clientSecretKey } = current;
      return ok({
        externalCustomerId: record.externalCustomerId,
        kycVerification: {
          type,
          status,
          verifiedAt: createdAt,
          ...(status === "pending" ? { clientSecretKey } : {}),
        },
      });
    },

    verifyCustomerKyc({ params, body, operation }) {
      const record = customer(params.externalCustomerId);
      const verification = record.kycVerifications.findLast(
        (v) => v.type === params.type && v.status === "under_review",
      );
      if (!verification) {
        throw new Refused(
          400,
          `Customer "${record.externalCustomerId}" has no ${params.type} verification under ` +
            "review: a manual decision is only possible while a verification is under_review.",
        );
      }
      verification.status = body.verify ? "verified_manually" : "rejected_manually";
      // The wording of the confirmation is not documented: the spec's example is the answer.
      return ok(operation.response?.examples[0]?.value);
    },

    createPaymentIntent({ body }) {
      const owner = customer(body.customer.externalCustomerId);
      const intent = newIntent("paymentIntentId", owner, body.paymentIntent);
      intent.externalPaymentIntentId = body.paymentIntent.externalPaymentIntentId;
      state().paymentIntents.set(intent.paymentIntentId, {
        intent,
        status: "no-payment",
        payments: [],
      });
      return ok(intent);
    },

    getPaymentIntentStatus({ params }) {
      const record = paymentIntent(state(), params.paymentIntentId);
      return ok({ status: record.status, payments: structuredClone(record.payments) });
    },

    createDisbursementIntent({ body }) {
      const owner = customer(body.customer.externalCustomerId);
      const input = body.disbursementIntent;
      const intent = newIntent("disbursementIntentId", owner, input);
      intent.externalDisbursementIntentId = input.externalDisbursementIntentId;
      const now = new Date().toISOString();
      // The customer's choice of payout method happens in the SDK, which the mock has no part
      // of: it chooses a bank payout at once, so the payout waits for approval straight away.
      state().disbursementIntents.set(intent.disbursementIntentId, {
        intent,
        status: "pending-validation",
        disbursement: {
          id: objectId(),
          status: "pending-validation",
          createdAt: now,
          type: "bank",
          messages: [],
        },
        pendingSince: now,
        summary: { data: pick(owner.data, ["firstName", "lastName", "email", "phone"]) },
      });
      return ok(intent);
    },

    getDisbursementIntentStatus({ params }) {
      const record = disbursementIntent(state(), params.disbursementIntentId);
      return ok({ status: record.status, disbursement: structuredClone(record.disbursement) });
    },

    listPendingDisbursements() {
      const pending = [...state().disbursementIntents.values()].filter(
        (d) => d.status === "pending-validation",
      );
      return ok(
        pending.map((d) => ({
          disbursementIntentId: d.intent.disbursementIntentId,
          externalCustomerId: d.intent.externalCustomerId,
          externalDisbursementId: d.intent.externalDisbursementIntentId,
          customerId: structuredClone(d.summary),
          amount: d.intent.amount,
          currency: d.intent.currency,
          type: d.disbursement.type,
          status: { name: "pending-validation", createdAt: d.pendingSince },
          createdAt: d.disbursement.createdAt,
        })),
      );
    },

    proceedWithDisbursement({ params }) {
      const record = disbursementIntent(state(), params.disbursementIntentId);
      if (record.status !== "pending-validation") {
        throw new Refused(
          400,
          `Disbursement intent "${params.disbursementIntentId}" is not awaiting approval ` +
            `(it is ${record.status}): only a pending-validation payout can be approved or rejected.`,
        );
      }
      // `true` sends the funds at once (`pending` while processing); `false` rejects the payout.
      record.status = params.allow === "true" ? "pending" : "rejected";
      record.disbursement.status = record.status;
      return ok({
        disbursementId: record.disbursement.id,
        amount: record.intent.amount,
        externalCustomerId: record.intent.externalCustomerId,
        externalDisbursementId: record.intent.externalDisbursementIntentId,
        currency: record.intent.currency,
        status: record.status,
      });
    },

    registerWebhook({ body, operation }) {
      const { webhooks } = state();
      // A new webhook receives every event type, so any webhook on the same URL overlaps it.
      if ([...webhooks.values()].some((w) => w.url === body.url)) {
        throw new Refused(409, documentedMessage(spec, operation, "409"));
      }
      /** @type {WebhookRecord} */
      const webhook = {
        _id: objectId(),
        url: body.url,
        status: "active",
        eventTypes: [],
        headers: { ...body.headers },
        secretKey: randomHex(32),
      };
      webhooks.set(webhook._id, webhook);
      const { eventTypes: _all, ...registered } = webhook;
      return ok({ ...registered, headers: { ...webhook.headers } });
    },

    updateWebhook({ params, body, operation }) {
      const { webhooks } = state();
      const id = params.webhookId;
      const webhook = id === undefined ? undefined : webhooks.get(id);
      if (!webhook) throw new NotFound(`No webhook with id "${params.webhookId}".`);
      const updated = { ...webhook, ...pick(body, ["url", "status", "eventTypes", "headers"]) };
      const clash = [...webhooks.values()].some(
        (other) =>
          other !== webhook &&
          other.url === updated.url &&
          overlap(other.eventTypes, updated.eventTypes),
      );
      if (clash) throw new Refused(409, documentedMessage(spec, operation, "409"));
      Object.assign(webhook, updated);
      const { secretKey: _secret, ...view } = webhook;
      return ok(structuredClone(view));
    },
  };
}

/** @param {string} type @param {string} now @returns {Verification} */
function startVerification(type, now) {
  // Valid for 24 hours, and handed to the SDK's createKycElements(): the `cs_ki_` prefix is documented.
  return { type, status: "pending", createdAt: now, clientSecretKey: `cs_ki_${objectId()}` };
}

/**
 * A new payment or disbursement intent: Vivamo's id, the client secret for the SDK (valid 24
 * hours) and the intent's own expiry (2 hours), as the create operations document them.
 * @param {string} idField
 * @param {CustomerRecord} owner
 * @param {{ amount: string, currency: string }} input
 * @returns {Record<string, any>}
 */
function newIntent(idField, owner, input) {
  const id = objectId();
  const now = Date.now();
  return {
    [idField]: id,
    amount: input.amount,
    currency: input.currency,
    externalCustomerId: owner.externalCustomerId,
    clientSecretKey: `${id}_secret_${randomHex(8)}`,
    clientSecretKeyValidTill: new Date(now + 24 * HOUR_MS).toISOString(),
    expirationTime: new Date(now + 2 * HOUR_MS).toISOString(),
  };
}

/** @param {State} state @param {string | undefined} id */
export function paymentIntent(state, id) {
  const found = id === undefined ? undefined : state.paymentIntents.get(id);
  if (!found) throw new NotFound(`No payment intent with id "${id}".`);
  return found;
}

/** @param {State} state @param {string | undefined} id */
function disbursementIntent(state, id) {
  const found = id === undefined ? undefined : state.disbursementIntents.get(id);
  if (!found) throw new NotFound(`No disbursement intent with id "${id}".`);
  return found;
}

/** Webhook event types overlap when either list is empty (all events) or they share one. */
function overlap(/** @type {string[]} */ a, /** @type {string[]} */ b) {
  return a.length === 0 || b.length === 0 || a.some((type) => b.includes(type));
}

/** The message of the spec's first example of a response (the wording Vivamo documents). */
function documentedMessage(
  /** @type {any} */ spec,
  /** @type {import("@vivamo/spec-model/operations").Operation} */ operation,
  /** @type {string} */ status,
) {
  const response = derefIn(spec, operation.operation.responses?.[status]);
  const first = Object.values(response?.content?.["application/json"]?.examples ?? {})[0];
  return derefIn(spec, first)?.value?.message ?? `Refused (${status})`;
}

/** @param {Record<string, any>} source @param {string[]} keys */
function pick(source, keys) {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}
