// @ts-check
// Reading a bundled OpenAPI document and walking its local `$ref`s: the repository's bundle
// (`spec/dist/`), a release baseline (`spec/releases/<version>/openapi.yaml`), the copy a published
// mock server ships, or a scratch copy in a test. Pure functions, nothing is read at import time,
// so generators can import this before the spec is bundled and say what to do about it. The
// operations of a document are `operations.mjs`'s job.
//
// The YAML parser is loaded only when a YAML file is read: the mock server reads JSON and never
// pays for it.
//
// No module of Node's is imported at the top: the pointer functions also run in a browser (the
// mock server's MSW handlers), where only `readBundledSpec` is out of reach.

/**
 * Reads a bundled spec: `.json` as JSON, anything else as YAML (JSON
 * text in a `.yaml` file, which is YAML too, through JSON.parse).
 * Throws an error that says how to fix it when the file is not there.
 * @param {string} file
 * @returns {Record<string, any>}
 */
export function readBundledSpec(file) {
  const { readFileSync } = process.getBuiltinModule("node:fs");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = /** @type {{ code?: string, message: string }} */ (error);
    throw new Error(
      `Cannot read the bundled spec at ${file} (${reason.code ?? reason.message}).\n` +
        "Bundle it first: pnpm turbo run bundle --filter @vivamo/spec",
    );
  }
  if (String(file).endsWith(".json")) return JSON.parse(text);
  // A JSON bundle is YAML too (a test's scratch copy keeps one as openapi.yaml): JSON.parse reads it
  // in a fraction of the YAML parser's time. Anything else is YAML.
  if (text.trimStart().startsWith("{")) {
    try {
      return JSON.parse(text);
    } catch {
      // a YAML flow mapping, not JSON
    }
  }
  const { createRequire } = process.getBuiltinModule("node:module");
  const { parse } = createRequire(import.meta.url)("yaml");
  return parse(text);
}

/**
 * Escapes one JSON pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`.
 * @param {string | number} segment
 */
export const escapePointerSegment = (segment) =>
  String(segment).replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The node at a JSON pointer (`/paths/~1customers/get`) or a local reference
 * (`#/components/schemas/Customer`). Throws, naming the missing key, when there is nothing there;
 * inherited keys (`constructor`) are nothing.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {any}
 */
export function resolvePointer(document, pointer) {
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((/** @type {any} */ node, key) => {
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) {
        throw new Error(`The spec has nothing at ${pointer} (no "${key}").`);
      }
      return node[key];
    }, document);
}

/**
 * Follows a local `$ref` (`#/components/...`, the only kind a bundle has), and the `$ref` it may
 * lead to, until a real node; other nodes (and `undefined`) pass through. Throws on a reference
 * that is not local, leads nowhere, or leads back to itself.
 * @param {unknown} document
 * @param {any} node
 * @returns {any}
 */
export function derefIn(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) {
      throw new Error(`Only local $refs are supported (bundle the spec first): ${ref}`);
    }
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    current = resolvePointer(document, ref);
  }
  return current;
}
