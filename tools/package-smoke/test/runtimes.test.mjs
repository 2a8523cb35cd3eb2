// Runtime smoke tests of the PACKED client: consumer/smoke.mjs runs on every runtime of the
// matrix (Node.js 20-26, Bun, Deno) against a loopback fake of the API, and its report must match
// what the fake holds. The runtimes run side by side.
import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scaled } from "@vivamo/test-kit/vitest";
import { customers, FLAKY_ID, HANGING_ID, MISSING_ID, startFakeApi } from "../src/fake-api.mjs";
import { runtimes } from "../src/matrix.mjs";
import { runtimesSupported } from "../src/toolchains.mjs";

const run = promisify(execFile);
const project = inject("consumerProject");
const commands = inject("runtimeCommands");
const denoDir = inject("denoDir");

// A delivery as Vivamo sends it: the spec's example payload, signed here with node:crypto rather
// than with the client's own code.
const webhookPayload = bundledSpec.components.examples.PaymentWebhookSuccess.value;
const webhookBody = JSON.stringify(webhookPayload);
const webhookSecret = "whsec_package_smoke";
const webhookSignature = createHmac("sha512", webhookSecret).update(webhookBody).digest("hex");

let api;
beforeAll(async () => {
  api = await startFakeApi();
});
afterAll(() => api?.close());

/** Runs a script of the consumer project on a runtime and parses the JSON line it printed. */
async function runScript(runtime, script, ...args) {
  const command = commands?.[runtime];
  if (!command) throw new Error(`${runtime} is not installed on this machine (see src/matrix.mjs)`);
  const { executable, args: runtimeArgs } = command;
  const { NODE_OPTIONS: _vitestOptions, ...env } = process.env; // vitest's, not for other runtimes
  Object.assign(env, { NO_COLOR: "1", DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1" });
  const { stdout } = await run(executable, [...runtimeArgs, script, ...args], {
    cwd: project,
    env,
    timeout: 120_000,
  }).catch((error) => {
    throw new Error(`${runtime} ${script} failed (${error.code}):\n${error.stderr}${error.stdout}`);
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
}

const ids = (list) => list.map((customer) => customer.externalCustomerId);

const title = runtimesSupported
  ? "packed @vivamo/api-client on"
  : `packed @vivamo/api-client (skipped on ${process.platform}-${process.arch}: the runtimes are Linux x64 builds) on`;
describe.skipIf(!runtimesSupported).concurrent(title, () => {
  for (const [name, { version }] of Object.entries(runtimes)) {
    it(`${name} (${version})`, { timeout: scaled(240_000) }, async () => {
      const apiKey = `sk_test_smoke_${name.replace(" ", "_")}`;
      const input = {
        baseUrl: api.baseUrl,
        apiKey,
        missingId: MISSING_ID,
        hangingId: HANGING_ID,
        flakyId: FLAKY_ID,
        webhook: { body: webhookBody, signature: webhookSignature, secret: webhookSecret },
      };
      const report = await runScript(name, "smoke.mjs", JSON.stringify(input));

      expect(report.runtime).toEqual({ name: name.split(" ")[0], version });
      expect(report.list).toEqual({
        page: 2,
        total: customers.length,
        limit: 10,
        totalPages: 3,
        ids: ids(customers.slice(10, 20)),
      });
      expect(report.listAll).toEqual({ ids: ids(customers) });
      // concurrency 3: the fake held the first two later pages until both were requested.
      expect(api.maxParallelPages(apiKey)).toBeGreaterThanOrEqual(2);
      expect(api.maxParallelPages(apiKey)).toBeLessThanOrEqual(3);
      expect(report.notFound).toMatchObject({
        name: "NotFoundError",
        isNotFoundError: true,
        isVivamoApiError: true,
        status: 404,
        requestId: "req_smoke_404",
        bodyMessage: "Customer not found",
        message: expect.stringContaining("Customer not found"),
      });
      expect(report.timeout).toMatchObject({
        name: "VivamoTimeoutError",
        isVivamoTimeoutError: true,
        isVivamoConnectionError: true,
        isVivamoApiError: false,
      });
      expect(report.onDemandFiles).toEqual({
        seen: ["onRequest /customers", "onResponse 200"],
        ids: ids(customers.slice(0, 2)),
      });
      expect(report.observable).toEqual({
        id: "customer-01",
        status: 200,
        requestId: "req_smoke_get",
        rawStatus: 200,
        rawBodyUnread: true,
        retriedId: FLAKY_ID,
        retriedRequestId: "req_smoke_retried",
        logNamesBothAttempts: true,
        logNamesTheRetry: true,
        logged: true,
        logNamesTheCall: true,
        logHasTheKey: false,
      });
      // The package, its version and the runtime, in the runtime's own words.
      const { version: packageVersion } = JSON.parse(
        await readFile(join(project, "node_modules/@vivamo/api-client/package.json"), "utf8"),
      );
      expect(api.userAgent(apiKey)).toBe(
        `@vivamo/api-client/${packageVersion} ${name.split(" ")[0]}/${version}`,
      );
      expect(report.webhook).toEqual({
        valid: true,
        validUppercase: true,
        validBytes: true,
        tamperedBody: false,
        wrongSignature: false,
        wrongSecret: false,
        missingSignature: false,
        payload: webhookPayload,
      });

      // The same API through require() (the CommonJS build) as through import.
      const imported = await runScript(name, "import.mjs");
      expect(imported.client).toContain("createVivamoClient");
      expect(await runScript(name, "require.cjs")).toEqual(imported);
    });
  }
});
