import { defineConfig } from "tsup";

// ESM + CJS + types, like @vivamo/api-types. Not minified: consumers' bundlers minify, and readable
// stack traces help integrators. size-limit measures the minified + gzipped cost in check-package.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
