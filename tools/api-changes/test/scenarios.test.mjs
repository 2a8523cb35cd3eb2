// Issue 8's "Done when" scenarios, each on a scratch copy of the spec: edit the YAML sources as a
// contributor would, bundle with Redocly (once per run, global-setup.mjs), classify against the
// unedited copy, and judge the bump.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { classifyChanges } from "../src/classify.mjs";
import { apiChanges } from "../src/cli.mjs";
import { formatReport } from "../src/format.mjs";
import { judge, plannedBumps } from "../src/gate.mjs";
import { NEW_OPERATION_PATH } from "./edits.mjs";
import { makeScratchDir, removeScratchDir, writeScratchRepository } from "./scratch.mjs";

const run = promisify(execFile);
const CHECK_RELEASE = join(import.meta.dirname, "../bin/check-release.mjs");

/** name → JSON bundle of the scratch spec (edits.mjs, SCRATCH_SPECS) */
const bundles = inject("bundles");
let scratch;
let baseline;

beforeAll(() => {
  scratch = makeScratchDir();
  baseline = readBundledSpec(bundles.unchanged);
});

afterAll(() => removeScratchDir(scratch));

const results = new Map();
function classify(name) {
  if (!results.has(name)) {
    results.set(
      name,
      classifyChanges(baseline, readBundledSpec(bundles[name])).then((result) => {
        console.log(`${name}:\n${formatReport(result, "the unedited copy")}`);
        return result;
      }),
    );
  }
  return results.get(name);
}

const PLAN = (bump) => ({ "@vivamo/api-types": bump, "@vivamo/api-client": bump });

describe("classifying a spec change against the last release", () => {
  test("an unedited copy, bundled the same way, has no change", async () => {
    expect(await classify("unchanged")).toEqual({ bump: "none", changes: [] });
  });

  // The first classification renders the baseline's types too.
  test("an added optional field is a feature: minor", { timeout: 90_000 }, async () => {
    const { bump, changes } = await classify("add an optional field");
    expect(bump).toBe("minor");
    expect(changes.every((change) => change.level === "feature")).toBe(true);
    expect(changes).toContainEqual(
      expect.objectContaining({
        path: "POST /customers request body: data.dateOfBirth",
        rule: "request-property-added",
      }),
    );
  });

  test("a description-only edit is a fix: patch", async () => {
    const { bump, changes } = await classify("edit a description");
    expect(bump).toBe("patch");
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.level === "fix")).toBe(true);
  });

  test("a new operation is a feature: minor", async () => {
    const { bump, changes } = await classify("add an operation");
    expect(bump).toBe("minor");
    expect(changes).toEqual([
      expect.objectContaining({
        path: `GET ${NEW_OPERATION_PATH}`,
        rule: "operation-added",
        level: "feature",
      }),
    ]);
  });

  const breaking = {
    "rename a response field": {
      path: "GET /customers/{externalCustomerId} response 200: data.firstName",
      rule: "response-property-removed",
      detail: "property removed",
    },
    "make a request field required": {
      path: "POST /customers request body: data.phone",
      rule: "request-property-became-required",
      detail: "became required",
    },
    "remove an enum value": {
      path: "GET /customers/{externalCustomerId} response 200: kycVerifications[].status",
      rule: "response-property-enum-value-removed",
      detail: 'enum value "rejected_manually" removed',
    },
    "remove an operation": {
      path: "POST /operators/check-geolocation",
      rule: "operation-removed",
      detail: "operation removed",
    },
  };
  for (const [name, expected] of Object.entries(breaking)) {
    test(`${name} is breaking: major, and the gate refuses a minor changeset at 1.x`, async () => {
      const result = await classify(name);
      expect(result.bump).toBe("major");
      expect(result.changes).toContainEqual(
        expect.objectContaining({ ...expected, level: "breaking" }),
      );

      const refused = judge(result, PLAN("minor"), "1.0.0", "1.0.0");
      expect(refused.ok).toBe(false);
      expect(refused.required).toBe("major");
      expect(refused.message).toContain(
        `${expected.path} · ${expected.detail}  (${expected.rule};`,
      );
      expect(judge(result, PLAN("major"), "1.0.0", "1.0.0").ok).toBe(true);

      // 0.x: a breaking change ships as a minor bump, never as a patch (README, "0.x").
      expect(judge(result, PLAN("patch"), "0.1.0", "0.1.0").ok).toBe(false);
      expect(judge(result, PLAN("minor"), "0.1.0", "0.1.0").ok).toBe(true);
    });
  }

  // api-smart-diff called this a "type changed" feature, and only TypeScript caught the break.
  test("a response field that became nullable is breaking, found by the rules and by TypeScript", async () => {
    const { bump, changes } = await classify("make a response field nullable");
    expect(bump).toBe("major");
    expect(changes).toContainEqual(
      expect.objectContaining({
        path: "GET /customers/{externalCustomerId} response 200: createdAt",
        rule: "response-property-became-nullable",
        level: "breaking",
        foundBy: ["rules", "typescript"],
      }),
    );
    const refused = judge({ changes }, PLAN("minor"), "1.0.0", "1.0.0");
    expect(refused.message).toContain(
      "createdAt · null is now allowed  (response-property-became-nullable; found by rules and typescript)",
    );
  });

  test("TypeScript confirms a request field that became required, and says so", async () => {
    const { changes } = await classify("make a request field required");
    const entry = changes.find(
      (change) => change.path === "POST /customers request body: data.phone",
    );
    expect(entry.foundBy).toEqual(["rules", "typescript"]);
  });
});

