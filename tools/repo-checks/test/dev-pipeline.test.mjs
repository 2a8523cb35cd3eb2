// `pnpm dev` regenerates in its own process (tools/spec-tools/src/dev-pipeline.mjs: Redocly's lint
// and bundle, then every generator, warm), and must write exactly what `pnpm generate` writes: the
// CLI's bundle and each generator's files, byte for byte. The proofs' global setup
// (test/proof/global-setup.mjs) gives two scratch copies the add-operation proof's spec edit (a new
// operation, and a new resource with a paged list) and regenerates one with `pnpm generate`, the
// other with `node scripts/dev.mjs --once` (one pass of `pnpm dev`): every generated file must be
// the same. Then a save that breaks lint: the pass prints the problems as the CLI's stylish format
// does, and writes nothing.
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { scaled } from "@vivamo/test-kit/vitest";
import { command } from "./proof/global-setup.mjs";
import { proofResult } from "./proof/proof-result.mjs";

const { copy: generateCopy, devOnceCopy: devCopy } = inject("proof");

/** Everything `pnpm generate` writes (files, or folders whose files it writes). */
const GENERATED = [
  "spec/dist",
  "packages/api-types/src/generated",
  "packages/api-client/src/generated",
  "packages/api-client/README.md",
  "apps/docs/samples/generated",
];

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

describe("pnpm dev's pipeline", () => {
  it(
    "writes what pnpm generate writes, byte for byte",
    async () => {
      const { generate, devOnce } = await proofResult();
      expect(generate.code, `${generate.stdout}${generate.stderr}`).toBe(0);
      expect(devOnce.code, `${devOnce.stdout}${devOnce.stderr}`).toBe(0);
      expect(devOnce.stdout).toMatch(/\[dev\] regenerated in/);

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
      const resources = fromDev.get("packages/api-client/src/generated/resources.ts");
      expect(resources).toContain("listCustomerNotes");
      expect(resources).toContain("export interface RefundsOperations");
    },
    scaled(300_000),
  );

  it(
    "prints the problems of a save that breaks lint as the CLI does, and writes nothing",
    async () => {
      const before = await generatedFiles(devCopy);
      const schema = join(devCopy, "spec/components/schemas/CustomerData.yaml");
      const text = await readFile(schema, "utf8");
      // A property without its description (rule/schema-properties-described).
      const broken = text.replace(/^(\s+)description: City or town\.\n/m, "");
      expect(broken).not.toBe(text);
      await writeFile(schema, broken);

      const [dev, cli] = await Promise.all([
        command(devCopy, process.execPath, ["scripts/dev.mjs", "--once"]),
        command(join(devCopy, "spec"), "pnpm", ["-s", "lint"]),
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
