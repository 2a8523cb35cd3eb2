// `pnpm dev` regenerates in its own process (tools/spec-tools/src/dev-pipeline.mjs: Redocly's lint
// and bundle, then every generator, warm), and must write exactly what `pnpm generate` writes: the
// CLI's bundle and each generator's files, byte for byte. Two scratch copies of the repository get
// the same spec edit; one regenerates with `node scripts/dev.mjs --once` (one pass of `pnpm dev`),
// the other with `pnpm generate`; every generated file must be the same. Then a save that breaks
// lint: the pass prints the problems as the CLI's stylish format does, and writes nothing.
import { execFile } from "node:child_process";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUIET_TOOL_ENV } from "@vivamo/test-kit/quiet-env";
import { scaled } from "@vivamo/test-kit/vitest";
import { scratchCopy } from "@vivamo/test-kit/scratch-copy";

const run = promisify(execFile);
const env = { ...process.env, ...QUIET_TOOL_ENV, NO_COLOR: "1", FORCE_COLOR: "0" };

/** Everything `pnpm generate` writes (files, or folders whose files it writes). */
const GENERATED = [
  "spec/dist",
  "packages/api-types/src/generated",
  "packages/api-client/src/generated",
  "packages/api-client/README.md",
  "apps/docs/samples/generated",
];

/** The edit of both copies: a property's description, an operation's summary and an example. */
async function editSpec(copy) {
  /** @type {[string, string | RegExp, string][]} */
  const edits = [
    ["spec/components/schemas/CustomerData.yaml", "City or town.", "City, town or village."],
    ["spec/paths/customers.yaml", /^(\s+summary: )(.+)$/m, "$1$2 (edited)"],
  ];
  for (const [file, from, to] of edits) {
    const path = join(copy, file);
    const text = await readFile(path, "utf8");
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`the edit of ${file} found nothing to change`);
    await writeFile(path, edited);
  }
}

/** Path (relative to the copy) → content of every generated file. */
async function generatedFiles(copy) {
  const files = new Map();
  async function add(path) {
    const entries = await readdir(join(copy, path), { withFileTypes: true }).catch(() => null);
    if (entries === null) {
      files.set(path, await readFile(join(copy, path), "utf8"));
      return;
    }
    for (const entry of entries) await add(`${path}/${entry.name}`);
  }
  for (const path of GENERATED) await add(path);
  return files;
}

/** Runs a command in `cwd`; returns its exit code and output (never throws on a failure). */
async function sh(cwd, command, args) {
  /** @type {{ stdout?: unknown, stderr?: unknown, code?: number }} */
  const result = await run(command, args, { cwd, env, maxBuffer: 64 << 20 }).catch((e) => e);
  return {
    code: result instanceof Error ? (result.code ?? 1) : 0,
    stdout: String(result.stdout ?? ""),
    stderr: String(result.stderr ?? ""),
  };
}

let devCopy;
let generateCopy;
beforeAll(async () => {
  [devCopy, generateCopy] = await Promise.all([
    scratchCopy("vivamo-dev-pipeline-"),
    scratchCopy("vivamo-dev-generate-"),
  ]);
  await Promise.all([editSpec(devCopy), editSpec(generateCopy)]);
}, scaled(120_000));
afterAll(async () => {
  for (const copy of [devCopy, generateCopy]) {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
});

describe("pnpm dev's pipeline", () => {
  it(
    "writes what pnpm generate writes, byte for byte",
    async () => {
      const [dev, generate] = await Promise.all([
        sh(devCopy, process.execPath, ["scripts/dev.mjs", "--once"]),
        sh(generateCopy, "pnpm", ["generate"]),
      ]);
      expect(generate.code, `${generate.stdout}${generate.stderr}`).toBe(0);
      expect(dev.code, `${dev.stdout}${dev.stderr}`).toBe(0);
      expect(dev.stdout).toMatch(/\[dev\] regenerated in/);

      const fromDev = await generatedFiles(devCopy);
      const fromGenerate = await generatedFiles(generateCopy);
      expect([...fromDev.keys()].sort()).toEqual([...fromGenerate.keys()].sort());
      expect(fromDev.has("spec/dist/openapi.yaml") && fromDev.has("spec/dist/openapi.json")).toBe(
        true,
      );
      for (const [path, text] of fromGenerate) {
        // (not toEqual on the maps: a failure names the file)
        expect(fromDev.get(path) === text, `${path} differs from pnpm generate's`).toBe(true);
      }
      // The edit reached the outputs, so the comparison compared something new.
      expect(fromDev.get("packages/api-types/src/generated/openapi.ts")).toContain(
        "City, town or village.",
      );
      expect(fromDev.get("packages/api-client/src/generated/resources.ts")).toContain("(edited)");
    },
    scaled(240_000),
  );

  it(
    "prints the problems of a save that breaks lint as the CLI does, and writes nothing",
    async () => {
      const before = await generatedFiles(devCopy);
      const schema = join(devCopy, "spec/components/schemas/CustomerData.yaml");
      const text = await readFile(schema, "utf8");
      // A property without its description (rule/schema-properties-described).
      const broken = text.replace(/^(\s+)description: City, town or village\.\n/m, "");
      expect(broken).not.toBe(text);
      await writeFile(schema, broken);

      const [dev, cli] = await Promise.all([
        sh(devCopy, process.execPath, ["scripts/dev.mjs", "--once"]),
        sh(join(devCopy, "spec"), "pnpm", ["-s", "lint"]),
      ]);
      expect(cli.code).not.toBe(0);
      expect(dev.code, `${dev.stdout}${dev.stderr}`).toBe(1);
      expect(dev.stdout).toMatch(/\[dev\] lint: 1 error\(s\), 0 warning\(s\); nothing regenerated/);
      expect(dev.stdout).toMatch(/\[dev\] lint failed after/);
      // The CLI's stylish report (its stdout), file by file, problem by problem. The CLI names
      // files relative to spec/, where the lint script runs; dev relative to the repository.
      const problems = (output) =>
        output
          .split("\n")
          .filter((line) => line.trim() && !line.startsWith("[dev]"))
          .map((line) => line.replace(/^spec\//, ""));
      expect(problems(cli.stdout).length).toBeGreaterThan(1);
      expect(problems(cli.stdout).join("\n")).toContain("rule/schema-properties-described");
      expect(problems(dev.stdout)).toEqual(problems(cli.stdout));

      expect(await generatedFiles(devCopy)).toEqual(before);
    },
    scaled(120_000),
  );
});
