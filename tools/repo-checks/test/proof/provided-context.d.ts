// What global-setup.mjs hands the proofs through vitest's provide/inject.
type CommandResult = { code: number; stdout: string; stderr: string };

declare module "vitest" {
  export interface ProvidedContext {
    proof: {
      /** The edited copy `pnpm generate` regenerated. */
      copy: string;
      /** The edited copy one pass of `pnpm dev` regenerated. */
      devOnceCopy: string;
      /** An edited copy, not regenerated, for add-operation's `pnpm dev` test. */
      devCopy: string;
      generate: CommandResult;
      devOnce: CommandResult;
      /** The files the edit and `pnpm generate` added or changed, sorted. */
      changedFiles: string[];
    };
  }
}
export {};
