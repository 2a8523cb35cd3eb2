// triggerWebhook and `vivamo-mock trigger` against a small endpoint on loopback: the body is the
// spec's example (with overrides), valid against the spec, signed as Vivamo signs, and retried as
// Vivamo retries.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { bundledSpec, deref } from "@vivamo/spec-tools/bundled";
import {
  listWebhookEvents,
  signWebhookBody,
  triggerWebhook,
  WebhookDeliveryError,
} from "../src/index.js";
import { runCommand } from "./helpers/cli.mjs";
import { listenOnLoopback } from "./helpers/listen.mjs";
import { runProcess } from "@vivamo/test-kit/processes";

const cli = join(fileURLToPath(new URL("..", import.meta.url)), "src", "cli.js");
const SECRET = "whsec_test_0123456789";
const examples =
  bundledSpec.webhooks.paymentResult.post.requestBody.content["application/json"].examples;

const endpoints = [];
afterEach(async () => {
  await Promise.all(
    endpoints.splice(0).map((e) => new Promise((resolve) => e.server.close(resolve))),
  );
});

/**
 * An endpoint that records deliveries and answers with `answer(n)` (default 200).
 * @param {(n: number) => { status?: number, body?: string, headers?: Record<string, string>, hang?: boolean }} [answer]
 */
async function endpoint(answer = () => ({ status: 200, body: "ok" })) {
  const received = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    received.push({ method: req.method, headers: req.headers, body });
    const { status, body: text = "", headers = {}, hang } = answer(received.length);
    if (hang) return; // never answers
    res.writeHead(/** @type {number} */ (status), headers); // every answer but a hang has one
    res.end(text);
  });
  const port = await listenOnLoopback(server);
  const entry = { server, received, url: `http://127.0.0.1:${port}/hooks/vivamo` };
  endpoints.push(entry);
  return entry;
}

describe("listWebhookEvents", () => {
  it("offers every documented variant of every webhook in the spec", async () => {
    const events = await listWebhookEvents();
    const expected = Object.entries(bundledSpec.webhooks).flatMap(([name, item]) =>
      Object.keys(item.post.requestBody.content["application/json"].examples).map(
        (v) => `${name}.${v}`,
      ),
    );
    expect(events.map((e) => e.name)).toEqual(expected);
    expect(expected).toEqual(["paymentResult.success", "paymentResult.failed"]);
  });
});

