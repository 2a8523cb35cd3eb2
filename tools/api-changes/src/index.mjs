// The library behind `pnpm api-changes` and `pnpm check-release`.
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { readBundledSpec } from "@vivamo/spec-model/document";
import { classifyChanges } from "./classify.mjs";
import { currentVersion, findBaseline, repoPaths } from "./releases.mjs";

export { compareSpecs } from "./compare.mjs";
export { InvalidSpecError } from "./validate.mjs";
export { RULES } from "./rules/catalogue.mjs";
export { classifyChanges, bumpFor, combine } from "./classify.mjs";
export { judge, minimumBump, plannedBumps, requiredBump } from "./gate.mjs";
export { formatReport, formatChange, markdownTable } from "./format.mjs";
export { renderChangeset, addToChangelog, renderDocsPage } from "./changelog.mjs";
export * from "./releases.mjs";

/**
 * Classifies the working tree's bundled spec against the last release's.
 * @param {{ root?: string, spec?: string }} [options]
 */
export async function analyze(options = {}) {
  const paths = repoPaths(options.root);
  const specFile = options.spec ?? paths.spec;
  const version = currentVersion(paths.root);
  const baseline = findBaseline(paths.root, version);
  if (!baseline) {
    throw new UsageError(
      `No released spec at or below ${version} in ${paths.releases}.\n` +
        "Snapshot the current one as that release: pnpm api-changes release",
    );
  }
  if (!existsSync(specFile)) {
    throw new UsageError(
      `No bundled spec at ${specFile}.\nBundle it first: pnpm turbo run bundle --filter @vivamo/spec`,
    );
  }
  const result = await classifyChanges(readBundledSpec(baseline.file), readBundledSpec(specFile), {
    specDir: dirname(specFile),
  });
  return { version, baseline, specFile, ...result };
}

/** A mistake of the caller: printed without a stack trace. */
export class UsageError extends Error {}
