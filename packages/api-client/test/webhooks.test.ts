import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { PaymentWebhookPayload } from "@vivamo/api-types";
import {
  parseWebhookPayload,
  verifyWebhookSignature,
  WebhookPayloadError,
  type WebhookPayload,
} from "../src/webhooks.js";

// The documented payment result payload (legacy Webhooks page) and a secret in the shape Register
// Webhook returns.
const payload = {
  amount: "15.50",
  status: "success",
  transactionType: "payment",
  externalCustomerId: "abc123",
  paymentIntentId: "671f4e90c0811b1056da1653",
  externalPaymentIntentId: "42cd8fa2-69da-4813-a312-eb061f9e535d",
};
const body = JSON.stringify(payload);
const secret = "3f9a1c7e5b2d4f60a8e1c3b5d7f9021436587a9bc0de1f2a3b4c5d6e7f809a1b";
const sign = (data: string | Uint8Array, key = secret) =>
  createHmac("sha512", key).update(data).digest("hex");
const signature = sign(body);

describe("verifyWebhookSignature", () => {
  it("matches RFC 4231 test case 2 for HMAC-SHA-512", async () => {
    const rfc =
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554" +
      "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737";
    expect(sign("what do ya want for nothing?", "Jefe")).toBe(rfc);
    await expect(verifyWebhookSignature("what do ya want for nothing?", rfc, "Jefe")).resolves.toBe(
      true,
    );
  });

  it("accepts the signature of the exact body (the spec's example vector)", async () => {
    expect(signature).toBe(
      "7b56297dc0280570296a143a20e9624e5d2eaf71c4fb6b54c41913bd0eb5fcfcdf82c63b80f072e1ada36cfdc4fd7a6c3f71c4c2703b6925b2fcfbc269df3134",
    );
    await expect(verifyWebhookSignature(body, signature, secret)).resolves.toBe(true);
  });

  it("accepts uppercase hex", async () => {
    await expect(verifyWebhookSignature(body, signature.toUpperCase(), secret)).resolves.toBe(true);
  });

  it("accepts the body as bytes: Uint8Array, Buffer and a view into a larger buffer", async () => {
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhookSignature(bytes, signature, secret)).resolves.toBe(true);
    await expect(verifyWebhookSignature(Buffer.from(body), signature, secret)).resolves.toBe(true);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    await expect(
      verifyWebhookSignature(padded.subarray(4, 4 + bytes.length), signature, secret),
    ).resolves.toBe(true);
  });

  it("signs the UTF-8 bytes of non-ASCII bodies", async () => {
    const text = JSON.stringify({ ...payload, externalCustomerId: "zoë-😀" });
    const sig = sign(text);
    await expect(verifyWebhookSignature(text, sig, secret)).resolves.toBe(true);
    await expect(verifyWebhookSignature(new TextEncoder().encode(text), sig, secret)).resolves.toBe(
      true,
    );
  });

  it("refuses a tampered body", async () => {
    const tampered = body.replace('"15.50"', '"15.51"');
    await expect(verifyWebhookSignature(tampered, signature, secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(body + " ", signature, secret)).resolves.toBe(false);
    const reserialised = JSON.stringify(payload, null, 2);
    await expect(verifyWebhookSignature(reserialised, signature, secret)).resolves.toBe(false);
  });

  it("refuses the wrong secret", async () => {
    await expect(verifyWebhookSignature(body, signature, secret.slice(1))).resolves.toBe(false);
    await expect(verifyWebhookSignature(body, sign(body, "another secret"), secret)).resolves.toBe(
      false,
    );
  });

  it("refuses a signature that differs in one digit, first or last", async () => {
    const flip = (hex: string, i: number) =>
      hex.slice(0, i) + (hex[i] === "0" ? "1" : "0") + hex.slice(i + 1);
    await expect(verifyWebhookSignature(body, flip(signature, 0), secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(body, flip(signature, 127), secret)).resolves.toBe(false);
  });

  it.each([
    ["missing (null)", null],
    ["missing (undefined)", undefined],
    ["empty", ""],
    ["non-hex", "z".repeat(128)],
    ["one digit short", signature.slice(1)],
    ["one digit too many", signature + "0"],
    ["an odd half-byte short", signature.slice(0, 127)],
    ["a SHA-256 length", signature.slice(0, 64)],
    ["prefixed", `sha512=${signature}`],
    ["with whitespace", ` ${signature}`],
    ["base64 instead of hex", Buffer.from(signature, "hex").toString("base64")],
  ])("returns false, never throws, for a %s signature", async (_, bad) => {
    await expect(verifyWebhookSignature(body, bad, secret)).resolves.toBe(false);
  });

  it("returns false for an empty secret or a body of the wrong type", async () => {
    await expect(verifyWebhookSignature(body, signature, "")).resolves.toBe(false);
    await expect(verifyWebhookSignature(body, signature, undefined as never)).resolves.toBe(false);
    await expect(verifyWebhookSignature(payload as never, signature, secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(null as never, signature, secret)).resolves.toBe(false);
  });

  it("relies on Web Crypto only, not node:crypto", () => {
    const source = readFileSync(new URL("../src/webhooks.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from\s+["'](node:)?crypto["']/);
    expect(source).toContain("globalThis.crypto");
  });
});

describe("parseWebhookPayload", () => {
  it("returns the typed payment payload from a string or bytes", () => {
    const parsed = parseWebhookPayload(body);
    expect(parsed).toEqual(payload);
    expectTypeOf(parsed).toEqualTypeOf<WebhookPayload>();
    expectTypeOf(parsed).toEqualTypeOf<PaymentWebhookPayload>();
    expectTypeOf(parsed.status).toEqualTypeOf<"success" | "failed">();
    expect(parseWebhookPayload(new TextEncoder().encode(body))).toEqual(payload);
  });

  it("parses a failed payment without paymentIntentId", () => {
    const failed = {
      amount: "15.50",
      status: "failed",
      subStatus: "declined",
      transactionType: "payment",
      externalCustomerId: "abc123",
      externalPaymentIntentId: "42cd8fa2-69da-4813-a312-eb061f9e535d",
    };
    expect(parseWebhookPayload(JSON.stringify(failed))).toEqual(failed);
  });

  it("keeps fields it does not know", () => {
    const newer = { ...payload, currency: "USD" };
    expect(parseWebhookPayload(JSON.stringify(newer))).toEqual(newer);
  });

  it.each([
    ["not JSON", "not json", /not valid JSON/],
    ["empty", "", /not valid JSON/],
    ["a JSON array", "[]", /must be a JSON object/],
    ["JSON null", "null", /must be a JSON object/],
    ["a JSON string", '"payment"', /must be a JSON object/],
  ])("throws a WebhookPayloadError for a body that is %s", (_, text, message) => {
    expect(() => parseWebhookPayload(text)).toThrow(WebhookPayloadError);
    expect(() => parseWebhookPayload(text)).toThrow(message);
  });

  it("throws for bytes that are not UTF-8", () => {
    expect(() => parseWebhookPayload(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow(
      /not valid UTF-8/,
    );
  });

  it.each([
    ["a missing amount", { ...payload, amount: undefined }, /`amount` is missing/],
    ["a numeric amount", { ...payload, amount: 15.5 }, /`amount` must be a string/],
    ["an unknown status", { ...payload, status: "pending" }, /`status` is "pending"/],
    [
      "an undocumented transaction type",
      { ...payload, transactionType: "disbursement" },
      /`transactionType` is "disbursement", expected payment/,
    ],
    ["a numeric subStatus", { ...payload, subStatus: 3 }, /`subStatus` must be a string/],
  ])("throws a clear error for %s, with the parsed payload attached", (_, value, message) => {
    const text = JSON.stringify(value);
    let error: unknown;
    try {
      parseWebhookPayload(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect((error as Error).message).toMatch(message);
    expect((error as WebhookPayloadError).payload).toEqual(JSON.parse(text));
    expect((error as Error).name).toBe("WebhookPayloadError");
  });
});
