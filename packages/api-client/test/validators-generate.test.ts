// The response validators' generator: its drift gate (`--check`) passes on the committed files and
// fails, with a diff and the fix, once the spec changes; it refuses specs it cannot compile
// faithfully; and the runtime helpers Ajv needs for some keywords are imported so that the
// generated module runs in plain Node.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { bundledSpecPath } from "@vivamo/spec-tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const generator = fileURLToPath(new URL("../scripts/generate-validators.mjs", import.meta.url));
// Inside the package, so the generated module resolves ajv and ajv-formats like src/ does.
const outRoot = fileURLToPath(new URL("../test-results/validators/", import.meta.url));

type Json = Record<string, any>;
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "vivamo-validators-"));
  await mkdir(outRoot, { recursive: true });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Runs the generator with `args` and returns its exit code and output. */
async function generate(...args: string[]) {
  const result = await run(process.execPath, [generator, ...args]).catch((e) => e);
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}` };
}

/** A copy of the bundled spec with `edit` applied, written to a scratch file. */
async function editedSpec(name: string, edit: (spec: Json) => void) {
  const copy = readBundledSpec(bundledSpecPath);
  edit(copy);
  const file = join(scratch, `${name}.json`);
  await writeFile(file, JSON.stringify(copy));
  return file;
}

describe("drift gate (generate-validators.mjs --check)", () => {
  it("passes when the committed validators match the spec", async () => {
    const { code, output } = await generate("--check", "--spec", bundledSpecPath);
    expect(output).toMatch(/response validators are up to date/);
    expect(code).toBe(0);
  });

  it("fails with a diff and the fix when a response property is added", async () => {
    const spec = await editedSpec("new-property", (s) => {
      s.components.schemas.CustomerData.properties.middleName = { type: "string" };
    });
    const { code, output } = await generate("--check", "--spec", spec);
    expect(code).toBe(1);
    expect(output).toMatch(/validators\.js is out of date/);
    expect(output).toMatch(/^\+.*middleName/m);
    expect(output).toMatch(/Run `pnpm generate`/);
  });

  it("fails when an enum value is removed", async () => {
    const spec = await editedSpec("fewer-statuses", (s) =>
      s.components.schemas.KycStatus.enum.pop(),
    );
    expect((await generate("--check", "--spec", spec)).code).toBe(1);
  });

  it("passes when only a description changes (annotations are not compiled)", async () => {
    const spec = await editedSpec("description", (s) => {
      s.components.schemas.CustomerData.description = "Reworded.";
    });
    expect((await generate("--check", "--spec", spec)).code).toBe(0);
  });
});

describe("specs the generator refuses, saying why (exit 2)", () => {
  it.each([
    [
      "an unknown keyword (a typo)",
      (s: Json) => (s.components.schemas.CustomerList.additionalproperties = false),
      /unknown keyword: "additionalproperties"/,
    ],
    [
      "an unknown format",
      (s: Json) => (s.components.schemas.Customer.properties.createdAt.format = "datetime"),
      /unknown format "datetime"/,
    ],
    [
      "an operationId that is not an identifier",
      (s: Json) => (s.paths["/customers"].get.operationId = "list-customers"),
      /needs an operationId that is a JavaScript identifier/,
    ],
  ])("%s", async (_name, edit, reason) => {
    const spec = await editedSpec(_name.replace(/\W+/g, "-"), edit);
    const { code, output } = await generate("--spec", spec, "--out", join(scratch, "refused"));
    expect(output).toMatch(/Cannot generate the response validators/);
    expect(output).toMatch(reason);
    expect(code).toBe(2);
  });
});

describe("shared schemas", () => {
  it("compile each component once, recursion included, and locate errors in it", async () => {
    const spec = await editedSpec("recursive", (s) => {
      s.components.schemas.CustomerData.properties.parent = {
        $ref: "#/components/schemas/Customer",
      };
    });
    const out = join(outRoot, "recursive");
    expect((await generate("--spec", spec, "--out", out)).code).toBe(0);
    const code = await readFile(join(out, "validators.js"), "utf8");
    // One compiled schema per component, however many responses use it.
    const ids = [...code.matchAll(/^const schema\d+ = \{"\$id":"([^"]+)"/gm)].map((m) => m[1]);
    expect(ids).toContain("https://spec.vivamo.invalid/components/schemas/CustomerData");
    expect(new Set(ids).size).toBe(ids.length);

    const probe = `
      const { responseValidators } = await import(${JSON.stringify(pathToFileURL(join(out, "validators.js")).href)});
      const validate = responseValidators.getCustomer.statuses["200"];
      const customer = (data) => ({ externalCustomerId: "a", data, kycVerifications: [], createdAt: "2025-06-05T04:57:11.151Z" });
      const nested = customer({ email: "a@example.com", parent: customer({ email: "b@example.com", parent: customer({ email: 3 }) }) });
      console.log(JSON.stringify([validate(customer({ email: "a@example.com" })), validate(nested), validate.errors[0]]));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe]);
    expect(JSON.parse(stdout)).toEqual([
      true,
      false,
      expect.objectContaining({
        instancePath: "/data/parent/data/parent/data/email",
        schemaPath: "#/components/schemas/CustomerData/properties/email/type",
      }),
    ]);
  });
});

describe("keywords that need Ajv's runtime helpers", () => {
  it("minLength (ucs2length) and uniqueItems of objects (equal) run in plain Node", async () => {
    const spec = await editedSpec("runtime-helpers", (s) => {
      s.components.schemas.CustomerData.properties.firstName.minLength = 2;
      s.components.schemas.CustomerList.properties.customers.uniqueItems = true;
    });
    const out = join(outRoot, "runtime-helpers");
    expect((await generate("--spec", spec, "--out", out)).code).toBe(0);

    // A child Node process, not vitest's module loader: what integrators' Node does.
    const probe = `
      const { responseValidators } = await import(${JSON.stringify(pathToFileURL(join(out, "validators.js")).href)});
      const validate = responseValidators.listCustomers.statuses["200"];
      const customer = (firstName) => ({ externalCustomerId: "a", data: { email: "a@example.com", firstName }, kycVerifications: [], createdAt: "2025-06-05T04:57:11.151Z" });
      const page = (customers) => ({ customers, total: 1, page: 1, limit: 10, totalPages: 1 });
      const results = [page([customer("😀")]), page([customer("Al"), customer("Al")]), page([customer("Al"), customer("Bo")])]
        .map((body) => (validate(body) ? "valid" : validate.errors[0].keyword));
      console.log(JSON.stringify(results));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe]);
    // One emoji is 1 code point (2 UTF-16 units): too short; two equal customers: not unique.
    expect(JSON.parse(stdout)).toEqual(["minLength", "uniqueItems", "valid"]);
  });
});
