#!/usr/bin/env node
// Fails when the pending changesets (.changeset/*.md) bump @vivamo/api-types or @vivamo/api-client
// less than the API changes since the last release require, and names each change that needs more.
//   --root <dir>  the repository (default: this one)   --spec <file>  the bundled spec to classify
// (src/cli.mjs)
import { checkRelease } from "../src/cli.mjs";

process.exitCode = await checkRelease(process.argv.slice(2));
