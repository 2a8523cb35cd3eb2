// Where the bundled spec comes from, read with the one spec reader (`@vivamo/spec-model`) for the
// JavaScript side (webhook payloads, the live contract check, pagination).
//
// The layout is the spec workspace's own (`dist/openapi.{yaml,json}`), found in one of two places:
// 1. Inside the monorepo: the `@vivamo/spec` workspace itself, so a spec edit is served as soon as
//    it is bundled, never a stale copy.
// 2. In the published package: the copy `prepack` puts in this package's `spec/` folder
//    (`@vivamo/spec` is a private dev dependency and is not installed there).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { derefIn, readBundledSpec } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The spec workspace, when this package is `packages/mock-server` of the Vivamo monorepo. */
function workspaceSpecRoot() {
  // By location, not by module resolution: a NODE_PATH (pnpm sets one) could find a workspace's
  // spec from an installed package, which must serve its own copy.
  const candidate = join(packageDir, "..", "..", "spec");
  try {
    const manifest = JSON.parse(readFileSync(join(candidate, "package.json"), "utf8"));
    return manifest.name === "@vivamo/spec" ? candidate : undefined;
  } catch {
    return undefined; // installed from the registry: no workspace around us
  }
}

/** The folder laid out like the spec workspace: `dist/` holds the bundle. */
export const specRoot = workspaceSpecRoot() ?? join(packageDir, "spec");

/** The bundled spec, as YAML (the file to read or hand to other tools). */
export const bundledSpecPath = join(specRoot, "dist", "openapi.yaml");

/**
 * The same bundle as JSON, which Prism serves: it reads JSON in a fraction of the time its YAML
 * parser takes, which shortens every start.
 */
export const servedSpecPath = join(specRoot, "dist", "openapi.json");

/** Thrown when the bundle has not been built yet (a fresh clone). */
export class MissingBundleError extends Error {
  /** @param {string} path */
  constructor(path) {
    super(
      `The bundled Vivamo spec is missing (${path}).\n` +
        "Run `pnpm generate` (or `pnpm --filter @vivamo/spec bundle`) first, then try again.",
    );
    this.name = "MissingBundleError";
  }
}

/** Throws a `MissingBundleError` with the fix when `path` does not exist. */
export function assertBundled(path = bundledSpecPath) {
  if (!existsSync(path)) throw new MissingBundleError(path);
}

/**
 * The bundled document, its `$ref` resolver and its operations, from the one spec reader
 * (`@vivamo/spec-model`): the mock lists operations exactly as the client generator and the tests
 * do.
 * @returns {Promise<{ spec: import("@vivamo/spec-model/operations").OpenApiDocument, deref: (node: any) => any, operations: import("@vivamo/spec-model/operations").Operation[] }>}
 */
export async function loadSpec() {
  assertBundled(servedSpecPath);
  const spec = readBundledSpec(servedSpecPath);
  return { spec, deref: (node) => derefIn(spec, node), operations: readOperations(spec) };
}
