// Runs the PACKED @vivamo/api-client on one runtime (Node.js, Bun or Deno) against the loopback
// fake API that test/runtimes.test.mjs starts, and prints one JSON line of what it observed. It
// asserts nothing itself: the test compares the report with what the server holds, so a failure
// shows a diff per step instead of a stack trace from inside another runtime.
//
// Usage: <runtime> smoke.mjs '{"baseUrl":"http://127.0.0.1:PORT","apiKey":"...","missingId":"...",
//   "hangingId":"...","flakyId":"...","webhook":{"body":"...","signature":"...","secret":"..."}}'
import process from "node:process";
import {
  createVivamoClient,
  NotFoundError,
  parseWebhookPayload,
  verifyWebhookSignature,
  VivamoApiError,
  VivamoConnectionError,
  VivamoTimeoutError,
} from "@vivamo/api-client";

const { baseUrl, apiKey, missingId, hangingId, flakyId, webhook } = JSON.parse(process.argv[2]);

/** Which runtime this is, in the runtime's own words. */
function runtime() {
  if (typeof globalThis.Deno !== "undefined") return { name: "deno", version: Deno.version.deno };
  if (typeof globalThis.Bun !== "undefined") return { name: "bun", version: Bun.version };
  return { name: "node", version: process.versions.node };
}

/** Runs one step; an exception it did not expect becomes part of the report, not a crash. */
async function step(run) {
  try {
    return await run();
  } catch (error) {
    return { unexpected: `${error?.name}: ${error?.message}` };
  }
}

/** What a caller can see of an error the client threw. */
function describeError(error) {
  return {
    name: error?.name,
    isVivamoApiError: error instanceof VivamoApiError,
    isNotFoundError: error instanceof NotFoundError,
    isVivamoConnectionError: error instanceof VivamoConnectionError,
    isVivamoTimeoutError: error instanceof VivamoTimeoutError,
    status: error?.status,
    message: error?.message,
    requestId: error?.requestId,
    bodyMessage: error?.body?.message,
  };
}

/** Awaits a call that must throw, and describes the error. */
async function failure(call) {
  try {
    await call();
  } catch (error) {
    return describeError(error);
  }
  return { unexpected: "the call resolved" };
}

const vivamo = createVivamoClient({ apiKey, baseUrl, maxRetries: 0 });
const hurried = createVivamoClient({ apiKey, baseUrl, maxRetries: 0, timeoutMs: 300 });

const report = { runtime: runtime() };

report.list = await step(async () => {
  const page = await vivamo.customers.list({ page: 2, size: 10 });
  const { total, limit, totalPages } = page;
  return { page: page.page, total, limit, totalPages, ids: page.customers.map(idOf) };
});

report.listAll = await step(async () => {
  const ids = [];
  for await (const customer of vivamo.customers.listAll({ size: 5, concurrency: 3 })) {
    ids.push(idOf(customer));
  }
  return { ids };
});

report.notFound = await step(() => failure(() => vivamo.customers.get(missingId)));

report.timeout = await step(() => failure(() => hurried.customers.get(hangingId)));

// The two files the client loads on demand (dist/middleware.js on the first call with a middleware,
// dist/validation.js with validateResponses), loaded from the packed package by this runtime.
report.onDemandFiles = await step(async () => {
  const seen = [];
  const watched = createVivamoClient({ apiKey, baseUrl, maxRetries: 0, validateResponses: true });
  watched.use({
    onRequest({ schemaPath }) {
      seen.push(`onRequest ${schemaPath}`);
    },
    onResponse({ response }) {
      seen.push(`onResponse ${response.status}`);
    },
  });
  const page = await watched.customers.list({ page: 1, size: 2 });
  return { seen, ids: page.customers.map(idOf) };
});

// What an integrator sees of a call: its HTTP response (withResponse), and a debug log through
// their own logger (message and fields), which must name each attempt and never the key.
report.observable = await step(async () => {
  const lines = [];
  const capture = (level) => (message, fields) =>
    lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const logger = {
    error: capture("error"),
    warn: capture("warn"),
    info: capture("info"),
    debug: capture("debug"),
  };
  const logged = createVivamoClient({ apiKey, baseUrl, maxRetries: 0, logLevel: "debug", logger });
  const { data, response, requestId } = await logged.customers.get("customer-01").withResponse();
  const raw = await logged.customers.get("customer-02").asResponse();
  // The fake answers 503 to the first request for this id, then 200: one retry.
  const retried = await logged.customers.get(flakyId, { maxRetries: 1 }).withResponse();
  return {
    retriedId: idOf(retried.data),
    retriedRequestId: retried.requestId,
    logNamesBothAttempts: ["attempt 1/2: 503", "attempt 2/2: 200"].every((attempt) =>
      lines.some((line) => line.startsWith("debug ") && line.includes(attempt)),
    ),
    logNamesTheRetry: lines.some((line) => line.startsWith("info ") && line.includes("retrying")),
    id: idOf(data),
    status: response.status,
    requestId,
    rawStatus: raw.status,
    rawBodyUnread: raw.bodyUsed === false,
    logged: lines.length > 0,
    logNamesTheCall: lines.some((line) => line.includes("GET") && line.includes("/customers/")),
    logHasTheKey: lines.some((line) => line.includes(apiKey)),
  };
});

report.webhook = await step(async () => {
  const { body, signature, secret } = webhook;
  return {
    valid: await verifyWebhookSignature(body, signature, secret),
    validUppercase: await verifyWebhookSignature(body, signature.toUpperCase(), secret),
    validBytes: await verifyWebhookSignature(new TextEncoder().encode(body), signature, secret),
    tamperedBody: await verifyWebhookSignature(`${body} `, signature, secret),
    wrongSignature: await verifyWebhookSignature(body, flipLastDigit(signature), secret),
    wrongSecret: await verifyWebhookSignature(body, signature, `${secret}x`),
    missingSignature: await verifyWebhookSignature(body, null, secret),
    payload: parseWebhookPayload(body),
  };
});

console.log(JSON.stringify(report));

function idOf(customer) {
  return customer.externalCustomerId;
}

function flipLastDigit(hex) {
  return hex.slice(0, -1) + (hex.endsWith("0") ? "1" : "0");
}
