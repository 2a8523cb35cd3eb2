// @ts-check
// How our consumers compile: what TypeScript 7's `tsc --init` writes (strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess, verbatimModuleSyntax, ...), without its
// emit options (sourceMap, declaration, declarationMap) and with `noEmit`. Every test or benchmark
// that type-checks code as an integrator would writes its tsconfig from here.

/** `tsc --init`'s compiler options, for a consumer that type-checks and emits nothing. */
export const TSC_INIT_OPTIONS = Object.freeze({
  module: "nodenext",
  target: "esnext",
  types: /** @type {string[]} */ ([]),
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  strict: true,
  jsx: "react-jsx",
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noUncheckedSideEffectImports: true,
  moduleDetection: "force",
  skipLibCheck: true,
  noEmit: true,
});

/**
 * A strict consumer's tsconfig.json: `tsc --init`'s options, Node's types, and `include`.
 * @param {string[]} include
 */
export function strictConsumerTsconfig(include) {
  return { compilerOptions: { ...TSC_INIT_OPTIONS, types: ["node"] }, include };
}
