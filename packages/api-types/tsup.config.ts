import { defineConfig } from "tsup";

// A types-only package still ships a (empty) JS module for ESM and CJS, so that every resolver
// (node16, bundler, require) finds an entry point and @arethetypeswrong/cli reports no problems.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2020",
});
