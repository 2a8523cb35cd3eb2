// The drift gate: `generate.mjs --check` must pass on the committed types and fail, naming the
// change and the fix, as soon as the spec says something the committed types do not.
//
// The command itself runs for the cases about what it prints and how it exits. The other edits
// only ask "does this spec change the generated file?": they render in this process with the
// generator's own renderTypes, whose output is what the command compares, at a
// fraction of the CPU of a Node process that loads openapi-typescript and the formatter per case.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describeDifference } from "@vivamo/spec-tools/generated-file";
import { bundleSpecs, copySpecSources } from "@vivamo/spec-tools/scratch-specs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderTypes } from "../scripts/render-types.mjs";

const run = promisify(execFile);
const generator = fileURLToPath(new URL("../scripts/generate.mjs", import.meta.url));
const bundledSpec = fileURLToPath(new URL("../../../spec/dist/openapi.json", import.meta.url));
const committedTypes = fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));

/**
 * The diff between the committed types and those `specFile` produces, as the drift check prints
 * it, or "" when they are the same.
 */
async function driftFrom(/** @type {string} */ specFile) {
  const spec = JSON.parse(await readFile(specFile, "utf8"));
  const generated = await renderTypes(spec, pathToFileURL(specFile));
  const committed = await readFile(committedTypes, "utf8");
  return generated === committed ? "" : describeDifference(committed, generated);
}

/** Runs the drift check against `spec` and returns its exit code and output. */
async function check(/** @type {string} */ spec) {
  const result = await run(process.execPath, [generator, "--check", "--spec", spec]).catch(
    (e) => e,
  );
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}` };
}

/** @type {string} */
let scratch;
/** @type {Record<string, any>} */
let spec;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "vivamo-drift-"));
  spec = JSON.parse(await readFile(bundledSpec, "utf8"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/**
 * @param {string} name
 * @param {(copy: Record<string, any>) => void} edit
 */
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
    expect(await driftFrom(file)).toMatch(/^-.*"expired"/m);
  });

  it("fails when a query parameter changes type", async () => {
    const file = await writeEditedCopy("string-page", (copy) => {
      copy.components.parameters.Page.schema = { type: "string", default: "1" };
      copy.components.parameters.Page.example = "1";
    });
    expect(await driftFrom(file)).toMatch(/^-\s+Page: number;\n\+\s+Page: string;/m);
  });

  it("finds no drift in the bundle the committed types were generated from", async () => {
    // The in-process comparison above must not report drift for nothing.
    expect(await driftFrom(bundledSpec)).toBe("");
  });

  it("fails after an edit to a copy of the YAML sources, bundled as the pipeline does", async () => {
    const copy = copySpecSources(join(scratch, "spec-source"));
    const file = join(copy, "components", "schemas", "KycStatus.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("  - expired\n", ""));
    const { "edited-source": bundle } = await bundleSpecs({ "edited-source": copy }, scratch, {
      ext: "json",
    });
    expect(await driftFrom(/** @type {string} */ (bundle))).toMatch(/^-.*"expired"/m);
  });

  it("explains how to produce the bundle when it is missing", async () => {
    const { code, output } = await check(join(scratch, "does-not-exist.json"));
    expect(code).toBe(2);
    expect(output).toMatch(/bundle/);
  });
});
