import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

// package.json next to this file, wherever the build runs from (bench/size-per-operation.mjs builds
// a scratch copy of src/ with this config).
const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as {
  version: string;
};

// ESM + CJS + types, like @vivamo/api-types. Not minified: consumers' bundlers minify, and readable
// stack traces help integrators. size-limit measures the minified + gzipped cost in check-package.
export default defineConfig({
  // src/validation.ts (the precompiled response validators) is its own file, dist/validation.js
  // and .cjs, which the client imports only when `validateResponses: true`. Code splitting keeps
  // it out of index.cjs too (a lazy `require`), and shares the error classes with it through a
  // chunk.
  entry: ["src/index.ts", "src/validation.ts", "src/middleware.ts", "src/call-log.ts"],
  format: ["esm", "cjs"],
  // Declarations from oxc's isolated-declarations transform, like @vivamo/api-types: no
  // TypeScript program (a declaration build on the compiler type-checks `src/` again, which was
  // most of this build's CPU; `pnpm typecheck` does that). So every export of src/ has an explicit
  // type: `tsc --isolatedDeclarations` reports nothing. src/generated/validators.js has its
  // declarations beside it (validators.d.ts), which the declaration bundle reads.
  dts: { oxc: true },
  clean: true,
  target: "es2022",
  // Explicitly off: left unset, Rolldown runs a dead-code-elimination pass over the output.
  minify: false,
  // `.js` for ESM (the package is `"type": "module"`), `.cjs` for CommonJS, as the exports map says.
  fixedExtension: false,
  // The version in the User-Agent (src/runtime.ts): from package.json, as the build finds it.
  define: { __VIVAMO_CLIENT_VERSION__: JSON.stringify(version) },
  // openapi-fetch and @vivamo/api-types (dependencies) stay imports; @vivamo/spec-model (a
  // workspace devDependency: `isIdempotentMethod`, `escapePointerSegment`) is bundled in, as are the
  // Ajv runtime helpers src/generated/validators.js imports (Ajv's `equal`, and fast-deep-equal
  // behind it). Any other package from node_modules fails the build instead of shipping inside the
  // package unnoticed: add it here, or make it a dependency.
  deps: { onlyBundle: ["ajv", "fast-deep-equal"] },
  outputOptions: (options, format, { cjsDts }) => ({
    ...options,
    // Shared code in chunk-<hash>.js and .cjs (test/validation-dist.test.ts looks for it there).
    chunkFileNames: `chunk-[hash].${format === "cjs" ? "cjs" : "js"}`,
    // Rolldown puts its CommonJS interop helpers (`__toESM`, for Ajv's runtime helpers in the
    // validators) in the first chunk that needs them, dist/validation.cjs, and then has index.cjs
    // `require` that chunk eagerly: the validators would load with every client. In a chunk of
    // their own, index.cjs requires just the helpers (1 kB); validation.cjs stays lazy.
    ...(format === "cjs" && !cjsDts
      ? { codeSplitting: { groups: [{ name: "runtime", test: /rolldown[\\/]runtime/ }] } }
      : {}),
  }),
});
