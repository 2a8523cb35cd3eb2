// The published packages as an integrator gets them: @vivamo/mock-server, @vivamo/api-client and
// @vivamo/api-types are packed as `changeset publish` would (pnpm pack), installed once into a
// fresh project, and then used exactly as the README says: the README's vitest setup run as
// written (the mock started in one line from the installed package) and type-checked, webhooks
// triggered at a handler built on the packed client (`npx vivamo-mock` and the installed bin for
// real, the other cases through the installed package's own command code), and the contract check
// run by the installed package. The installed package serves its own spec copy.
//
// The install is pnpm's, from its store (hard links, no download when the store has the packages):
// an npm install unpacks every file of Prism's ~190 packages again and costs five times the CPU.
// pnpm's layout is the stricter one: a package sees only the dependencies it declares.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createHmac } from "node:crypto";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_ARGS,
  chromiumPath as executablePath,
  chromiumRequiredInCI,
  haveChromium,
} from "@vivamo/test-kit/chromium";
import { strictConsumerTsconfig } from "@vivamo/test-kit/consumer-tsconfig";
import { scaled } from "@vivamo/test-kit/timeouts";
import { typescript7Tsc } from "@vivamo/test-kit/typescript7";
import { loadSpec } from "../src/spec.js";
import { createSpecValidator } from "../src/validator.js";
import { runCommand } from "./helpers/cli.mjs";
import { createConformance } from "./helpers/conformance.mjs";
import { startMswPage } from "./helpers/msw-page.mjs";
import { startFakeUpstream } from "./helpers/fake-upstream.mjs";
import { runProcess, startProcess } from "@vivamo/test-kit/processes";

const require = createRequire(import.meta.url);

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(packageDir, "..", "..");

let project;
let tarballs;
const bin = () => join(project, "node_modules", ".bin", "vivamo-mock");
/**
 * `vivamo-mock <argv>` run in this process by the installed package's own code (the runCli its bin
 * runs, with its own dependencies and spec copy): the bin itself runs for real in `npx` and in the
 * wrong-secret case.
 */
async function installedCommand(argv, options = {}) {
  const command = join(project, "node_modules", "@vivamo", "mock-server", "src", "command.js");
  const { runCli } = await import(pathToFileURL(await realpath(command)).href);
  return runCommand(argv, { ...options, runCli });
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "vivamo-mock-consumer-"));
  const packDir = join(project, "tarballs");
  await mkdir(packDir);
  // This package packs with its prepack script (it copies the bundled spec in). The client, the
  // types and the spec model are packed from the dist/ turbo built before this test (the test task
  // depends on their builds), without lifecycle scripts: a prepack build there would rewrite dist/
  // while other tasks read it.
  for (const dir of ["packages/api-types", "packages/api-client", "packages/spec-model"]) {
    if (!existsSync(join(repoRoot, dir, "dist"))) {
      throw new Error(`${dir}/dist is missing: run \`pnpm build\` (turbo's test task does).`);
    }
  }
  await run("pnpm", ["pack", "--pack-destination", packDir], { cwd: packageDir });
  await run(
    "pnpm",
    [
      "--config.ignore-scripts=true",
      "--recursive",
      "--filter=@vivamo/api-types",
      "--filter=@vivamo/api-client",
      "--filter=@vivamo/spec-model",
      "pack",
      "--pack-destination",
      packDir,
    ],
    { cwd: repoRoot },
  );
  tarballs = (await readdir(packDir)).map((file) => join(packDir, file));
  expect(tarballs.map((file) => basename(file)).sort()).toEqual([
    "vivamo-api-client-0.1.0.tgz",
    "vivamo-api-types-0.1.0.tgz",
    "vivamo-mock-server-0.1.0.tgz",
    "vivamo-spec-model-0.1.0.tgz",
  ]);
  // The client depends on @vivamo/api-types and the mock on @vivamo/spec-model, which the registry
  // would serve: here, their tarballs.
  const tarball = (name) => tarballs.find((file) => basename(file).startsWith(`vivamo-${name}-`));
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      pnpm: {
        overrides: {
          "@vivamo/api-types": `file:${tarball("api-types")}`,
          "@vivamo/spec-model": `file:${tarball("spec-model")}`,
        },
      },
    }),
  );
  // Prism and the client's dependencies come from pnpm's store and metadata cache when they are
  // there (the workspace's own install put them there), from the registry otherwise.
  // MSW is the consumer's own (a peer dependency of the mock's `/msw` entry): the version this
  // repository tests with.
  const { devDependencies } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
  const msw = `msw@${devDependencies.msw}`;
  await run("pnpm", ["add", "--prefer-offline", "--ignore-scripts", ...tarballs, msw], {
    cwd: project,
    maxBuffer: 16 << 20,
  });
  // The README's tests run with vitest and its flow test types Node's http server: the consumer
  // would install vitest and @types/node, this one borrows ours.
  await symlink(
    await realpath(dirname(require.resolve("vitest/package.json"))),
    join(project, "node_modules", "vitest"),
    "dir",
  );
  const testKit = createRequire(require.resolve("@vivamo/test-kit/package.json"));
  await mkdir(join(project, "node_modules", "@types"), { recursive: true });
  await symlink(
    await realpath(dirname(testKit.resolve("@types/node/package.json"))),
    join(project, "node_modules", "@types", "node"),
    "dir",
  );
}, 600_000);
afterAll(() => (project ? rm(project, { recursive: true, force: true }) : undefined));

