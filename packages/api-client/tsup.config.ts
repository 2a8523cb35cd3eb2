import { defineConfig } from "tsup";

// ESM + CJS + types, like @vivamo/api-types. Not minified: consumers' bundlers minify, and readable
// stack traces help integrators. size-limit measures the minified + gzipped cost in check-package.
export default defineConfig({
  // src/validation.ts (the precompiled response validators) is its own file, dist/validation.js
  // and .cjs, which the client imports only when `validateResponses: true`. `splitting` keeps it
  // out of index.cjs too (a lazy `require`), and shares the error classes with it through a chunk.
  entry: ["src/index.ts", "src/validation.ts", "src/middleware.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  clean: true,
  target: "es2022",
});
