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
// `pnpm generate` prints Redocly's results without its Node banner (tools/spec-tools/src/redocly-cli.mjs). And
// `pnpm dev`, on a copy of the result: one regeneration per save, and a clean stop on Ctrl-C.
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaled } from "@vivamo/test-kit/vitest";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
};

/** The operation a contributor adds: GET /customers/{externalCustomerId}/notes. */
const NEW_OPERATION = {
  "spec/paths/customers@{externalCustomerId}@notes.yaml": `get:
  operationId: listCustomerNotes
  x-vivamo-sdk-method: customers.notes
  summary: List Customer Notes
  description: |
    The notes your support team wrote about a customer, newest first. Not paginated.
  tags:
    - Customers
  parameters:
    - $ref: ../components/parameters/ExternalCustomerId.yaml
  responses:
    "200":
      description: The customer's notes.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/CustomerNotes.yaml
          examples:
            default:
              $ref: ../components/examples/CustomerNotes.yaml
    "400":
      $ref: ../components/responses/BadRequest.yaml
    "403":
      $ref: ../components/responses/Forbidden.yaml
    "404":
      $ref: ../components/responses/NotFound.yaml
    "500":
      $ref: ../components/responses/InternalServerError.yaml
`,
  "spec/components/schemas/CustomerNotes.yaml": `type: object
description: The notes about one customer, newest first.
additionalProperties: false
required:
  - notes
properties:
  notes:
    type: array
    description: The notes, newest first.
    items:
      type: string
      description: One note, as written.
    example:
      - Asked about a refund.
`,
  "spec/components/examples/CustomerNotes.yaml": `summary: Two notes
value:
  notes:
    - Asked about a refund.
    - Prefers email over phone.
`,
};

/** Registers the path and its two components in the root document, as spec/README.md says. */
function register(openapi) {
  return openapi
    .replace(
      "paths:\n",
      "paths:\n  /customers/{externalCustomerId}/notes:\n    $ref: paths/customers@{externalCustomerId}@notes.yaml\n",
    )
    .replace(
      "\n  schemas:\n",
      "\n  schemas:\n    CustomerNotes:\n      $ref: components/schemas/CustomerNotes.yaml\n",
    )
    .replace(
      "\n  examples:\n",
      "\n  examples:\n    CustomerNotes:\n      $ref: components/examples/CustomerNotes.yaml\n",
    );
}

