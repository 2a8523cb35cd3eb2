// compareSpecs on whole documents: the released spec, unmodified by a comparison; the command line
// on any two files (JSON or YAML, a file or a released version), its output forms and exit codes.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { apiChanges } from "../src/cli.mjs";
import { compareSpecs } from "../src/index.mjs";
import { findBaseline } from "../src/releases.mjs";
import { repoRoot } from "./scratch.mjs";

const run = promisify(execFile);
const API_CHANGES = join(import.meta.dirname, "../bin/api-changes.mjs");

let released;
let dir;
beforeAll(() => {
  released = readBundledSpec(/** @type {{ file: string }} */ (findBaseline(repoRoot)).file);
  dir = mkdtempSync(join(tmpdir(), "api-changes-compare-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The released spec with a removed enum value (breaking) and a new optional field (feature). */
function edited() {
  const spec = structuredClone(released);
  spec.components.schemas.KycStatus.enum = spec.components.schemas.KycStatus.enum.slice(0, -1);
  spec.components.schemas.CustomerData.properties.nickname = { type: "string" };
  return spec;
}

test("compareSpecs leaves both documents exactly as they were", async () => {
  const base = structuredClone(released);
  const revision = edited();
  const before = [structuredClone(base), structuredClone(revision)];
  const { bump, changes } = await compareSpecs(base, revision);
  expect(bump).toBe("major");
  expect(changes.length).toBeGreaterThan(0);
  expect([base, revision]).toStrictEqual(before);
});

test("each change has its rule, level, path, operation, detail and who found it", async () => {
  const { changes } = await compareSpecs(released, edited());
  expect(changes).toContainEqual({
    rule: "request-property-added",
    level: "feature",
    path: "POST /customers request body: data.nickname",
    operation: "POST /customers",
    direction: "request",
    detail: "property added",
    foundBy: ["rules"],
  });
});

test("a reference to a whole components section is compared, not a crash", async () => {
  const withSectionRef = (/** @type {Record<string, any>} */ spec) => {
    const copy = structuredClone(spec);
    copy.components.schemas.CustomerData.properties.everything = { $ref: "#/components/schemas" };
    return copy;
  };
  const { changes } = await compareSpecs(withSectionRef(released), withSectionRef(edited()));
  expect(changes.map((change) => change.rule)).toContain("request-property-added");
});

/** The command in process: exit code, stdout, stderr. */
async function cli(...args) {
  const out = [];
  const err = [];
  const code = await apiChanges(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("api-changes --base --revision", () => {
  let yamlFile;
  let jsonFile;
  beforeAll(() => {
    yamlFile = join(dir, "revision.yaml");
    jsonFile = join(dir, "base.json");
    writeFileSync(yamlFile, stringify(edited()));
    writeFileSync(jsonFile, JSON.stringify(released));
  });

  test("a JSON base and a YAML revision; --json is the result alone; exit 0 without --fail-on", async () => {
    const { code, out } = await cli("--base", jsonFile, "--revision", yamlFile, "--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.bump).toBe("major");
    expect(result.changes).toContainEqual(
      expect.objectContaining({ rule: "response-property-enum-value-removed", level: "breaking" }),
    );
  });

  test("--fail-on breaking exits 1 on a breaking change, 0 when there is none", async () => {
    expect(
      (await cli("--base", jsonFile, "--revision", yamlFile, "--fail-on", "breaking")).code,
    ).toBe(1);
    const additive = structuredClone(released);
    additive.components.schemas.CustomerData.properties.nickname = { type: "string" };
    const file = join(dir, "additive.json");
    writeFileSync(file, JSON.stringify(additive));
    const { code, out } = await cli("--base", "0.1.0", "--revision", file, "--fail-on", "breaking");
    expect(code).toBe(0);
    expect(out).toContain("bump minor");
  });

  test("--markdown prints a table for a pull-request comment", async () => {
    const { out } = await cli("--base", "0.1.0", "--revision", yamlFile, "--markdown");
    expect(out).toContain("| level | where | change | rule | found by |");
    expect(out).toContain(
      "| breaking | `GET /customers/{externalCustomerId} response 200: kycVerifications[].status` |",
    );
  });

  test("an invalid document is refused with what is wrong, exit 2 (the real bin)", async () => {
    const broken = structuredClone(released);
    broken.paths["/customers/{externalCustomerId}"].get.parameters = [];
    broken.paths["/customers/{externalCustomerId}"].parameters = [];
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    const failure = await run(process.execPath, [
      API_CHANGES,
      "--base",
      jsonFile,
      "--revision",
      file,
    ]).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(`The revision (${file}) is not a valid OpenAPI document`);
    expect(failure.stderr).toContain(
      "uses {externalCustomerId} but declares no path parameter externalCustomerId",
    );
  });

  test("a missing file, an unknown version and an unreadable file are errors, exit 2", async () => {
    expect(await cli("--base", join(dir, "none.yaml"), "--revision", yamlFile)).toMatchObject({
      code: 2,
    });
    const unknown = await cli("--base", "9.9.9", "--revision", yamlFile);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      "--base 9.9.9 is neither a file nor a released version (released: 0.1.0)",
    );
    const garbage = join(dir, "garbage.yaml");
    writeFileSync(garbage, "a: [unclosed");
    const unreadable = await cli("--base", garbage, "--revision", yamlFile);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain("is neither JSON nor YAML");
    expect((await cli("--base", jsonFile, "--fail-on", "feature")).code).toBe(2);
  });
});
