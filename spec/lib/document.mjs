// Reading the bundled OpenAPI document: the one place that knows where it is, how to read it and
// how to walk its local `$ref`s and operations. Pure functions, nothing is read at import time, so
// generators can import this before the spec is bundled and say what to do about it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The bundled spec that the `bundle` task writes (JSON twin of dist/openapi.yaml). */
export const bundledSpecPath = fileURLToPath(new URL("../dist/openapi.json", import.meta.url));

/** Reads a bundled spec (default: this repository's). Throws an error that says how to fix it. */
export function readBundledSpec(file = bundledSpecPath) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read the bundled spec at ${file} (${error.code ?? error.message}).\n` +
        "Bundle it first: pnpm turbo run bundle --filter @vivamo/spec",
    );
  }
  return JSON.parse(text);
}

/** Escapes one JSON pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`. */
export const escapePointerSegment = (segment) =>
  String(segment).replace(/~/g, "~0").replace(/\//g, "~1");

/** The node at a local reference or JSON pointer (`#/components/schemas/Customer`). */
export function resolvePointer(document, pointer) {
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node, key) => {
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) {
        throw new Error(`The spec has nothing at ${pointer} (no "${key}").`);
      }
      return node[key];
    }, document);
}

/** Follows a local `$ref` (the bundle has no other kind) one level; other nodes pass through. */
export function derefIn(document, node) {
  return node?.$ref ? resolvePointer(document, node.$ref) : node;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Every operation under `paths`, in document order: its operationId, HTTP method (upper case),
 * path template, the JSON pointer of the operation object (`#/paths/~1customers/get`) and the
 * operation object itself. Webhooks are not operations a client calls, so they are not listed.
 */
export function operationsOf(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      operationId: item[method].operationId,
      method: method.toUpperCase(),
      path,
      pointer: `#/paths/${escapePointerSegment(path)}/${method}`,
      operation: item[method],
    })),
  );
}
