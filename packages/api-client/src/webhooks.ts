/**
 * Receiving Vivamo webhooks: check the `signature` header, then parse the body.
 *
 * ```ts
 * import { parseWebhookPayload, verifyWebhookSignature } from "@vivamo/api-client";
 *
 * const rawBody = await request.text(); // the exact bytes Vivamo sent, before any JSON parsing
 * if (!(await verifyWebhookSignature(rawBody, request.headers.get("signature"), secretKey))) {
 *   return new Response("invalid signature", { status: 401 });
 * }
 * const payload = parseWebhookPayload(rawBody);
 * ```
 *
 * Uses only the Web Crypto API (`globalThis.crypto.subtle`), no `node:` imports: any runtime
 * with Web Crypto (Node ≥ 20.19, the supported range, has it).
 */
import type { PaymentWebhookPayload } from "@vivamo/api-types";
import { VivamoError } from "./errors.js";

/** The body of a webhook delivery this client understands (today: a payment result). */
export type WebhookPayload = PaymentWebhookPayload;

/** A webhook body that is not JSON or does not have the documented shape. */
export class WebhookPayloadError extends VivamoError {
  /** The parsed JSON when the body was JSON but had an unexpected shape; otherwise `undefined`. */
  declare readonly payload: unknown;

  constructor(message: string, payload?: unknown) {
    super(message);
    this.payload = payload;
  }
}

/** HMAC-SHA512 produces 64 bytes, sent as 128 hex digits. */
const SIGNATURE_BYTES = 64;
const HEX_SIGNATURE = /^[0-9a-fA-F]{128}$/;

/**
 * Checks a delivery's `signature` header: the hex HMAC-SHA512 of the raw body keyed with the
 * webhook's `secretKey` (returned once by Register Webhook).
 *
 * Pass the body exactly as received (a string or its bytes): re-serialising parsed JSON can change
 * it and break the signature. Hex digits may be upper- or lowercase. The comparison takes the same
 * time wherever the signatures differ.
 *
 * @returns `true` only for a valid signature; `false` for a wrong, missing or malformed signature,
 *   an empty secret or a body that is neither a string nor bytes. It never rejects for bad input;
 *   it rejects only when the runtime has no Web Crypto API.
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: string,
): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new VivamoError(
      "verifyWebhookSignature needs the Web Crypto API (globalThis.crypto.subtle): use Node.js " +
        "20.19 or later, or another runtime that has it.",
    );
  }
  if (typeof signature !== "string" || !HEX_SIGNATURE.test(signature)) return false;
  if (typeof secret !== "string" || secret.length === 0) return false;
  let body: Uint8Array<ArrayBuffer>;
  if (typeof rawBody === "string") body = new TextEncoder().encode(rawBody);
  else if (rawBody instanceof Uint8Array) {
    body = new Uint8Array(rawBody); // a copy we own
  } else return false;

  const expected = hexToBytes(signature);
  try {
    const key = await subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-512" },
      false,
      ["sign"],
    );
    const actual = new Uint8Array(await subtle.sign("HMAC", key, body));
    return constantTimeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * Parses a delivery body into a typed payload. Check the signature first.
 *
 * Fields this version does not know are kept, so a newer payload still parses as long as the
 * documented fields are there.
 *
 * @throws {WebhookPayloadError} when the body is not UTF-8 JSON, is not an object, misses a
 *   documented field or has one of the wrong type or value. Bodies of events whose payload Vivamo
 *   does not document yet (disbursement, KYC, W-9) fail here too; `error.payload` then holds the
 *   parsed JSON.
 */
export function parseWebhookPayload(rawBody: string | Uint8Array): WebhookPayload {
  let text: string;
  if (typeof rawBody === "string") text = rawBody;
  else if (rawBody instanceof Uint8Array) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
    } catch {
      throw new WebhookPayloadError("Webhook body is not valid UTF-8.");
    }
  } else throw new WebhookPayloadError("Webhook body must be a string or a Uint8Array.");

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WebhookPayloadError(`Webhook body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WebhookPayloadError("Webhook body must be a JSON object.", value);
  }

  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const check = (field: string, required: boolean, allowed?: readonly string[]) => {
    const v = record[field];
    if (v === undefined) {
      if (required) problems.push(`\`${field}\` is missing`);
    } else if (typeof v !== "string") {
      problems.push(`\`${field}\` must be a string`);
    } else if (allowed && !allowed.includes(v)) {
      problems.push(`\`${field}\` is ${JSON.stringify(v)}, expected ${allowed.join(" or ")}`);
    }
  };
  check("transactionType", true, ["payment"]);
  check("status", true, ["success", "failed"]);
  check("amount", true);
  check("externalCustomerId", true);
  check("externalPaymentIntentId", true);
  check("paymentIntentId", false);
  check("subStatus", false);
  if (problems.length > 0) {
    throw new WebhookPayloadError(`Unexpected webhook payload: ${problems.join("; ")}.`, value);
  }
  return value as WebhookPayload;
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares two byte arrays without an early exit, so timing does not reveal where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== SIGNATURE_BYTES || b.length !== SIGNATURE_BYTES) return false;
  let difference = 0;
  for (let i = 0; i < SIGNATURE_BYTES; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
