// What global-setup.mjs hands the test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** Name of a SCRATCH_SPECS entry (edits.mjs) → its bundled spec, a JSON file. */
    bundles: Record<string, string>;
  }
}
export {};
