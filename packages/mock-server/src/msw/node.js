// @ts-check
// `@vivamo/mock-server/msw` in Node (msw/node's setupServer): the spec is read from the package
// (in the monorepo, from the spec workspace's bundle, as the server mode does).
import { readBundledSpec } from "@vivamo/spec-model/document";
import { assertBundled, servedSpecPath } from "../spec.js";
import { handlersFor } from "./handlers.js";

assertBundled(servedSpecPath);
const spec = readBundledSpec(servedSpecPath);

/**
 * MSW handlers for every operation of the spec (the overloads of src/msw/index.d.ts).
 * @overload
 * @param {import("./index.js").CreateHandlersOptions & { stateful: true }} options
 * @returns {import("./index.js").StatefulHandlers}
 */
/**
 * @overload
 * @param {import("./index.js").CreateHandlersOptions} [options]
 * @returns {import("msw").RequestHandler[]}
 */
/** @param {import("./index.js").CreateHandlersOptions} [options] */
export function createHandlers(options) {
  return handlersFor(spec, options);
}

/** Every operation answered with its documented example, after the request is validated. */
export const handlers = createHandlers();
