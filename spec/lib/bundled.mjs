// The bundled spec (dist/openapi.json, written by the `bundle` task) and a resolver for its local
// `$ref`s. Shared by the tests of the spec, of the mock server and of the apps.
//
// VIVAMO_BUNDLED_SPEC=<file> reads another bundle instead: tools/api-changes runs the spec's tests
// on edited scratch copies with it, to prove that additions never fail them.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { derefIn, readSpec } from "./read.mjs";

const file = process.env.VIVAMO_BUNDLED_SPEC
  ? resolve(process.env.VIVAMO_BUNDLED_SPEC)
  : fileURLToPath(new URL("../dist/openapi.json", import.meta.url));

/** The bundled OpenAPI document. Throws at import when the spec has not been bundled yet. */
export const bundledSpec = readSpec(file);

/** Follows a local `$ref` (`#/components/...`; the bundle has no other kind) one level. */
export function deref(node) {
  return derefIn(bundledSpec, node);
}
