// The bundled spec (dist/openapi.json, written by the `bundle` task) and a resolver for its local
// `$ref`s. Shared by the tests of the spec, of the mock server and of the apps.
import { readFileSync } from "node:fs";

/** The bundled OpenAPI document. Throws at import when the spec has not been bundled yet. */
export const bundledSpec = JSON.parse(
  readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8"),
);

/** Follows a local `$ref` (`#/components/...`; the bundle has no other kind) one level. */
export function deref(node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((value, key) => value[key], bundledSpec);
}