describe("packed @vivamo/mock-server", { timeout: 180_000 }, () => {
  it("ships the bundled spec and the types, and nothing of the repo's tests; serves its own spec copy", async () => {
    const tarball = tarballs.find((file) => file.includes("vivamo-mock-server-"));
    const { stdout } = await run("tar", ["tzf", tarball]);
    const files = stdout.split("\n").filter(Boolean).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        "package/README.md",
        "package/spec/dist/openapi.json",
        "package/spec/dist/openapi.yaml",
        "package/src/cli.js",
        "package/src/index.d.ts",
        "package/src/index.js",
      ]),
    );
    // The spec reader is the @vivamo/spec-model dependency, never a copy.
    expect(files.filter((file) => /\/(test|scripts|lib)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(
      await readFile(join(project, "node_modules/@vivamo/mock-server/package.json"), "utf8"),
    );
    expect(manifest).toMatchObject({ version: "0.1.0", bin: { "vivamo-mock": "./src/cli.js" } });
    expect(manifest.private).toBeUndefined();
    // The installed package reads and serves its own spec copy (prepack put it in), never the
    // workspace's.
    const installed = await realpath(join(project, "node_modules", "@vivamo", "mock-server"));
    const { bundledSpecPath } = await import(
      pathToFileURL(join(installed, "src", "index.js")).href
    );
    expect(bundledSpecPath).toBe(join(installed, "spec", "dist", "openapi.yaml"));
  });

  describe("the README's vitest setup, as written", () => {
    let files;
    let typecheck;
    beforeAll(async () => {
      const readme = await readFile(join(packageDir, "README.md"), "utf8");
      files = [...readme.matchAll(/<!-- file: (\S+) -->\s*```ts\n([\s\S]*?)```/g)].map(
        ([, name, text]) => [name, text],
      );
      for (const [name, text] of files) {
        await mkdir(dirname(join(project, name)), { recursive: true });
        await writeFile(join(project, name), text);
      }
      // The rest of the public API, used as the README shows it; wrong uses must not compile.
      await writeFile(
        join(project, "test/api-usage.ts"),
        `import { checkContract, connectMock, formatReport, listWebhookEvents, startMock, startMockServer, triggerWebhook, WebhookDeliveryError } from "@vivamo/mock-server";
import type { KycOutcome, MockControls, PaymentOutcome, Settlement } from "@vivamo/mock-server";

const mock = await startMockServer({ port: 0, dynamic: true, log: (line: string) => void line });
const port: number = mock.port;
const same: typeof startMockServer = startMock;
const events: string[] = (await listWebhookEvents()).map((event) => event.name);
const delivery = await triggerWebhook({ event: "paymentResult.failed", url: mock.url, secret: "s", data: { amount: "1.00" }, retries: 0 });
const signature: string = delivery.signature;
const report = await checkContract({ target: "https://api.test.vivamo.co/v1", apiKey: "k" });
const text: string = formatReport(report);
const pointers: string[] = report.violations.map((v) => v.pointer + v.rule + v.operationId);
const failed = (error: unknown) => error instanceof WebhookDeliveryError && error.status === 401;
// @ts-expect-error -- the port is a number
await startMockServer({ port: "4010" });
// @ts-expect-error -- a secret is required to sign
await triggerWebhook({ event: "paymentResult", url: mock.url });
// @ts-expect-error -- the key is required
await checkContract({ target: "https://api.test.vivamo.co/v1" });
// @ts-expect-error -- only a stateful mock has controls
await mock.reset();
const stateful = await startMockServer({ stateful: true, seed: { customers: [] } });
// @ts-expect-error -- a seed holds customers, paymentIntents and pendingDisbursements
await startMockServer({ stateful: true, seed: { pets: [] } });
const controls: MockControls = connectMock(stateful.url);
const outcome: PaymentOutcome = "failed";
const settled: Settlement = await stateful.settlePaymentIntent("id", outcome);
const delivered: boolean[] = settled.deliveries.map((d) => d.delivered);
const reviewed: KycOutcome = (await controls.completeKycVerification("id", "under_review")).status;
// @ts-expect-error -- a verification completes as verified, under_review or rejected
await stateful.completeKycVerification("id", "approved");
await controls.reset();
// @ts-expect-error -- a payment settles with "success" or "failed"
await controls.settlePaymentIntent("id", "paid");
await stateful.close();
await mock.close();
export { port, same, events, signature, text, pointers, failed, delivered, reviewed };
`,
      );
      // As integrators compile: `tsc --init`'s options (strict, exactOptionalPropertyTypes,
      // noUncheckedIndexedAccess, verbatimModuleSyntax, ...) and TypeScript 7, npm's `latest`.
      const tsconfig = strictConsumerTsconfig([
        ...files.map(([name]) => name),
        "test/api-usage.ts",
      ]);
      await writeFile(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
      // tsc runs while the README's tests run with vitest; its test waits for it.
      typecheck = runProcess(process.execPath, [typescript7Tsc, "-p", project]);
    });

    it("is three files for the setup and a whole flow against the stateful server and MSW", () => {
      expect(files.map(([name]) => name)).toEqual([
        "vitest.config.ts",
        "test/vivamo-mock.ts",
        "test/customers.test.ts",
        "test/payment-flow.test.ts",
        "test/payment-flow.msw.test.ts",
      ]);
    });

    it("passes with vitest: the mock starts in one line and serves the packed client; the flow's webhook is verified by it", async () => {
      const vitest = join(project, "node_modules", "vitest", "vitest.mjs");
      // Vitest's default budgets (5 s a test, 10 s a hook) suit an integrator's machine, not a
      // 2-core runner that runs every workspace's suite at once: the same budgets, load-scaled.
      const budgets = [`--testTimeout=${scaled(5_000) * 4}`, `--hookTimeout=${scaled(10_000) * 4}`];
      const result = await runProcess(process.execPath, [vitest, "run", ...budgets], {
        cwd: project,
        env: { NODE_PATH: "" }, // pnpm's, which no integrator has
        timeoutMs: scaled(240_000),
      });
      const output = result.stdout + result.stderr;
      // Every test of the README's files, counted from them: none may be skipped or lost.
      const count = files.reduce((n, [, text]) => n + (text.match(/^it\(/gm)?.length ?? 0), 0);
      expect(count).toBeGreaterThan(1);
      expect(output).toMatch(new RegExp(`Tests +${count} passed \\(${count}\\)`));
      expect(result.code).toBe(0);
    });

    it("type-checks under a strict consumer tsconfig, with the whole API typed", async () => {
      const result = await typecheck;
      expect(result.stdout + result.stderr).toBe("");
      expect(result.code).toBe(0);
    });
  });

  describe("webhooks, received by a handler built on the packed @vivamo/api-client", () => {
    const SECRET = "whsec_packed_test";
    let handler;
    beforeAll(async () => {
      await writeFile(
        join(project, "handler.mjs"),
        `import { createServer } from "node:http";
import { parseWebhookPayload, verifyWebhookSignature } from "@vivamo/api-client";

const secret = process.env.WEBHOOK_SECRET;
const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const rawBody = new Uint8Array(Buffer.concat(chunks));
  if (!(await verifyWebhookSignature(rawBody, req.headers.signature, secret))) {
    res.writeHead(401).end("invalid signature");
    return;
  }
  try {
    const payload = parseWebhookPayload(rawBody);
    console.log("accepted " + JSON.stringify(payload));
    res.writeHead(200).end("ok");
  } catch (error) {
    res.writeHead(400).end(error.message);
  }
});
server.listen(0, "127.0.0.1", () => console.log("handler on http://127.0.0.1:" + server.address().port + "/"));
`,
      );
      handler = await startProcess(process.execPath, ["handler.mjs"], {
        cwd: project,
        env: { WEBHOOK_SECRET: SECRET },
        ready: /handler on (\S+)/,
      });
    });
    afterAll(() => handler?.stop());

    it("accepts every event `vivamo-mock trigger --list` offers", async () => {
      // As the README writes it.
      const list = await runProcess("npx", ["--no-install", "vivamo-mock", "trigger", "--list"], {
        cwd: project,
      });
      expect(list.code).toBe(0);
      const events = list.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]);
      expect(events).toEqual(["paymentResult.success", "paymentResult.failed"]);
      for (const event of events) {
        const result = await installedCommand([
          "trigger",
          event,
          "--url",
          handler.match[1],
          "--secret",
          SECRET,
          "--retries",
          "0", // a refusal fails the test now, not after the documented minutes of retries
        ]);
        expect(result.stderr, event).toBe("");
        expect(result.code, event).toBe(0);
        expect(result.stdout).toContain(`Delivered ${event} to ${handler.match[1]}: HTTP 200`);
        const status = event.split(".")[1];
        await handler.waitForOutput(`"status":"${status}"`, scaled(10_000));
      }
    });

    it("is refused when signed with the wrong secret, and says so (the installed bin)", async () => {
      const result = await runProcess(
        bin(),
        [
          "trigger",
          "paymentResult.success",
          "--url",
          handler.match[1],
          "--secret",
          "wrong",
          "--retries",
          "0",
        ],
        { cwd: project },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        "after 1 attempt(s): HTTP 401\nResponse body: invalid signature",
      );
    });
  });

  it("runs the contract check from the installed package", async () => {
    const upstream = await startFakeUpstream();
    try {
      const result = await installedCommand(["contract", "--target", upstream.url], {
        env: { VIVAMO_API_KEY: "sk_test_packed" },
      });
      expect(result.stdout).toMatch(/No violations/);
      expect(result.code).toBe(0);
    } finally {
      await upstream.close();
    }
  });
});

