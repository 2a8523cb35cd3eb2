// @ts-check
// The stateful mock, as the front server (src/front.js) uses it. Every request still goes to
// Prism first, which checks it against the spec (and explains it when it is invalid); only a
// request Prism accepted reaches the store, whose answer then replaces Prism's example. Every
// answer the store makes is checked against the operation's response schema before it is sent:
// one that the spec does not allow becomes a 500 that says so, never a silent lie.
//
// Routes come from the spec's operations (@vivamo/spec-model); the store says what each one
// does. An operation the store has no handler for (Check Geolocation) keeps Prism's answer.
import { specValidator } from "../validator.js";
import { assertKycOutcomes, completeKycVerification } from "./kyc.js";
import { settlePaymentIntent } from "./settle.js";
import { createOperationHandlers, NotFound, Refused, seedState } from "./store.js";

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {{ status: number, body: unknown }} Answer
 */

/**
 * @param {{ spec: any, operations: Operation[], seed?: unknown }} context `seed`: the records to
 *   start from instead of the spec's examples (src/stateful/seed.js says what it may hold)
 */
export function createStatefulMock({ spec, operations, seed: custom }) {
  assertKycOutcomes(spec);
  const seed = seedState(spec, operations, custom);
  let state = cloneState(seed);
  const handlers = createOperationHandlers(spec, () => state);
  const validator = specValidator(spec);

  const known = new Set(operations.map((o) => o.operationId));
  const stale = Object.keys(handlers).filter((id) => !known.has(id));
  if (stale.length > 0) {
    // The spec renamed or removed an operation the store implements: fail loudly at start-up.
    throw new Error(
      `The stateful mock handles operations the spec does not have: ${stale.join(", ")}. ` +
        "Update src/stateful/store.js to the spec's operationIds.",
    );
  }
  // Literal segments before templated ones: `/customers/kyc-for-review` is not a customer id.
  const routes = operations
    .flatMap((operation) => {
      const handler = handlers[operation.operationId];
      return handler === undefined ? [] : [{ operation, handler, ...pathMatcher(operation.path) }];
    })
    .sort((a, b) => a.names.length - b.names.length);

  /**
   * The store's answer to a request Prism accepted, or undefined when the store does not handle
   * it (the caller keeps Prism's answer).
   * @param {string} method
   * @param {string} rawUrl
   * @param {string} bodyText the request body as text ("" for none)
   * @returns {Answer | undefined}
   */
  function handle(method, rawUrl, bodyText) {
    const url = new URL(rawUrl, "http://mock");
    const route = routes.find((r) => r.operation.method === method && r.pattern.test(url.pathname));
    if (!route) return undefined;
    const params = pathParams(route, url.pathname);
    if (!params) return undefined;
    const { operation, handler } = route;
    let body;
    try {
      body = bodyText.length > 0 ? JSON.parse(bodyText) : undefined;
    } catch {
      return undefined; // Prism judged it; nothing for the store to apply
    }
    /** @type {Answer} */
    let answer;
    try {
      answer = handler({
        params,
        query: url.searchParams,
        body,
        operation,
      });
    } catch (error) {
      if (error instanceof NotFound) {
        // 404 where the operation documents it; otherwise Vivamo files it under 400.
        answer = {
          status: operation.statuses.includes("404") ? 404 : 400,
          body: { message: error.message },
        };
      } else if (error instanceof Refused) {
        answer = { status: error.status, body: { message: error.message } };
      } else {
        const message = error instanceof Error ? error.message : String(error);
        answer = {
          status: 500,
          body: {
            message: `The stateful mock failed on ${operation.operationId} (a bug in @vivamo/mock-server, please report it): ${message}`,
          },
        };
      }
    }
    return checked(operation, answer);
  }

  /** The answer, or a 500 naming what of it the spec does not allow. */
  function checked(/** @type {Operation} */ operation, /** @type {Answer} */ answer) {
    // The same pointer form the live contract check uses (src/contract.js).
    const pointer = `#${operation.pointer}/responses/${answer.status}`;
    const response = validator.resolve(pointer);
    const violations = response.node
      ? validator.validate(`${response.pointer}/content/application~1json/schema`, answer.body)
      : [{ pointer: "", rule: "status", message: `status ${answer.status} is not documented` }];
    if (violations.length === 0) return answer;
    return {
      status: 500,
      body: {
        message:
          `The stateful mock's answer to ${operation.operationId} does not match the spec ` +
          `(a bug in @vivamo/mock-server, please report it): ` +
          violations.map((v) => `${v.pointer || "(body)"} ${v.message}`).join("; "),
      },
    };
  }

  return {
    handle,
    /** Puts the seed back: every record created, changed or decided since start-up is gone. */
    reset() {
      state = cloneState(seed);
    },
    /**
     * @param {string} id
     * @param {string} outcome
     * @param {import("./settle.js").DeliveryOptions} [options]
     */
    settlePaymentIntent: (id, outcome, options) =>
      settlePaymentIntent(spec, state, id, outcome, options),
    /** @param {string} externalCustomerId @param {string} outcome */
    completeKycVerification: async (externalCustomerId, outcome) =>
      completeKycVerification(state, externalCustomerId, outcome),
  };
}

/** @param {import("./store.js").State} state @returns {import("./store.js").State} */
function cloneState(state) {
  return structuredClone(state);
}

/**
 * A path template as a regular expression with one capture per parameter.
 * @param {string} template e.g. `/customers/{externalCustomerId}`
 */
export function pathMatcher(template) {
  /** @type {string[]} */
  const names = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}/?$`), names };
}

/**
 * @param {{ pattern: RegExp, names: string[] }} route
 * @param {string} pathname
 * @returns {Record<string, string> | undefined} undefined for a segment that is not valid
 *   percent-encoding (Prism has answered that one already)
 */
function pathParams(route, pathname) {
  const match = route.pattern.exec(pathname);
  if (!match) return undefined;
  try {
    return Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]),
    );
  } catch {
    return undefined;
  }
}
