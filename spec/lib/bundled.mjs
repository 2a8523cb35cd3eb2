// The bundled spec (dist/openapi.json, written by the `bundle` task) and a resolver for its local
// `$ref`s. Shared by the tests of the spec, of the mock server and of the apps. Generators that
// must work before the spec is bundled (or on another bundle) use ./document.mjs directly.
import { derefIn, readBundledSpec } from "./document.mjs";

/** The bundled OpenAPI document. Throws at import when the spec has not been bundled yet. */
export const bundledSpec = readBundledSpec();

/** Follows a local `$ref` (`#/components/...`; the bundle has no other kind) one level. */
export function deref(node) {
  return derefIn(bundledSpec, node);
}
