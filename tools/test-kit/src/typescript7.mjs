// Where TypeScript 7's `tsc` is: the compiler of every type check (`pnpm typecheck` through
// src/typecheck.mjs, vitest's type tests through src/vitest.mjs). See src/typecheck.mjs
// for why 7 there and 5.9 where a compiler API is needed. It is installed at the root under the
// alias `typescript7` (npm:typescript@7.0.2).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const typescript7Tsc = join(
  dirname(createRequire(import.meta.url).resolve("typescript7/package.json")),
  "bin",
  "tsc",
);