let copy;
let devCopy;
let generateOutput = "";
let changedFiles = [];

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "vivamo-add-operation-"));
  const copyStarted = performance.now();
  await copyRepository(repo, copy);
  console.log(`copy: ${((performance.now() - copyStarted) / 1000).toFixed(1)} s`);
  const before = await snapshot(copy);

  for (const [file, text] of Object.entries(NEW_OPERATION)) {
    await writeFile(join(copy, file), text);
  }
  const root = join(copy, "spec/openapi.yaml");
  const registered = register(await readFile(root, "utf8"));
  expect(registered.match(/CustomerNotes/g)).toHaveLength(4); // 2 names, 2 $refs
  await writeFile(root, registered);

  const started = performance.now();
  const result = await run("pnpm", ["generate"], { cwd: copy, env, maxBuffer: 64 << 20 }).catch(
    (error) => error,
  );
  generateOutput = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result instanceof Error) throw new Error(`pnpm generate failed:\n${generateOutput}`);
  console.log(`pnpm generate on the copy: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const after = await snapshot(copy);
  changedFiles = [...after.keys()].filter((file) => before.get(file) !== after.get(file)).sort();

  // For `pnpm dev` (below): the generated copy with its turbo cache (.turbo), node_modules links
  // as links.
  devCopy = await mkdtemp(join(tmpdir(), "vivamo-dev-"));
  await cp(copy, devCopy, { recursive: true, verbatimSymlinks: true });
}, 240_000);

afterAll(() =>
  Promise.all([copy, devCopy].map((dir) => dir && rm(dir, { recursive: true, force: true }))),
);

// The checks are independent, and each waits on a child process (tsc, Prism, vitest, pnpm dev): run
// them side by side (every test and suite below is concurrent; a sequential suite among them would
// wait for the tests before it) to keep the whole proof within about a minute on a loaded 2-core
// machine.
describe.concurrent("adding an operation to the spec and running pnpm generate", () => {
  it("regenerates the types, the client layer and its response validators, the README table and a docs sample, nothing else", () => {
    expect(changedFiles).toEqual(
      [
        ...Object.keys(NEW_OPERATION),
        "spec/openapi.yaml",
        "packages/api-types/src/generated/openapi.ts",
        "packages/api-client/src/generated/resources.ts",
        "packages/api-client/src/generated/validators.js",
        "packages/api-client/README.md",
        "apps/docs/samples/generated/listCustomerNotes.ts",
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
const vivamo = createOperations(send);
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
          include: [
            "consumer.ts",
            // Once the client serves the generated methods, the generated docs sample compiles
            // against the real `VivamoClient` too.
            ...((await clientServesGeneratedMethods())
              ? ["../../../apps/docs/samples/generated/listCustomerNotes.ts"]
              : []),
          ],
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

  // One Prism for both: the copy's mock (its bundled spec, with --errors, so a request or response
  // outside the spec fails), as the client's contract tests start it (test/setup/prism.ts).
  describe("against the copy's Prism mock", () => {
    let mock;
    beforeAll(async () => {
      const { startMock } = await import(
        pathToFileURL(join(copy, "packages/mock-server/src/index.js")).href
      );
      // Prism starts slowly while the other checks run beside it on a loaded machine.
      mock = await startMock({ errors: true, startupTimeoutMs: scaled(120_000) });
    }, scaled(180_000));
    afterAll(() => mock?.close());

    it(
      "gives the portal a sample generated from the examples, which runs against Prism",
      { timeout: 120_000 },
      async () => {
        const { findSampleFiles } = await import(
          pathToFileURL(join(copy, "apps/docs/src/portal-spec.mjs")).href
        );
        const { readOperations } = await import(
          pathToFileURL(join(copy, "packages/spec-model/src/operations.mjs")).href
        );
        const samples = findSampleFiles(join(copy, "apps/docs/samples"));
        const file = samples.get("listCustomerNotes");
        expect(file).toBe(join(copy, "apps/docs/samples/generated/listCustomerNotes.ts"));
        const source = await readFile(file, "utf8");
        expect(source).toContain('await vivamo.customers.notes("demo-user")');
        // Every operation the portal lists has a sample (the build refuses one without).
        const spec = JSON.parse(await readFile(join(copy, "spec/dist/openapi.json"), "utf8"));
        for (const { operationId } of readOperations(spec))
          expect(samples.has(operationId)).toBe(true);

        // Run it through the client's generated layer on the real client's transport, against the
        // copy's Prism.
        const { createVivamoClient } = await import(
          pathToFileURL(join(copy, "packages/api-client/src/index.ts")).href
        );
        const { createOperations } = await import(
          pathToFileURL(join(copy, "packages/api-client/src/generated/resources.ts")).href
        );
        const client = createVivamoClient({ apiKey: "sk_test_proof", baseUrl: mock.url });
        const sent = [];
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
        });
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
        // And through the client itself, once it serves the generated methods (issue 9 wires
        // createOperations into createVivamoClient).
        if (await clientServesGeneratedMethods()) {
          expect(client.customers.notes).toBeTypeOf("function");
          expect(await quietly(client)).toEqual(result);
        }
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
          "listCustomerNotes",
          "--reporter=verbose",
        ],
        { cwd: client, env: { ...env, VIVAMO_PROOF_PRISM_URL: mock.url }, maxBuffer: 64 << 20 },
      ).catch((error) => error);
      // Without colours, quotes or the vitest project's label ("|contract| "):
      // "listCustomerNotes (get /customers/...) > answers ...".
      const output = `${contract.stdout ?? ""}${contract.stderr ?? ""}`
        .replace(/\x1b\[[0-9;]*m/g, "")
        .replace(/'/g, "")
        .replace(/\|[\w-]+\| /g, "");
      expect(contract instanceof Error, output).toBe(false);
      const title = "listCustomerNotes (get /customers/{externalCustomerId}/notes) > ";
      for (const test of [
        "answers its default example, valid against the schema",
        "answers Prefer: code=200 with a valid body",
        "answers Prefer: code=404 with a valid body",
        "generates valid responses in dynamic mode",
      ]) {
        expect(output).toContain(`✓ test/contract.test.ts > ${title}${test}`);
      }
      expect(output).toMatch(/Tests +\d+ passed \| \d+ skipped/);
    });
  });

  // `pnpm dev` regenerates the types once per save and stops cleanly on Ctrl-C (exit 0, no pnpm
  // ELIFECYCLE). It runs beside the checks on a copy of the copy as `pnpm generate` left it, turbo's
  // cache included (a save changes what the checks read): its first generation finds the result
  // of `pnpm generate` in that cache; the save is a real regeneration.
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
            if (dev.exitCode !== null)
              throw new Error(`pnpm dev exited while waiting for ${what}:\n${output}`);
            if (Date.now() > deadline)
              throw new Error(`No ${what} within ${budget} ms:\n${output}`);
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
          if (dev.exitCode === null) process.kill(-dev.pid, "SIGINT");
        }
        const timer = setTimeout(() => process.kill(-dev.pid, "SIGKILL"), scaled(30_000));
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

/**
 * Whether the copy's client builds its resources with the generated `createOperations` (the
 * client restructuring of issue 9 does; before it, the generated layer is used on its own).
 */
async function clientServesGeneratedMethods() {
  const dir = join(copy, "packages/api-client/src");
  for (const file of await readdir(dir)) {
    if (!file.endsWith(".ts")) continue;
    if (/\bcreateOperations\(/.test(await readFile(join(dir, file), "utf8"))) return true;
  }
  return false;
}

/** Copies the files git knows about (tracked, and new ones not ignored) and the packages' node_modules links (not the store: a symlink). */
async function copyRepository(from, to) {
  const { stdout } = await run(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: from, maxBuffer: 64 << 20 },
  );
  for (const file of stdout.split("\0").filter(Boolean)) {
    await cp(join(from, file), join(to, file), { recursive: true }).catch((error) => {
      if (error.code !== "ENOENT") throw error; // a tracked file deleted in the working tree
    });
  }
  // The root node_modules (pnpm's store of every package) is shared through a symlink; each
  // workspace package's own node_modules holds relative links, copied as links, so that
  // `@vivamo/*` resolves to the copy's packages and everything else to the shared store.
  await cp(join(from, "node_modules"), join(to, "node_modules"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !/node_modules[/\\]\.(pnpm|vite|cache)/.test(source.slice(from.length)),
  });
  await symlink(join(from, "node_modules/.pnpm"), join(to, "node_modules/.pnpm"), "dir");
  const workspaces = ["spec"];
  for (const group of ["packages", "apps", "tools"]) {
    for (const name of await readdir(join(from, group))) workspaces.push(`${group}/${name}`);
  }
  for (const workspace of workspaces) {
    const modules = join(from, workspace, "node_modules");
    if (!existsSync(modules)) continue;
    await cp(modules, join(to, workspace, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !/node_modules[/\\]\.(vite|vite-temp|cache)\b/.test(source),
    });
  }
}

/** Path → content of every file of the copy outside node_modules, dist and caches. */
async function snapshot(root) {
  const files = new Map();
  async function walk(dir) {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      if (/^(node_modules|dist|\.turbo|test-results|\.git)$/.test(entry.name)) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, await readFile(join(root, path), "utf8"));
    }
  }
  await walk("");
  return files;
}
