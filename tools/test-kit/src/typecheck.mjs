#!/usr/bin/env node
// `pnpm typecheck` in a package: `tsc -p tsconfig.json` with TypeScript 7, the compiler our
// consumers install (npm's `latest`).
//
// Why 7 here and 5.9 elsewhere: TypeScript 7 is native code and type-checks a package with about a
// fifth of 5.9's CPU (api-client: 3.3 s against 17 s), which matters on a 2-core CI runner. It has
// no JavaScript compiler API, so everything that needs one stays on the workspace's TypeScript 5.9:
// openapi-typescript (codegen), typescript-eslint's type-aware rules, and the api-changes
// TypeScript opinion. (The packages' declaration builds need no compiler: tsdown writes them with
// oxc's isolated-declarations transform.) The packed
// packages are checked under 5.9, 6.0 and 7.0 by tools/package-smoke.
import { spawnSync } from "node:child_process";
import { typescript7Tsc as tsc } from "./typescript7.mjs";

const args = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [tsc, ...(args.length > 0 ? args : ["-p", "tsconfig.json"])],
  {
    stdio: "inherit",
  },
);
if (result.error) {
  console.error(`typecheck: could not run TypeScript 7 (${tsc}): ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
