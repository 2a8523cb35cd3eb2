// Once per test run: a scratch copy of the spec's sources per entry of SCRATCH_SPECS, edited as a
// contributor would, and all of them bundled in one run of the real Redocly CLI, with the config
// the `bundle` task uses (starting the CLI costs more than a bundle). The tests get the bundles,
// read-only, through `inject("bundles")`: name → bundled file, JSON (as dist/openapi.json; JSON is
// also YAML, so a scratch repository uses it as its dist/openapi.yaml too).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { bundleSpecs, copySpecSources, makeScratchDir } from "@vivamo/spec-tools/scratch-specs";
import { SCRATCH_SPECS } from "./edits.mjs";

/** @param {import("vitest/node").TestProject} project */
export default async function setup(project) {
  const scratch = makeScratchDir("vivamo-api-changes-bundles-");
  const names = Object.keys(SCRATCH_SPECS);
  // Bundles are named after their root file: `spec-<i>`, not the scenario's name.
  const specs = Object.fromEntries(
    names.map((name, i) => {
      const dir = copySpecSources(join(scratch, `spec-${i}`));
      for (const edit of SCRATCH_SPECS[name]) edit(dir);
      return [`spec-${i}`, dir];
    }),
  );
  const files = await bundleSpecs(specs, join(scratch, "bundles"), { ext: "json" });
  project.provide(
    "bundles",
    Object.fromEntries(names.map((name, i) => [name, files[`spec-${i}`]])),
  );
  return () => rmSync(scratch, { recursive: true, force: true });
}
