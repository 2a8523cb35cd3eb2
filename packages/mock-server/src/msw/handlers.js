// @ts-check
// MSW request handlers generated from the spec: one per operation (and per server URL of the
// spec, or per `baseUrl` you give). Each checks the request against the spec (bearer token,
// parameters, body), answers an invalid one with the spec's error shape saying what was wrong,
// and answers a valid one with the operation's documented example, or, with `stateful: true`,
// with the same store as `vivamo-mock --stateful` (src/stateful/), including its controls
// (`reset()`, `settlePaymentIntent()`, and POST /__vivamo/... on the base URL).
//
// Environment-neutral: src/msw/node.js and src/msw/browser.js only differ in how they read the
// spec.
import { bypass, http, HttpResponse } from "msw";
import { derefIn } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";
import { CONTROL_PREFIX, handleControl } from "../stateful/controls.js";
import { createStatefulMock } from "../stateful/router.js";
import { createRequestValidator, invalidRequestBody } from "./request-validation.js";

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {import("./index.js").CreateHandlersOptions} CreateHandlersOptions
 */

/**
 * `createHandlers` of `@vivamo/mock-server/msw` (src/msw/index.d.ts) for one bundled spec.
 * @overload
 * @param {any} spec the bundled document
 * @param {CreateHandlersOptions & { stateful: true }} options
 * @returns {import("./index.js").StatefulHandlers}
 */
/**
 * @overload
 * @param {any} spec the bundled document
 * @param {CreateHandlersOptions} [options]
 * @returns {import("msw").RequestHandler[]}
 */
/**
 * @param {any} spec the bundled document
 * @param {CreateHandlersOptions} [options]
 */
export function handlersFor(spec, options = {}) {
  const operations = readOperations(spec);
  if (options.seed !== undefined && !options.stateful) {
    throw new TypeError("A seed is for the stateful mode: pass `stateful: true` with `seed`.");
  }
  const stateful = options.stateful
    ? createStatefulMock({ spec, operations, seed: options.seed })
    : undefined;
  const requests = createRequestValidator(spec);
  const bases = baseUrlsOf(spec, options.baseUrl);
  // Deliveries skip MSW's own interception: a webhook endpoint is a real server, not the API.
  /** @type {typeof fetch} */
  const deliveryFetch = (input, init) => fetch(bypass(new Request(input, init)));

  // Literal segments before templated ones: `/customers/kyc-for-review` is not a customer id.
  const ordered = [...operations].sort((a, b) => a.pathParams.length - b.pathParams.length);

  const handlers = bases.flatMap((base) => {
    const basePath = new URL(base).pathname.replace(/\/$/, "");
    /** @type {import("msw").RequestHandler[]} */
    const list = [];
    if (stateful) {
      list.push(
        http.all(`${trimmed(base)}${CONTROL_PREFIX}/*`, async ({ request }) => {
          const answer = await handleControl(
            stateful,
            request.method,
            request.url,
            await request.text(),
            basePath,
            { fetch: deliveryFetch },
          );
          return answer ? jsonResponse(answer) : undefined;
        }),
      );
    }
    for (const operation of ordered) {
      // An OpenAPI method has MSW's handler of the same name (OpenAPI's `trace` has none).
      const method = /** @type {Exclude<keyof typeof http, "all">} */ (
        operation.method.toLowerCase()
      );
      const path = operation.path.replace(/\{([^}]+)\}/g, ":$1");
      list.push(
        http[method](`${trimmed(base)}${path}`, async ({ request, params }) => {
          return jsonResponse(await answerFor(operation, request, params, basePath));
        }),
      );
    }
    return list;
  });

  /**
   * @param {Operation} operation
   * @param {Request} request
   * @param {Record<string, unknown>} params
   * @param {string} basePath
   * @returns {Promise<{ status: number, body: unknown }>}
   */
  async function answerFor(operation, request, params, basePath) {
    if (
      needsBearer(spec, operation) &&
      !/^Bearer \S+/i.test(request.headers.get("authorization") ?? "")
    ) {
      // Vivamo's gateway answers a missing or invalid key with 403 (the spec's Forbidden).
      return { status: 403, body: documentedExample(spec, operation, "403") };
    }
    const url = new URL(request.url);
    const bodyText = await request.text();
    const pathParams = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, String(value)]),
    );
    const problems = requests.validate(operation, {
      pathParams,
      query: url.searchParams,
      bodyText,
    });
    if (problems.length > 0) return { status: 400, body: invalidRequestBody(problems) };

    const relative = `${url.pathname.slice(basePath.length)}${url.search}`;
    const own = stateful?.handle(operation.method, relative, bodyText);
    if (own) return own;
    const status = Number(operation.response?.status ?? 200);
    return { status, body: operation.response?.examples[0]?.value ?? null };
  }

  if (!stateful) return handlers;
  return Object.assign(handlers, {
    /** Puts the seed back. */
    async reset() {
      stateful.reset();
    },
    /** @param {string} id @param {string} outcome */
    settlePaymentIntent: (id, outcome) =>
      stateful.settlePaymentIntent(id, outcome, { fetch: deliveryFetch }),
    /** @param {string} externalCustomerId @param {string} outcome */
    completeKycVerification: (externalCustomerId, outcome) =>
      stateful.completeKycVerification(externalCustomerId, outcome),
  });
}

/**
 * An answer as MSW's JSON response.
 * @param {{ status: number, body: unknown }} answer
 */
function jsonResponse(answer) {
  // Every body is a JSON value: the store's answers and errors, and the spec's examples.
  const body = /** @type {import("msw").JsonBodyType} */ (answer.body);
  return HttpResponse.json(body, { status: answer.status });
}

/**
 * The base URLs the handlers answer on: the ones given, else every server URL of the spec.
 * @param {any} spec
 * @param {string | string[] | undefined} given
 * @returns {string[]}
 */
function baseUrlsOf(spec, given) {
  const list =
    given === undefined
      ? (spec.servers ?? []).map((/** @type {any} */ s) => s.url)
      : [given].flat();
  for (const base of list) {
    let parsed;
    try {
      parsed = new URL(base);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      throw new TypeError(
        `baseUrl must be an absolute http(s) URL like https://api.test.vivamo.co/v1, got ${JSON.stringify(base)}.`,
      );
    }
  }
  return list;
}

/** @param {string} base */
function trimmed(base) {
  return base.replace(/\/$/, "");
}

/**
 * Whether the operation requires the bearer token (its own `security`, else the document's).
 * @param {any} spec
 * @param {Operation} operation
 */
function needsBearer(spec, operation) {
  const security = operation.operation.security ?? spec.security ?? [];
  return (
    security.length > 0 && !security.some((/** @type {object} */ s) => Object.keys(s).length === 0)
  );
}

/**
 * The first example of a documented response of the operation.
 * @param {any} spec
 * @param {Operation} operation
 * @param {string} status
 */
function documentedExample(spec, operation, status) {
  const response = derefIn(spec, operation.operation.responses?.[status]);
  const first = Object.values(response?.content?.["application/json"]?.examples ?? {})[0];
  return derefIn(spec, first)?.value ?? { message: "Forbidden" };
}
