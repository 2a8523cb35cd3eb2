// Where the bundled spec comes from, and the spec-reading helper for the JavaScript side (webhook
// payloads, the live contract check).
//
// The layout is the spec workspace's own (`dist/openapi.{yaml,json}` + `lib/bundled.mjs`, the
// one spec-reading helper of the repo), found in one of two places:
// 1. Inside the monorepo: the `@vivamo/spec` workspace itself, so a spec edit is served as soon as
//    it is bundled, never a stale copy.
// 2. In the published package: the copy `prepack` puts in this package's `spec/` folder
//    (`@vivamo/spec` is a private dev dependency and is not installed there).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The spec workspace, when this package is `tools/mock-server` of the Vivamo monorepo. */
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

/** The folder laid out like the spec workspace: `dist/` (the bundle) and `lib/` (its reader). */
export const specRoot = workspaceSpecRoot() ?? join(packageDir, "spec");

/** The bundled spec Prism serves. */
export const bundledSpecPath = join(specRoot, "dist", "openapi.yaml");

/** Thrown when the bundle has not been built yet (a fresh clone). */
export class MissingBundleError extends Error {
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
 * The bundled document and its `$ref` resolver, from the spec's own helper (`lib/bundled.mjs`).
 * @returns {Promise<{ spec: any, deref: (node: any) => any }>}
 */
export async function loadSpec() {
  assertBundled(join(specRoot, "dist", "openapi.json"));
  const helper = await import(pathToFileURL(join(specRoot, "lib", "bundled.mjs")).href);
  return { spec: helper.bundledSpec, deref: helper.deref };
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

/** Every operation of the spec: `{ operationId, method, path, operation, parameters }`. */
export function listOperations({ spec, deref }) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      operationId: item[method].operationId,
      method: method.toUpperCase(),
      path,
      operation: item[method],
      parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(deref),
    })),
  );
}
