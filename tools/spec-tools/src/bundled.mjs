// @ts-check
// This repository's bundled spec (dist/openapi.json, written by the `bundle` task), read once at
// import, and a resolver for its local `$ref`s. Shared by the tests of the spec, of the mock server
// and of the apps, and by the mock server itself (its package ships a copy of `lib/`).
//
// VIVAMO_BUNDLED_SPEC=<file> reads another bundle instead: tools/api-changes runs the spec's tests
// on edited scratch copies with it, to prove that additions never fail them.
import { resolve } from "node:path";
import { derefIn, readBundledSpec } from "@vivamo/spec-model/document";
import { bundledSpecPath } from "./paths.mjs";

/** The bundled OpenAPI document. Throws at import, saying how to bundle it, when it is missing. */
export const bundledSpec = readBundledSpec(
  process.env.VIVAMO_BUNDLED_SPEC ? resolve(process.env.VIVAMO_BUNDLED_SPEC) : bundledSpecPath,
);

/**
 * Follows a local `$ref` (`#/components/...`; the bundle has no other kind) to its target.
 * @param {any} node
 * @returns {any}
 */
export function deref(node) {
  return derefIn(bundledSpec, node);
}
