// Webhook deliveries: the rules compare the 3.1 `webhooks` section with the directions reversed
// (Vivamo sends, the integrator reads), and TypeScript's opinion confirms it on the generated types.
import { readBundledSpec } from "@vivamo/spec-model/document";
import { expect, test } from "vitest";
import { classifyChanges } from "../src/classify.mjs";
import { findBaseline } from "../src/releases.mjs";
import { repoRoot } from "./scratch.mjs";

test("a webhook payload field that is no longer always sent is breaking, found by both opinions", async () => {
  const released = readBundledSpec(/** @type {{ file: string }} */ (findBaseline(repoRoot)).file);
  const edited = structuredClone(released);
  const payload = edited.components.schemas.PaymentWebhookPayload;
  payload.required = payload.required.filter((field) => field !== "externalCustomerId");

  const { bump, changes } = await classifyChanges(released, edited);
  expect(bump).toBe("major");
  expect(changes).toContainEqual(
    expect.objectContaining({
      path: "webhook paymentResult (POST) payload: externalCustomerId",
      level: "breaking",
      rule: "webhook-property-became-optional",
      foundBy: ["rules", "typescript"],
    }),
  );
}, 60_000);
