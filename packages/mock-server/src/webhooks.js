// Webhook simulation, as `stripe trigger` does it: a delivery exactly like Vivamo's, built from
// the spec's examples, checked against the spec, signed, POSTed, and retried on failure as the
// documentation says Vivamo retries.
import { createHmac } from "node:crypto";
import { loadSpec } from "./spec.js";
import { specValidator } from "./validator.js";

/**
 * Vivamo's documented delivery rule (spec/webhooks/paymentResult.yaml): anything but a 2xx, or no
 * answer, is retried up to 5 times, waiting attempt number × 1 minute.
 */
export const DOCUMENTED_RETRIES = 5;
export const DOCUMENTED_RETRY_INTERVAL_MS = 60_000;
/** How long "no answer" is: the docs do not say, so this is our choice. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** A delivery the endpoint did not accept, after every retry. */
export class WebhookDeliveryError extends Error {
  /**
   * @param {string} message
   * @param {{ status: number | undefined, body: string, attempts: number }} outcome the last
   *   attempt's status (undefined without an answer) and body, and how many attempts were made
   */
  constructor(message, { status, body, attempts }) {
    super(message);
    this.name = "WebhookDeliveryError";
    this.status = status;
    this.body = body;
    this.attempts = attempts;
  }
}

/**
 * @typedef {import("./index.js").WebhookEvent & { schemaPointer: string }} SpecWebhookEvent
 *   `schemaPointer`: the event's request body in the spec, for checking a payload.
 */

/**
 * Every event the spec documents: one per named example of each webhook's request body
 * (`paymentResult.success`, `paymentResult.failed`, ...).
 * @returns {Promise<import("./index.js").WebhookEvent[]>}
 */
export async function listWebhookEvents() {
  const context = await loadSpec();
  return webhookEvents(context);
}

/**
 * @param {Awaited<ReturnType<typeof loadSpec>>} context
 * @returns {SpecWebhookEvent[]}
 */
function webhookEvents({ spec, deref }) {
  /** @type {Record<string, Record<string, any>>} webhook → method → the operation in the spec */
  const webhooks = spec.webhooks ?? {};
  return Object.entries(webhooks).flatMap(([webhook, item]) =>
    Object.entries(item).flatMap(([method, operation]) => {
      const body = deref(operation.requestBody);
      const media = body?.content?.["application/json"];
      if (!media) return [];
      /** @type {Record<string, unknown>} */
      const examples = media.examples ?? {};
      return Object.entries(examples).map(([variant, example]) => {
        const resolved = deref(example);
        return {
          name: `${webhook}.${variant}`,
          webhook,
          variant,
          method: method.toUpperCase(),
          summary: resolved.summary ?? operation.summary ?? webhook,
          example: resolved.value,
          schemaPointer: `#/webhooks/${webhook}/${method}/requestBody`,
        };
      });
    }),
  );
}

/**
 * Hex HMAC-SHA512 of the exact body bytes, keyed with the webhook's secret: Vivamo's `signature`.
 * @param {string | Uint8Array} rawBody
 * @param {string} secret
 */
export function signWebhookBody(rawBody, secret) {
  return createHmac("sha512", secret).update(rawBody).digest("hex");
}

/**
 * Merges `override` into `base`: objects field by field, anything else replaced.
 * @param {unknown} base
 * @param {unknown} override
 * @returns {unknown}
 */