const missingInCI = chromiumRequiredInCI("the packed MSW handlers in Chromium");
if (missingInCI) {
  it("Chromium is installed (required in CI)", () => {
    throw new Error(missingInCI);
  });
}

describe.skipIf(!haveChromium)(
  "the packed MSW handlers in Chromium, with MSW's service worker",
  () => {
    let page;
    let browser;
    beforeAll(async () => {
      page = await startMswPage(project);
      browser = await chromium.launch({
        executablePath,
        args: [
          ...CHROMIUM_ARGS,
          // Nothing but loopback resolves: a request the worker did not answer cannot leave.
          "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ],
      });
    }, scaled(120_000));
    afterAll(async () => {
      await browser?.close();
      await page?.close();
    });

    it("answers the packed client from the stateful store; the webhook arrives signed", async () => {
      const tab = await browser.newPage();
      tab.setDefaultTimeout(scaled(30_000));
      const errors = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.goto(`${page.url}/`);
      await tab.waitForFunction(() => typeof window.vivamoFlow === "function");
      const flow = await tab.evaluate(() => window.vivamoFlow?.());
      expect(errors).toEqual([]);

      expect(flow.customer).toMatchObject({
        externalCustomerId: "browser_user",
        data: { email: "browser@example.com" },
        kycVerifications: [],
      });
      // The spec documents 400 for a duplicate id; the client throws its BadRequestError.
      expect(flow.invalid).toEqual({
        status: 400,
        body: { message: "This customer already exists" },
      });
      expect(flow.settled).toMatchObject({ status: "success", deliveries: [{ delivered: true }] });
      expect(flow.status.status).toBe("success");
      expect(flow.afterReset).toBe(404);

      const [delivery, ...more] = page.deliveries;
      expect(more).toEqual([]);
      expect(delivery.headers.signature).toBe(
        createHmac("sha512", flow.secretKey).update(delivery.rawBody).digest("hex"),
      );
      expect(JSON.parse(delivery.rawBody)).toMatchObject({
        status: "success",
        amount: "7.50",
        paymentIntentId: flow.intent.paymentIntentId,
      });

      // Every answer the worker gave conforms to the spec.
      const { spec, operations } = await loadSpec();
      const conformance = createConformance(spec, operations, createSpecValidator(spec));
      // The flow's seven API calls: register, create, get, the duplicate, intent, status, get.
      expect(flow.answers.map((a) => a.status)).toEqual([200, 200, 200, 400, 200, 200, 404]);
      for (const answer of flow.answers) {
        const path = answer.url.slice(`${page.url}/v1`.length);
        expect(conformance.violations(answer.method, path, answer.status, answer.body)).toEqual([]);
      }
      await tab.close();
    });
  },
);
