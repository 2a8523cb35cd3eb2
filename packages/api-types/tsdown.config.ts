import { defineConfig } from "tsdown";

// A types-only package still ships a (empty) JS module for ESM and CJS, so that every resolver
// (node16, bundler, require) finds an entry point and @arethetypeswrong/cli reports no problems.
// Declarations come from oxc's isolated-declarations transform: no TypeScript program, a third of
// tsc's CPU. (The generated types are all explicit, as isolated declarations require.)
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { oxc: true },
  clean: true,
  target: "es2020",
  // `.js` for ESM (the package is `"type": "module"`), `.cjs` for CommonJS, as the exports map says.
  fixedExtension: false,
});
