// createVivamoClient: checks the options and assembles the transport, the resources and the raw
// openapi-fetch-style calls. Each part lives in its own file.
import { HTTP_METHODS } from "@vivamo/spec-model/http";
import { resolveOptions, type VivamoClientOptions } from "./options.js";
import type { RawCalls } from "./raw-calls.js";
import { createRedactor } from "./redact.js";
import { createResources, type Resources } from "./resources.js";
import { createTransport, type RawInit } from "./transport.js";

/**
 * The resources (`customers`, `paymentIntents`, ...), plus the typed openapi-fetch calls (`GET`,
 * `POST`, ..., `request`, `use`, `eject`) for any operation of the spec by its path.
 */
export interface VivamoClient extends RawCalls, Resources {}

/** Creates a Vivamo API client. Throws a `VivamoError` for a missing key or invalid options. */
export function createVivamoClient(options: VivamoClientOptions = {}): VivamoClient {
  const resolved = resolveOptions(options);
  const redactor = createRedactor(resolved.apiKey);
  const transport = createTransport(resolved, redactor);
  const rawCalls: Record<string, (path: string, init?: RawInit) => Promise<unknown>> = {};
  // `vivamo.GET`, `vivamo.POST`, ...: one raw call per method an OpenAPI path item can hold.
  for (const method of HTTP_METHODS) {
    const upper = method.toUpperCase();
    rawCalls[upper] = (path, init) => transport.raw(upper, path, init);
  }
  const client = {
    ...createResources(transport.send, redactor.text),
    ...rawCalls,
    request: (method: string, path: string, init?: RawInit) =>
      transport.raw(method.toUpperCase(), path, init),
    use: transport.use,
    eject: transport.eject,
  };
  // The raw calls are implemented once for every path and method; their per-path types
  // (src/raw-calls.ts) cannot be spelled for a generic implementation.
  return client as unknown as VivamoClient;
}
