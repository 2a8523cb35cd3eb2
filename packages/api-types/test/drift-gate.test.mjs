// The drift gate: `generate.mjs --check` must pass on the committed types and fail, naming the
// change and the fix, as soon as the spec says something the committed types do not.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const generator = fileURLToPath(new URL("../scripts/generate.mjs", import.meta.url));
const bundledSpec = fileURLToPath(new URL("../../../spec/dist/openapi.json", import.meta.url));
const specDir = fileURLToPath(new URL("../../../spec/", import.meta.url));
const redocly = join(specDir, "node_modules", ".bin", "redocly");

/** Runs the drift check against `spec` and returns its exit code and output. */
async function check(spec) {
  const result = await run(process.execPath, [generator, "--check", "--spec", spec]).catch(
    (e) => e,
  );
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}` };
}

let scratch;
let spec;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "vivamo-drift-"));
  spec = JSON.parse(await readFile(bundledSpec, "utf8"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function writeEditedCopy(name, edit) {
  const copy = structuredClone(spec);
  edit(copy);
  const file = join(scratch, `${name}.json`);
  await writeFile(file, JSON.stringify(copy));
  return file;
}

describe("drift gate (generate.mjs --check)", () => {
  it("passes when the committed types match the spec", async () => {
    const { code, output } = await check(bundledSpec);
    expect(output).toMatch(/up to date/);
    expect(code).toBe(0);
  });

  it("fails when a property is added to a schema", async () => {
    const file = await writeEditedCopy("new-property", (copy) => {
      copy.components.schemas.CustomerData.properties.middleName = {
        type: "string",
        description: "The customer's middle name.",
        example: "Q",
      };
    });
    const { code, output } = await check(file);
    expect(code).toBe(1);
    expect(output).toMatch(/out of date/);
    expect(output).toMatch(/middleName/);
    expect(output).toMatch(/pnpm generate/);
  });

  it("fails when an enum value is removed", async () => {
    const file = await writeEditedCopy("fewer-statuses", (copy) => {
      copy.components.schemas.KycStatus.enum.pop();
    });
    const { code } = await check(file);
    expect(code).toBe(1);
  });

  it("fails when a query parameter changes type", async () => {
    const file = await writeEditedCopy("string-page", (copy) => {
      copy.components.parameters.Page.schema = { type: "string", default: "1" };
      copy.components.parameters.Page.example = "1";
    });
    const { code } = await check(file);
    expect(code).toBe(1);
  });

  it("fails after an edit to a copy of the YAML sources, bundled as the pipeline does", async () => {
    const copy = join(scratch, "spec-source");
    for (const entry of ["openapi.yaml", "paths", "components", "webhooks"]) {
      await cp(join(specDir, entry), join(copy, entry), { recursive: true });
    }
    const file = join(copy, "components", "schemas", "KycStatus.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("  - expired\n", ""));
    const bundle = join(scratch, "edited-source.json");
    await run(
      redocly,
      ["bundle", join(copy, "openapi.yaml"), "--ext", "json", "--output", bundle],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    const { code, output } = await check(bundle);
    expect(code).toBe(1);
    expect(output).toMatch(/^-.*"expired"/m);
  });

  it("explains how to produce the bundle when it is missing", async () => {
    const { code, output } = await check(join(scratch, "does-not-exist.json"));
    expect(code).toBe(2);
    expect(output).toMatch(/bundle/);
  });
});
