// The bundled spec (dist/openapi.json, written by the `bundle` task) and a resolver for its local
// `$ref`s. Shared by the tests of the spec, of the mock server and of the apps.
import { fileURLToPath } from "node:url";
import { derefIn, readSpec } from "./read.mjs";

/** The bundled OpenAPI document. Throws at import when the spec has not been bundled yet. */
export const bundledSpec = readSpec(
  fileURLToPath(new URL("../dist/openapi.json", import.meta.url)),
);

/** Follows a local `$ref` (`#/components/...`; the bundle has no other kind) one level. */
export function deref(node) {
  return derefIn(bundledSpec, node);
}
