// What global-setup.mjs hands the proofs through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    proof: {
      /** The edited copy `pnpm generate` regenerates. */
      copy: string;
      /** The edited copy one pass of `pnpm dev` regenerates. */
      devOnceCopy: string;
      /** An edited copy, not regenerated, for add-operation's `pnpm dev` test. */
      devCopy: string;
      /** Where the regeneration's result appears once it is done (./proof-result.mjs reads it). */
      resultFile: string;
    };
  }
}
export {};
