// @ts-check
// The directories of the pnpm workspace, read from pnpm-workspace.yaml's `packages:` list (`dir`
// and `dir/*` entries, which is all this repository uses). Shared by the scripts that need to know
// every package without running pnpm.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * @param {string} root The repository root.
 * @returns {{ dir: string, manifest: Record<string, any> }[]} Each package's directory (relative
 *   to `root`, with `/`) and its parsed package.json, sorted by directory.
 */
export function workspacePackages(root) {
  /** @type {{ packages?: string[] }} */
  const workspace = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) ?? {};
  const patterns = (workspace.packages ?? []).map((pattern) => pattern.replace(/\/$/, ""));
  const dirs = patterns.flatMap((pattern) => {
    if (!pattern.endsWith("/*")) return [pattern];
    const parent = pattern.slice(0, -2);
    if (!existsSync(join(root, parent))) return [];
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
  return dirs
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")),
    }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}
