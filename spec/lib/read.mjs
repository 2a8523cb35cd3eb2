// Reads any bundled OpenAPI document (YAML or JSON): the working tree's `dist/` bundle, a release
// baseline in `releases/<version>/`, or a scratch copy in a test. The one reader of bundled specs.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";

/** Parses the bundled document at `file` (`.json` as JSON, anything else as YAML). */
export function readSpec(file) {
  const text = readFileSync(file, "utf8");
  return String(file).endsWith(".json") ? JSON.parse(text) : parseYaml(text);
}

/** Follows a local `$ref` (`#/components/...`; a bundle has no other kind) one level in `spec`. */
export function derefIn(spec, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((value, key) => value?.[key], spec);
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Every operation of `spec`, in document order: `{ method, path, operationId, operation, pathItem }`. */
export function listOperations(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, pathItem]) =>
    HTTP_METHODS.filter((method) => pathItem?.[method]).map((method) => ({
      method,
      path,
      operationId: pathItem[method].operationId,
      operation: pathItem[method],
      pathItem,
    })),
  );
}
