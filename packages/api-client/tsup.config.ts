import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// ESM + CJS + types, like @vivamo/api-types. Not minified: consumers' bundlers minify, and readable
// stack traces help integrators. size-limit measures the minified + gzipped cost in check-package.
export default defineConfig({
  // src/validation.ts (the precompiled response validators) is its own file, dist/validation.js
  // and .cjs, which the client imports only when `validateResponses: true`. `splitting` keeps it
  // out of index.cjs too (a lazy `require`), and shares the error classes with it through a chunk.
  entry: ["src/index.ts", "src/validation.ts", "src/middleware.ts", "src/call-log.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  clean: true,
  target: "es2022",
  // The version in the User-Agent (src/runtime.ts): from package.json, as the build finds it.
  define: { __VIVAMO_CLIENT_VERSION__: JSON.stringify(version) },
});
