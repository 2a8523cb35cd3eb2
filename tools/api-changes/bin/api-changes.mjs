#!/usr/bin/env node
// pnpm api-changes                 the API changes since the last release, classified
// pnpm api-changes --json          { "bump": "major"|"minor"|"patch"|"none", "changes": [...] }
// pnpm api-changes --changeset     write .changeset/api-changes.md with that bump and the list
// pnpm api-changes release         after `changeset version`: snapshot the bundled spec as the new
//                                  version, add the list to the CHANGELOG entries and the docs page
//   --root <dir>  the repository (default: this one)   --spec <file>  the bundled spec to classify
// (src/cli.mjs)
import { apiChanges } from "../src/cli.mjs";

process.exitCode = await apiChanges(process.argv.slice(2));