export function deepMerge(base, override) {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  /** @type {Record<string, unknown>} */
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // Own, ordinary keys only: `--data '{"__proto__": ...}'` must not reach the prototype.
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    merged[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return merged;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Builds, checks, signs and delivers one webhook.
 *
 * @param {import("./index.js").TriggerWebhookOptions} options
 * @returns {Promise<import("./index.js").WebhookDelivery>}
 */
export async function triggerWebhook(options) {
  const { event, url, secret, data, headers = {} } = options;
  const retries = options.retries ?? DOCUMENTED_RETRIES;
  const retryIntervalMs = options.retryIntervalMs ?? DOCUMENTED_RETRY_INTERVAL_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log = options.log ?? (() => {});

  const target = parseEndpoint(url);
  if (typeof secret !== "string" || secret === "") {
    throw new TypeError(
      "A webhook secret is needed to sign the delivery: pass the `secretKey` Register Webhook " +
        "returned (--secret, or VIVAMO_WEBHOOK_SECRET).",
    );
  }
  if (!Number.isInteger(retries) || retries < 0) {
    throw new TypeError("retries must be an integer ≥ 0");
  }

  const context = await loadSpec();
  const events = webhookEvents(context);
  const chosen = events.find((e) => e.name === event) ?? events.find((e) => e.webhook === event);
  if (!chosen) {
    throw new TypeError(
      `Unknown webhook event "${event}". Available: ${events.map((e) => e.name).join(", ")}.`,
    );
  }
  if (data !== undefined && !isPlainObject(data)) {
    throw new TypeError("data must be a JSON object whose fields override the example's.");
  }

  const payload = data === undefined ? chosen.example : deepMerge(chosen.example, data);
  const validator = specValidator(context.spec);
  const body = validator.resolve(chosen.schemaPointer);
  const schemaPointer = `${body.pointer}/content/application~1json/schema`;
  const violations = validator.validate(schemaPointer, payload);
  if (violations.length > 0) {
    throw new TypeError(
      `The ${chosen.name} payload does not match the spec, so Vivamo would never send it:\n` +
        violations.map((v) => `  ${v.pointer || "(body)"}: ${v.message} (${v.rule})`).join("\n"),
    );
  }

  const rawBody = JSON.stringify(payload);
  const signature = signWebhookBody(rawBody, secret);
  const requestHeaders = {
    ...headers,
    "content-type": "application/json",
    "user-agent": "vivamo-mock-webhooks",
    signature,
  };

  /** @type {{ status: number | undefined, body: string, error?: string, durationMs?: number }[]} */
  const attempts = [];
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    /** @type {{ status: number | undefined, body: string, error?: string, durationMs?: number }} */
    let outcome;
    try {
      const response = await fetchImpl(target, {
        method: chosen.method,
        headers: requestHeaders,
        body: rawBody,
        // A delivery is not a browser: a redirect is an answer that is not 2xx.
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      outcome = { status: response.status, body: text };
    } catch (error) {
      const reason =
        /** @type {{ name?: unknown } | undefined} */ (error)?.name === "TimeoutError"
          ? `no answer within ${timeoutMs} ms`
          : describeFailure(error);
      outcome = { status: undefined, body: "", error: reason };
    }
    outcome.durationMs = Date.now() - started;
    attempts.push(outcome);

    if (outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300) {
      if (attempt > 1) {
        log(`Attempt ${attempt}: HTTP ${outcome.status} in ${outcome.durationMs} ms`);
      }
      return {
        event: chosen.name,
        url: target.href,
        status: outcome.status,
        responseBody: outcome.body,
        payload,
        rawBody,
        signature,
        attempts: attempt,
      };
    }

    const what = outcome.status === undefined ? outcome.error : `HTTP ${outcome.status}`;
    if (attempt > retries) {
      const snippet = truncate(outcome.body, 2000);
      throw new WebhookDeliveryError(
        `The endpoint did not accept ${chosen.name} after ${attempt} attempt(s): ${what}` +
          (snippet ? `\nResponse body: ${snippet}` : ""),
        { status: outcome.status, body: outcome.body, attempts: attempt },
      );
    }
    const waitMs = attempt * retryIntervalMs;
    log(
      `Attempt ${attempt} failed: ${what}${outcome.body ? ` ${truncate(outcome.body, 200)}` : ""}. ` +
        `Retrying in ${formatDuration(waitMs)} (retry ${attempt} of ${retries}; Vivamo retries a ` +
        "failed delivery up to 5 times, attempt × 1 minute apart).",
    );
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** @param {string | URL} url */
function parseEndpoint(url) {
  let target;
  try {
    target = new URL(url);
  } catch {
    throw new TypeError(
      `--url must be an absolute http(s) URL of your webhook endpoint, got "${url}".`,
    );
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new TypeError(`--url must be an http(s) URL, got "${target.protocol}".`);
  }
  return target;
}

/** @param {unknown} error what fetch threw */
function describeFailure(error) {
  const failure =
    /** @type {{ cause?: { code?: string, message?: string }, message?: string } | undefined} */ (
      error
    );
  const cause = failure?.cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused (is your endpoint running?)";
  return cause?.code ?? cause?.message ?? failure?.message ?? String(error);
}

/** @param {string} text @param {number} length */
function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** @param {number} ms */
function formatDuration(ms) {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
