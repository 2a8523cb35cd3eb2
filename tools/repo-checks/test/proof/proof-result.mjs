// What the proofs' global setup (./global-setup.mjs) regenerated, once it has: it runs on while the
// tests start, and writes its result to the file it provided (`inject("proof").resultFile`).
import { readFile } from "node:fs/promises";
import { inject } from "vitest";
import { scaled } from "@vivamo/test-kit/timeouts";

/**
 * @typedef {{ code: number, stdout: string, stderr: string }} CommandResult
 * @typedef {{
 *   generate: CommandResult,
 *   devOnce: CommandResult,
 *   changedFiles: string[],
 * }} ProofResult `pnpm generate` on the copy, one pass of `pnpm dev` on the other, and the files
 *   the edit and `pnpm generate` added or changed (sorted).
 */

/**
 * Waits for the regeneration and returns its result; throws when the setup itself failed (its
 * stack), or when no result came within the budget (a hang, not slowness).
 * @returns {Promise<ProofResult>}
 */
export async function proofResult() {
  const { resultFile } = inject("proof");
  const budget = scaled(240_000);
  const deadline = Date.now() + budget;
  for (;;) {
    const text = await readFile(resultFile, "utf8").catch(() => undefined);
    if (text !== undefined) {
      const result = JSON.parse(text);
      if (result.error) throw new Error(`The proofs' regeneration failed:\n${result.error}`);
      return result;
    }
    if (Date.now() > deadline) {
      throw new Error(`The proofs' regeneration wrote no result within ${budget} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
