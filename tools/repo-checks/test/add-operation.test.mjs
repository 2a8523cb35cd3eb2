// Proof that "edit the spec, run one command" is true for a new operation. On a scratch copy of the
// repository we add one operation file with its `x-vivamo-sdk-method` and examples, register it
// and its components in openapi.yaml, run `pnpm generate`, and change nothing else. Then:
//   - the client's generated layer has a typed, documented method for it (a consumer compiles, a
//     wrong argument does not);
//   - the client README's operation table lists it;
//   - the docs portal has a sample for it, generated from its examples, which type-checks and runs
//     against the real Prism mock of the new spec;
//   - the client's contract tests call it against Prism, and the spec's own tests accept it (their
//     own test files, run on the copy).
// We also add a new resource (`refunds`) with a paged list (`x-vivamo-pagination`): the client serves
// it against Prism and iterates the list with its generated listAll(), a strict consumer of
// the built package compiles a call to it (`RefundsResource` included), the client's unit tests
// pass on the copy (they read the methods to test from the spec), and so do its size budgets.
// `pnpm generate` prints Redocly's results without its Node banner (tools/spec-tools/src/redocly-cli.mjs). And
// `pnpm dev`, on another copy with the same edit: one regeneration per save, and a clean stop on
// Ctrl-C.
// The edit is test/proof/new-operations.mjs; the copies, and `pnpm generate` on one of them, are
// made once per run by the proofs' global setup (test/proof/global-setup.mjs), which
// dev-pipeline.test.mjs shares.
import { execFile, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { strictConsumerTsconfig } from "@vivamo/test-kit/consumer-tsconfig";
import { scaled } from "@vivamo/test-kit/vitest";
import { env } from "./proof/global-setup.mjs";
import { NEW_OPERATION, NEW_RESOURCE } from "./proof/new-operations.mjs";
import { proofResult } from "./proof/proof-result.mjs";

const run = promisify(execFile);

// The edited scratch copies and what `pnpm generate` did on one: made once per run by the proofs'
// global setup (test/proof/global-setup.mjs), which dev-pipeline.test.mjs shares.
const { copy, devCopy } = inject("proof");
let generateOutput = "";
/** @type {string[]} */
let changedFiles = [];

beforeAll(async () => {
  const { generate, changedFiles: changed } = await proofResult();
  generateOutput = `${generate.stdout}${generate.stderr}`;
  changedFiles = changed;
  if (generate.code !== 0) throw new Error(`pnpm generate failed on the copy:\n${generateOutput}`);
}, scaled(300_000));

// The checks are independent, and each waits on a child process (tsc, Prism, vitest, pnpm dev): run
// them side by side (every test and suite below is concurrent; a sequential suite among them would
// wait for the tests before it) to keep the whole proof within about a minute on a loaded 2-core
// machine.
describe.concurrent("adding an operation to the spec and running pnpm generate", () => {
  it("regenerates the types, the client layer and its response validators, the README table and a docs sample, nothing else", () => {
    expect(changedFiles).toEqual(
      [
        ...Object.keys(NEW_OPERATION),
        ...Object.keys(NEW_RESOURCE),
        "spec/openapi.yaml",
        "packages/api-types/src/generated/openapi.ts",
        "packages/api-client/src/generated/resources.ts",
        // the new resource's named type, `RefundsResource`
        "packages/api-client/src/generated/resource-types.ts",
        // the new operations in the type tests' table
        "packages/api-client/src/generated/operation-table.ts",
        "packages/api-client/src/generated/validators.js",
        "packages/api-client/README.md",
        "apps/docs/samples/generated/listCustomerNotes.ts",
        "apps/docs/samples/generated/getRefund.ts",
        "apps/docs/samples/generated/listRefunds.ts",
      ].sort(),
    );
  });

  // Redocly CLI's Node.js end-of-life box (printed on every command under Node 20, with no switch
  // to turn it off) is filtered by tools/spec-tools/src/redocly-cli.mjs, which the spec's lint and bundle run.
  it("prints the spec's lint and bundle results, without Redocly's Node banner", () => {
    expect(generateOutput).toContain("Your API description is valid");
    expect(generateOutput).toMatch(/spec:bundle: .*Created a bundle .* at dist\/openapi\.json/);
    expect(generateOutput).not.toMatch(/end-of-life|support is ending|╔/);
  });

  it("gives the client a documented method", async () => {
    const resources = await readFile(
      join(copy, "packages/api-client/src/generated/resources.ts"),
      "utf8",
    );
    const customers = resources.slice(
      resources.indexOf("export interface CustomersOperations"),
      resources.indexOf("\n}\n", resources.indexOf("export interface CustomersOperations")),
    );
    expect(customers).toMatch(
      /\* List Customer Notes\.\n\s+\*\n\s+\* The notes your support team wrote about a customer, newest first\. Not paginated\.\n\s+\*\n\s+\* `GET \/customers\/\{externalCustomerId\}\/notes` · retried on failure: yes/,
    );
    expect(customers).toMatch(
      /notes\(\s*externalCustomerId: ListCustomerNotesPathParams\["externalCustomerId"\],\s*options\?: RequestOptions,?\s*\): VivamoPromise<ListCustomerNotesResponse>;/,
    );
  });

  it(
    "types the method from the spec: a consumer compiles, a wrong call does not",
    { timeout: 120_000 },
    async () => {
      const dir = join(copy, "packages/api-client/proof");
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, "consumer.ts"),
        `import type { CustomerNotes } from "@vivamo/api-types";
import { createOperations } from "../src/generated/resources.js";
import type { SendOperation } from "../src/operation.js";

declare const send: SendOperation;
declare const redact: (text: string) => string;
const vivamo = createOperations(send, redact);
export const notes: Promise<CustomerNotes> = vivamo.customers.notes("demo-user", { timeoutMs: 5_000 });
export const first = notes.then((list) => list.notes[0]?.toUpperCase());
// @ts-expect-error the customer id is a string
vivamo.customers.notes(42);
// @ts-expect-error the notes are strings, not objects
export const wrong = notes.then((list) => list.notes[0]?.text);
`,
      );
      await writeFile(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          extends: "../../../tsconfig.base.json",
          compilerOptions: {
            types: ["node"],
            // The copy's freshly generated types, without building the package.
            paths: {
              "@vivamo/api-types": ["../../api-types/src/index.ts"],
              "@vivamo/api-client": ["../src/index.ts"],
            },
          },
          // The generated docs sample compiles against the real `VivamoClient` too.
          include: ["consumer.ts", "../../../apps/docs/samples/generated/listCustomerNotes.ts"],
        }),
      );
      // TypeScript 7, the compiler consumers install (npm's `latest`), as `pnpm typecheck` runs it
      // (tools/test-kit/src/typecheck.mjs): native, at a fraction of 5.9's CPU.
      const tsc = join(copy, "node_modules/typescript7/bin/tsc");
      const result = await run(process.execPath, [tsc, "-p", dir], { cwd: dir }).catch((e) => e);
      expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
    },
  );

  it("lists the method in the client README's operation table", async () => {
    const readme = await readFile(join(copy, "packages/api-client/README.md"), "utf8");
    const table = readme.slice(
      readme.indexOf("<!-- generated:operations:start -->"),
      readme.indexOf("<!-- generated:operations:end -->"),
    );
    expect(table).toMatch(
      /\| `customers\.notes\(externalCustomerId\)` +\| `GET \/customers\/\{externalCustomerId\}\/notes` +\| `CustomerNotes` +\| yes +\|/,
    );
  });

  it("passes the spec's own tests", { timeout: 180_000 }, async () => {
    const vitest = join(copy, "spec/node_modules/vitest/vitest.mjs");
    const result = await run(
      process.execPath,
      [vitest, "run", "test/api-surface.test.mjs", "test/operations.test.mjs"],
      { cwd: join(copy, "spec"), env, maxBuffer: 64 << 20 },
    ).catch((error) => error);
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    expect(result instanceof Error, output).toBe(false);
    expect(output).toMatch(/Tests +\d+ passed/);
  });

  // A new resource needs no hand edit either: the client type, its named resource type and the
  // client's own unit tests (which read their methods from the spec) follow the spec.
  describe("a new resource", () => {
    beforeAll(async () => {
      // The packages as integrators get them: the strict consumer and the client's dist tests read
      // the built declarations and bundles.
      const result = await run(
        "pnpm",
        [
          "exec",
          "turbo",
          "run",
          "build",
          "--filter=@vivamo/api-client",
          "--output-logs=errors-only",
        ],
        { cwd: copy, env, maxBuffer: 64 << 20 },
      ).catch((error) => error);
      if (result instanceof Error) {
        const { stdout = "", stderr = "" } =
          /** @type {Error & { stdout?: string, stderr?: string }} */ (result);
        throw new Error(`build failed on the copy:\n${stdout}${stderr}`);
      }
    }, scaled(240_000));

    it(
      "is on the client's type: a strict consumer of the built package compiles a call to it",
      { timeout: scaled(120_000) },
      async () => {
        // In a workspace that depends on @vivamo/api-client, so that it resolves to the copy's
        // built package; compiled with what \`tsc --init\` turns on.
        const dir = join(copy, "apps/list-customers/proof");
        await mkdir(dir, { recursive: true });
        await writeFile(
          join(dir, "consumer.mts"),
          `import { createVivamoClient, type Refund, type RefundsResource } from "@vivamo/api-client";

const vivamo = createVivamoClient({ apiKey: process.env.VIVAMO_API_KEY, environment: "sandbox" });
const refunds: RefundsResource = vivamo.refunds;
export const refund: Promise<Refund> = refunds.get("rf_671f4e90c0811b10", { timeoutMs: 5_000 });
export const status: Promise<"pending" | "succeeded"> = refund.then((found) => found.status);
// The paged list's generated listAll() yields the spec's items.
export async function total(): Promise<number> {
  let cents = 0;
  for await (const each of vivamo.refunds.listAll({ size: 50, concurrency: 2 })) {
    const item: Refund = each;
    cents += Math.round(Number(item.amount) * 100);
  }
  return cents;
}
// @ts-expect-error the refund id is a string
void vivamo.refunds.get(42);
// @ts-expect-error listAll takes options, not a page number
void vivamo.refunds.listAll(2);
// @ts-expect-error a refund has no customer
export const wrong = refund.then((found) => found.customer);
`,
        );
        await writeFile(
          join(dir, "tsconfig.json"),
          JSON.stringify(strictConsumerTsconfig(["consumer.mts"])),
        );
        const tsc = join(copy, "node_modules/typescript7/bin/tsc");
        const result = await run(process.execPath, [tsc, "-p", dir], { cwd: dir }).catch((e) => e);
        expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).toBe("");
      },
    );

    // The size budgets grow with the spec (.size-limit.mjs: a base plus an allowance per
    // operation), so four more operations need no new limit.
    it("stays within the client's size budgets", { timeout: scaled(120_000) }, async () => {
      const client = join(copy, "packages/api-client");
      const result = await run(join(client, "node_modules/.bin/size-limit"), ["--json"], {
        cwd: client,
        env,
      }).catch((error) => error);
      const output = `${result.stdout ?? ""}`;
      expect(result instanceof Error, `${output}${result.stderr ?? ""}`).toBe(false);
      const checks = JSON.parse(output.slice(output.indexOf("[")));
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks) expect(check, check.name).toMatchObject({ passed: true });
      // The budget of the default import counts the copy's operations, the added ones included.
      const { readOperations } = await importFromCopy("packages/spec-model/src/operations.mjs");
      const spec = JSON.parse(await readFile(join(copy, "spec/dist/openapi.json"), "utf8"));
      const operations = readOperations(spec).map((operation) => operation.operationId);
      expect(operations).toEqual(expect.arrayContaining(["listCustomerNotes", "listRefunds"]));
      expect(checks[0].name).toContain(`× ${operations.length} operations`);
    });

    it("passes the client's unit tests on the copy", { timeout: scaled(240_000) }, async () => {
      const client = join(copy, "packages/api-client");
      const projects = ["unit", "unit-mocked", "types-strict"];
      const result = await run(
        process.execPath,
        [
          join(client, "node_modules/vitest/vitest.mjs"),
          "run",
          ...projects.flatMap((project) => ["--project", project]),
          "--reporter=verbose",
        ],
        { cwd: client, env, maxBuffer: 64 << 20 },
      ).catch((error) => error);
      // Without colours or quotes: "test/resources.test.ts > refunds.get > sends GET ...".
      const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
        .replace(/\u001b\[[0-9;]*m/g, "") // eslint-disable-line no-control-regex -- ANSI colours
        .replace(/'/g, "");
      expect(result instanceof Error, output).toBe(false);
      // resources.test.ts reads its methods from the spec: the new resource's method is among them.
      expect(output).toMatch(/✓ .*test\/resources\.test\.ts > refunds\.get > sends GET/);
      expect(output).toMatch(/Tests +\d+ passed/);
    });
  });

  // One Prism for both: the copy's mock (its bundled spec, with --errors, so a request or response
  // outside the spec fails), as the client's contract tests start it (test/setup/prism.ts).
  describe("against the copy's Prism mock", () => {
    let mock;
    beforeAll(async () => {
      const { startMock } = await importFromCopy("packages/mock-server/src/index.js");
      // Prism starts slowly while the other checks run beside it on a loaded machine.
      mock = await startMock({ errors: true, startupTimeoutMs: scaled(120_000) });
    }, scaled(180_000));
    afterAll(() => mock?.close());

    it(
      "gives the portal a sample generated from the examples, which runs against Prism",
      { timeout: 120_000 },
      async () => {
        const { findSampleFiles } = await importFromCopy("apps/docs/src/portal-spec.mjs");
        const { readOperations } = await importFromCopy("packages/spec-model/src/operations.mjs");
        const samples = findSampleFiles(join(copy, "apps/docs/samples"));
        const file = samples.get("listCustomerNotes");
        expect(file).toBe(join(copy, "apps/docs/samples/generated/listCustomerNotes.ts"));
        const source = await readFile(file, "utf8");
        expect(source).toContain('await vivamo.customers.notes("demo-user")');
        // Every operation the portal lists has a sample (the build refuses one without).
        const spec = JSON.parse(await readFile(join(copy, "spec/dist/openapi.json"), "utf8"));
        for (const { operationId } of readOperations(spec)) {
          expect(samples.has(operationId)).toBe(true);
        }

        // Run it through the client's generated layer on the real client's transport, against the
        // copy's Prism.
        const { createVivamoClient } = await importFromCopy("packages/api-client/src/index.ts");
        const { createOperations } = await importFromCopy(
          "packages/api-client/src/generated/resources.ts",
        );
        const client = createVivamoClient({ apiKey: "sk_test_proof", baseUrl: mock.url });
        const sent = [];
        // The key is a made-up one: nothing to take out of a paged list's page problems.
        const noRedaction = (/** @type {string} */ text) => text;
        const vivamo = createOperations(async (request, options) => {
          sent.push(request);
          const { data, error, response } = await client.request(request.method, request.path, {
            ...options,
            idempotent: request.retryable,
            params: { path: request.pathParams, query: request.query },
            body: request.body,
          });
          if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(error)}`);
          return data;
        }, noRedaction);
        const sample = await import(pathToFileURL(file).href);
        const quietly = async (client) => {
          const log = console.log;
          console.log = () => {};
          try {
            return await sample.run(client);
          } finally {
            console.log = log;
          }
        };
        const result = await quietly(vivamo);
        expect(sent).toEqual([
          {
            operationId: "listCustomerNotes",
            method: "GET",
            path: "/customers/{externalCustomerId}/notes",
            pathParams: { externalCustomerId: "demo-user" },
            retryable: true,
          },
        ]);
        expect(result).toEqual({ notes: ["Asked about a refund.", "Prefers email over phone."] });
        // And through the client itself, which serves the generated methods.
        expect(client.customers.notes).toBeTypeOf("function");
        expect(await quietly(client)).toEqual(result);
      },
    );

    it(
      "serves the new resource through the client, and iterates its paged list",
      { timeout: 60_000 },
      async () => {
        const { createVivamoClient } = await importFromCopy("packages/api-client/src/index.ts");
        const vivamo = createVivamoClient({ apiKey: "sk_test_proof", baseUrl: mock.url });
        expect(await vivamo.refunds.get("rf_671f4e90c0811b10")).toEqual({
          refundId: "rf_671f4e90c0811b10",
          amount: "25.00",
          status: "pending",
        });
        // Every item of every page (the mock's one example page), through the generated listAll().
        const seen = [];
        for await (const refund of vivamo.refunds.listAll({ size: 10, concurrency: 2 })) {
          seen.push(refund.refundId);
        }
        expect(seen).toEqual(["rf_671f4e90c0811b10", "rf_671f4e90c0811b11"]);
        const pages = [];
        for await (const page of vivamo.refunds.pages()) pages.push(page.page);
        expect(pages).toEqual([1]);
      },
    );

    it("is called against Prism by the client's contract tests", { timeout: 180_000 }, async () => {
      // The client's own contract project (vitest.config.mjs), given the Prism above instead of
      // starting one more: its global setup does nothing else.
      const client = join(copy, "packages/api-client");
      await writeFile(
        join(client, "vitest.proof.config.mjs"),
        `import { defineConfig } from "vitest/config";
import config from "./vitest.config.mjs";

const { projects, ...root } = config.test;
const { globalSetup, ...contract } = projects.find((p) => p.test?.name === "contract").test;
if (JSON.stringify(globalSetup) !== '["test/setup/prism.ts"]')
  throw new Error(\`The contract project's global setup changed: \${JSON.stringify(globalSetup)}\`);
export default defineConfig({
  test: { ...root, ...contract, provide: { prismUrl: process.env.VIVAMO_PROOF_PRISM_URL } },
});
`,
      );
      const contract = await run(
        process.execPath,
        [
          join(client, "node_modules/vitest/vitest.mjs"),
          "run",
          "--config",
          "vitest.proof.config.mjs",
          "test/contract.test.ts",
          "-t",
          "listCustomerNotes|customers\\.notes|refunds\\.list",
          "--reporter=verbose",
        ],
        { cwd: client, env: { ...env, VIVAMO_PROOF_PRISM_URL: mock.url }, maxBuffer: 64 << 20 },
      ).catch((error) => error);
      // Without colours, quotes or the vitest project's label ("|contract| "):
      // "listCustomerNotes (get /customers/...) > answers ...".
      const output = `${contract.stdout ?? ""}${contract.stderr ?? ""}`
        .replace(/\u001b\[[0-9;]*m/g, "") // eslint-disable-line no-control-regex -- ANSI colours
        .replace(/'/g, "")
        .replace(/\|[\w-]+\| /g, "");
      expect(contract instanceof Error, output).toBe(false);
      const title = "listCustomerNotes (get /customers/{externalCustomerId}/notes) > ";
      for (const test of [
        "answers its default example, valid against the schema",
        "answers Prefer: code=200 with a valid body",
        "generates valid responses in dynamic mode",
      ]) {
        expect(output).toContain(`✓ test/contract.test.ts > ${title}${test}`);
      }
      // Its error statuses (404 among them) through its resource method.
      expect(output).toContain(
        "✓ test/contract.test.ts > resources > customers.notes > throws the typed error of every documented error status",
      );
      // The new paged list's generated pages() / listAll() against Prism too.
      const paged = "refunds.list, refunds.pages and refunds.listAll > ";
      for (const test of [
        "list() returns the specs example", // quotes stripped, as above
        "listAll() pages through the mock: its first page is short, so it is the only one",
        "pages() over dynamic data: every page valid, then break",
      ]) {
        expect(output).toContain(`✓ test/contract.test.ts > ${paged}${test}`);
      }
      expect(output).toMatch(/Tests +\d+ passed \| \d+ skipped/);
    });
  });

  // `pnpm dev` regenerates the types once per save and stops cleanly on Ctrl-C (exit 0, no pnpm
  // ELIFECYCLE). It runs beside the checks on its own copy with the same edit (a save changes what
  // the checks read): its first pass generates the edit, the save is a second, real regeneration.
  describe("pnpm dev", () => {
    it(
      "regenerates once per save and stops on Ctrl-C with exit 0",
      async () => {
        const dev = spawn("pnpm", ["dev"], {
          cwd: devCopy,
          detached: true, // its own process group, as a terminal's foreground job
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...env, VITEST: "" },
        });
        if (dev.pid === undefined) throw new Error("pnpm dev did not start");
        const group = dev.pid;
        let output = "";
        dev.stdout.on("data", (chunk) => (output += chunk));
        dev.stderr.on("data", (chunk) => (output += chunk));
        const exited = new Promise((resolve) =>
          dev.once("exit", (code, signal) => resolve({ code, signal })),
        );
        const runs = () => output.match(/\[dev\] regenerating/g)?.length ?? 0;
        const done = () => output.match(/\[dev\] regenerated in/g)?.length ?? 0;
        const waitFor = async (what, condition, budget = scaled(120_000)) => {
          const deadline = Date.now() + budget;
          while (!condition()) {
            if (dev.exitCode !== null) {
              throw new Error(`pnpm dev exited while waiting for ${what}:\n${output}`);
            }
            if (Date.now() > deadline) {
              throw new Error(`No ${what} within ${budget} ms:\n${output}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        };

        try {
          await waitFor("first generation", () => done() === 1);

          // One save (as editors do it: several writes in a row).
          const spec = join(devCopy, "spec/components/schemas/CustomerData.yaml");
          const text = await readFile(spec, "utf8");
          const edited = text.replace("City or town.", "City, town or village.");
          expect(edited).not.toBe(text);
          await writeFile(spec, edited.replace("village.", "village"));
          await writeFile(spec, edited);
          await waitFor("regeneration after the save", () => done() === 2);
          await expect(
            readFile(join(devCopy, "packages/api-types/src/generated/openapi.ts"), "utf8"),
          ).resolves.toContain("City, town or village.");
          // Nothing else follows: what generate wrote does not trigger another run. (A write it saw
          // while running would start one at once, a later one SETTLE_MS = 300 ms after it.)
          await new Promise((resolve) => setTimeout(resolve, scaled(1_000)));
          expect(runs(), output).toBe(2);
        } finally {
          if (dev.exitCode === null) process.kill(-group, "SIGINT");
        }
        const timer = setTimeout(() => process.kill(-group, "SIGKILL"), scaled(30_000));
        const result = await exited;
        clearTimeout(timer);
        expect(result, output).toEqual({ code: 0, signal: null });
        expect(output).toContain("[dev] stopped after 2 run(s).");
        expect(output).not.toMatch(/ELIFECYCLE|Command failed/);
      },
      scaled(300_000),
    );
  });
});

/** A module of the edited copy, loaded in this process (vitest transforms its TypeScript). */
function importFromCopy(/** @type {string} */ path) {
  return import(pathToFileURL(join(copy, path)).href);
}
