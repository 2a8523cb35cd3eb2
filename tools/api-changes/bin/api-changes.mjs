#!/usr/bin/env node
// pnpm api-changes                 the API changes since the last release, classified
// pnpm api-changes --json          { "bump": "major"|"minor"|"patch"|"none", "changes": [...] }
// pnpm api-changes --changeset     write .changeset/api-changes.md with that bump and the list
// pnpm api-changes release         after `changeset version`: snapshot the bundled spec as the new
//                                  version, add the list to the CHANGELOG entries and the docs page
//   --root <dir>  the repository (default: this one)   --spec <file>  the bundled spec to classify
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import {
  addToChangelog,
  analyze,
  classifyChanges,
  currentVersion,
  findBaseline,
  formatReport,
  requiredBump,
  renderChangeset,
  renderDocsPage,
  repoPaths,
  UsageError,
  writeRelease,
} from "../src/index.mjs";
import { DRAFT_CHANGESET } from "../src/changelog.mjs";
import { readBundledSpec } from "@vivamo/spec/document";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    changeset: { type: "boolean", default: false },
    root: { type: "string" },
    spec: { type: "string" },
  },
});

try {
  if (positionals[0] === "release") await release();
  else if (positionals.length) throw new UsageError(`Unknown command: ${positionals.join(" ")}`);
  else await report();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`api-changes: ${error.message}`);
  process.exit(2);
}

async function report() {
  const result = await analyze({ root: values.root, spec: values.spec });
  // With --json, stdout is the JSON alone: everything else goes to stderr.
  const say = values.json ? console.error : console.log;
  if (values.json) {
    console.log(JSON.stringify({ bump: result.bump, changes: result.changes }, null, 2));
  } else {
    console.log(formatReport(result, result.baseline.version));
  }
  if (!values.changeset) return;
  if (result.changes.length === 0) {
    say("Nothing to draft: no changeset is needed.");
    return;
  }
  // The bump the gate requires at this version (a breaking change at 0.x is a minor bump).
  const bump = requiredBump(result.changes, result.version);
  const file = join(repoPaths(values.root).root, ".changeset", DRAFT_CHANGESET);
  writeFileSync(file, renderChangeset(bump, result.changes, result.baseline.version));
  say(`Wrote ${file} (${bump}): review its text, then commit it with your change.`);
}

/** Runs after `changeset version`, which has written the new version into package.json. */
async function release() {
  const paths = repoPaths(values.root);
  const specFile = values.spec ?? paths.spec;
  const version = currentVersion(paths.root);
  if (findBaseline(paths.root, version)?.version === version) {
    console.log(`spec/releases/${version} exists already: nothing to snapshot.`);
    return;
  }
  const previous = findBaseline(paths.root, version, { before: true });
  const { bump, changes } = previous
    ? await classifyChanges(readBundledSpec(previous.file), readBundledSpec(specFile))
    : { bump: "none", changes: [] };
  writeRelease(paths.root, version, { specFile, previous: previous?.version, bump, changes });
  console.log(`Snapshot of the bundled spec kept as spec/releases/${version}/.`);
  if (previous) {
    for (const file of paths.changelogs) {
      if (addToChangelog(file, version, changes, previous.version)) console.log(`Updated ${file}`);
    }
  }
  mkdirSync(dirname(paths.docsPage), { recursive: true });
  writeFileSync(paths.docsPage, renderDocsPage(paths.root));
  console.log(`Wrote ${paths.docsPage}`);
}