describe("triggerWebhook", () => {
  it.each(["success", "failed"])(
    "delivers paymentResult.%s: the spec's example, signed",
    async (variant) => {
      const hook = await endpoint();
      const delivery = await triggerWebhook({
        event: `paymentResult.${variant}`,
        url: hook.url,
        secret: SECRET,
      });
      expect(delivery).toMatchObject({
        status: 200,
        attempts: 1,
        event: `paymentResult.${variant}`,
      });
      const [request] = hook.received;
      expect(request.method).toBe("POST");
      expect(JSON.parse(request.body)).toEqual(deref(examples[variant]).value);
      expect(request.headers["content-type"]).toBe("application/json");
      // Computed independently: hex HMAC-SHA512 of the raw body.
      expect(request.headers.signature).toBe(
        createHmac("sha512", SECRET).update(request.body).digest("hex"),
      );
      expect(signWebhookBody(request.body, SECRET)).toBe(request.headers.signature);
    },
  );

  it("takes a webhook name for its first variant, and sends custom headers", async () => {
    const hook = await endpoint();
    const delivery = await triggerWebhook({
      event: "paymentResult",
      url: hook.url,
      secret: SECRET,
      headers: { "X-Custom-Auth": "key-123" },
    });
    expect(delivery.event).toBe("paymentResult.success");
    expect(hook.received[0].headers["x-custom-auth"]).toBe("key-123");
  });

  it("merges --data over the example, field by field", async () => {
    const hook = await endpoint();
    await triggerWebhook({
      event: "paymentResult.failed",
      url: hook.url,
      secret: SECRET,
      data: { amount: "20.00", externalCustomerId: "user_42", __proto__: { polluted: true } },
    });
    const body = JSON.parse(hook.received[0].body);
    expect(body).toEqual({
      ...deref(examples.failed).value,
      amount: "20.00",
      externalCustomerId: "user_42",
    });
    expect({}.polluted).toBeUndefined();
  });

  it("refuses a payload the spec does not allow, before sending anything", async () => {
    const hook = await endpoint();
    const error = await triggerWebhook({
      event: "paymentResult.success",
      url: hook.url,
      secret: SECRET,
      data: { amount: 20, status: "pending", extra: 1 },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^The paymentResult.success payload does not match the spec/);
    expect(error.message).toContain("  /amount: must be string (type)");
    expect(error.message).toContain("  /status: must be equal to one of the allowed values (enum)");
    expect(error.message).toContain(
      "  /extra: is not allowed by the schema (unknown field) (additionalProperties)",
    );
    expect(hook.received).toEqual([]);
  });

  it("names the available events for an unknown one", async () => {
    await expect(
      triggerWebhook({ event: "payment.succeeded", url: "http://127.0.0.1:9/", secret: SECRET }),
    ).rejects.toThrow(
      'Unknown webhook event "payment.succeeded". Available: paymentResult.success, paymentResult.failed.',
    );
  });

  it.each([
    [{ url: "ftp://example.com/hook" }, /http\(s\) URL/],
    [{ url: "/relative" }, /absolute http\(s\) URL/],
    [{ secret: "" }, /secret is needed/],
  ])("checks its input: %j", async (change, message) => {
    await expect(
      triggerWebhook({
        event: "paymentResult",
        url: "http://127.0.0.1:9/",
        secret: SECRET,
        ...change,
      }),
    ).rejects.toThrow(message);
  });

  it("retries a failed delivery, attempt × interval apart, and says so", async () => {
    const hook = await endpoint((n) => (n < 3 ? { status: 500, body: "down" } : { status: 204 }));
    const lines = [];
    const started = Date.now();
    const delivery = await triggerWebhook({
      event: "paymentResult.success",
      url: hook.url,
      secret: SECRET,
      retryIntervalMs: 50,
      log: (line) => lines.push(line),
    });
    expect(delivery).toMatchObject({ status: 204, attempts: 3 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150); // 1 × 50 + 2 × 50
    expect(lines[0]).toMatch(
      /^Attempt 1 failed: HTTP 500 down\. Retrying in 50 ms \(retry 1 of 5; Vivamo retries a failed delivery up to 5 times/,
    );
    expect(lines[1]).toMatch(
      /^Attempt 2 failed: HTTP 500 down\. Retrying in 100 ms \(retry 2 of 5/,
    );
    expect(lines[2]).toMatch(/^Attempt 3: HTTP 204 in \d+ ms$/);
    // Every retry is the same delivery: same bytes, same signature.
    expect(new Set(hook.received.map((r) => r.body + r.headers.signature)).size).toBe(1);
  });

  it("gives up after the retries with the last status and body", async () => {
    const hook = await endpoint(() => ({ status: 503, body: '{"error":"maintenance"}' }));
    const error = await triggerWebhook({
      event: "paymentResult",
      url: hook.url,
      secret: SECRET,
      retries: 2,
      retryIntervalMs: 1,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookDeliveryError);
    expect(error).toMatchObject({ status: 503, body: '{"error":"maintenance"}', attempts: 3 });
    expect(error.message).toContain(
      'after 3 attempt(s): HTTP 503\nResponse body: {"error":"maintenance"}',
    );
    expect(hook.received).toHaveLength(3);
  });

  it("counts a redirect and a missing answer as failures", async () => {
    const redirect = await endpoint(() => ({
      status: 302,
      headers: { location: "https://example.com/" },
    }));
    await expect(
      triggerWebhook({ event: "paymentResult", url: redirect.url, secret: SECRET, retries: 0 }),
    ).rejects.toMatchObject({ status: 302 });
    const silent = await endpoint(() => ({ hang: true }));
    await expect(
      triggerWebhook({
        event: "paymentResult",
        url: silent.url,
        secret: SECRET,
        retries: 0,
        timeoutMs: 200,
      }),
    ).rejects.toThrow("no answer within 200 ms");
  });
});

// The command's cases in-process (runCommand: the same runCli src/cli.js runs), and one real run of
// the executable: its exit status and stderr.
describe("vivamo-mock trigger", { timeout: 120_000 }, () => {
  it("--list prints the events", async () => {
    const result = await runCommand(["trigger", "--list"]);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]),
    ).toEqual(["paymentResult.success", "paymentResult.failed"]);
  });

  it("delivers with --data and prints what it sent, never the secret", async () => {
    const hook = await endpoint();
    const result = await runCommand([
      "trigger",
      "paymentResult.failed",
      "--url",
      hook.url,
      "--secret",
      SECRET,
      "--data",
      '{"amount":"20.00"}',
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Delivered paymentResult.failed to ${hook.url}: HTTP 200 after 1 attempt(s).`,
    );
    expect(JSON.parse(hook.received[0].body).amount).toBe("20.00");
    expect(result.stdout).not.toContain(SECRET);
  });

  it("reads the secret from VIVAMO_WEBHOOK_SECRET", async () => {
    const hook = await endpoint();
    const result = await runCommand(["trigger", "paymentResult", "--url", hook.url], {
      env: { VIVAMO_WEBHOOK_SECRET: SECRET },
    });
    expect(result.code).toBe(0);
    expect(hook.received[0].headers.signature).toBe(signWebhookBody(hook.received[0].body, SECRET));
  });

  it("exits non-zero with the status and body after retrying (the executable itself)", async () => {
    const hook = await endpoint(() => ({ status: 401, body: "invalid signature" }));
    const result = await runProcess(process.execPath, [
      cli,
      "trigger",
      "paymentResult",
      "--url",
      hook.url,
      "--secret",
      SECRET,
      "--retries",
      "1",
      "--retry-interval",
      "0.01",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Attempt 1 failed: HTTP 401 invalid signature\. Retrying in 10 ms \(retry 1 of 1/,
    );
    expect(result.stderr).toContain(
      "vivamo-mock: The endpoint did not accept paymentResult.success after 2 attempt(s): HTTP 401\nResponse body: invalid signature",
    );
    expect(hook.received).toHaveLength(2);
  });

  it("refuses --data that is not JSON", async () => {
    const result = await runCommand([
      "trigger",
      "paymentResult",
      "--url",
      "http://127.0.0.1:9/",
      "--secret",
      SECRET,
      "--data",
      "{amount: 1}",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--data is not valid JSON/);
  });
});
