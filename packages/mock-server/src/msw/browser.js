// @ts-check
// `@vivamo/mock-server/msw` in a browser bundle (msw/browser's setupWorker): the spec is the copy
// inside the package, imported as JSON so the bundler inlines it.
import spec from "../../spec/dist/openapi.json" with { type: "json" };
import { handlersFor } from "./handlers.js";

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