describe("check-release and api-changes on a scratch repository", () => {
  let root;
  beforeAll(() => {
    // A repository at 1.0.0 whose spec renamed a field, with a pending *minor* changeset.
    root = join(scratch, "repo");
    writeScratchRepository(root, {
      version: "1.0.0",
      changeset: { name: "rename", bump: "minor", summary: "Rename firstName." },
      released: bundles.unchanged,
      current: bundles["rename a response field"],
    });
  });

  test("changesets' own release plan is what the gate reads", async () => {
    expect(await plannedBumps(root)).toEqual(PLAN("minor"));
  });

  // check-release is a whole Node process that renders both sides' types: minutes, not seconds,
  // on a loaded two-core machine.
  const CLI_TIMEOUT = 180_000;

  test(
    "check-release fails with the minor changeset and names the change",
    async () => {
      const failure = await run(process.execPath, [CHECK_RELEASE, "--root", root]).then(
        () => undefined,
        (error) => error,
      );
      console.log(`check-release (exit ${failure?.code}):\n${failure?.stderr}`);
      expect(failure?.code).toBe(1);
      expect(failure.stderr).toContain("@vivamo/api-types: planned minor, needs major");
      expect(failure.stderr).toContain(
        "breaking  GET /customers/{externalCustomerId} response 200: data.firstName · property removed  (response-property-removed; found by rules)",
      );
    },
    CLI_TIMEOUT,
  );

  // The command's code in process (src/cli.mjs); the release test runs the real bin/api-changes.mjs.
  test("api-changes --json prints the bump and the list; --changeset drafts the changeset", async () => {
    const stdout = [];
    const stderr = [];
    const code = await apiChanges(["--root", root, "--json", "--changeset"], {
      out: (text) => stdout.push(text),
      err: (text) => stderr.push(text),
    });
    expect(code).toBe(0);
    // stdout is the JSON alone; the note about the draft goes to stderr.
    expect(stdout).toHaveLength(1);
    expect(stderr.join("\n")).toContain("Wrote ");
    const { bump, changes } = JSON.parse(stdout[0]);
    expect(bump).toBe("major");
    expect(changes.some((change) => change.path.endsWith("data.givenName"))).toBe(true);

    const draft = readFileSync(join(root, ".changeset/api-changes.md"), "utf8");
    expect(draft).toMatch(/^---\n"@vivamo\/api-types": major\n"@vivamo\/api-client": major\n---\n/);
    expect(draft).toContain("API changes since 1.0.0:");
    expect(draft).toContain(
      "- **breaking**: `GET /customers/{externalCustomerId} response 200: data.firstName` · property removed (`response-property-removed`)",
    );
    expect(await plannedBumps(root)).toEqual(PLAN("major"));
  });
});
