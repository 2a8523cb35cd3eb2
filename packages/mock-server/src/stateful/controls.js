// @ts-check
// The stateful mock's controls over HTTP, for tests and tools outside the process that started it
// (`vivamo-mock settle`, `vivamo-mock reset`, another vitest worker):
//   POST /__vivamo/reset                              → the seed again
//   POST /__vivamo/payment-intents/{id}/settle        → { "outcome": "success" | "failed" }
//   POST /__vivamo/customers/{id}/kyc                 → { "outcome": "under_review" | ... }
// The prefix is outside the API: no path of the spec starts with it (checked at start-up).

export const CONTROL_PREFIX = "/__vivamo";

const SETTLE = new RegExp(`^${CONTROL_PREFIX}/payment-intents/([^/]+)/settle/?$`);
const KYC = new RegExp(`^${CONTROL_PREFIX}/customers/([^/]+)/kyc/?$`);
const RESET = new RegExp(`^${CONTROL_PREFIX}/reset/?$`);
const USAGE =
  `POST ${CONTROL_PREFIX}/reset, or POST ${CONTROL_PREFIX}/payment-intents/{paymentIntentId}/settle ` +
  'with {"outcome":"success"} or {"outcome":"failed"}, or POST ' +
  `${CONTROL_PREFIX}/customers/{externalCustomerId}/kyc with {"outcome":"under_review"}`;

/**
 * Throws when a spec path would be hidden by the controls.
 * @param {import("@vivamo/spec-model/operations").Operation[]} operations
 */
export function assertControlsFree(operations) {
  const taken = operations.find((o) => o.path.startsWith(CONTROL_PREFIX));
  if (taken) {
    throw new Error(
      `The spec's ${taken.method} ${taken.path} is under ${CONTROL_PREFIX}, which the mock's ` +
        "controls use: rename the path or move the controls.",
    );
  }
}

/**
 * The answer to a control request, or undefined when the path is not a control's.
 * @param {ReturnType<typeof import("./router.js").createStatefulMock> | undefined} stateful
 * @param {string} method
 * @param {string} rawUrl the request's URL (a path, or absolute)
 * @param {string} bodyText the request body as text ("" for none)
 * @param {string} [basePath] where the API's paths start (`/v1` for `https://api.vivamo.co/v1`)
 * @param {import("./settle.js").DeliveryOptions} [deliveryOptions]
 * @returns {Promise<{ status: number, body: unknown } | undefined>}
 */
export async function handleControl(
  stateful,
  method,
  rawUrl,
  bodyText,
  basePath = "",
  deliveryOptions = undefined,
) {
  const full = new URL(rawUrl, "http://mock").pathname;
  if (!full.startsWith(`${basePath}/`)) return undefined;
  const pathname = full.slice(basePath.length);
  if (pathname !== CONTROL_PREFIX && !pathname.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  if (!stateful) {
    return fail(
      404,
      "This mock is not stateful, so it has no controls: start it with --stateful " +
        "(or startMockServer({ stateful: true })).",
    );
  }
  const settle = SETTLE.exec(pathname);
  const kyc = KYC.exec(pathname);
  if (method !== "POST" || (!settle && !kyc && !RESET.test(pathname))) {
    return fail(404, `No such control: ${method} ${pathname}. The controls: ${USAGE}.`);
  }
  if (!settle && !kyc) {
    stateful.reset();
    return { status: 200, body: { message: "The mock holds its seed again." } };
  }
  let outcome;
  try {
    outcome = JSON.parse(bodyText || "null")?.outcome;
  } catch {
    return fail(400, `The body is not JSON. ${USAGE}.`);
  }
  let id;
  try {
    id = decodeURIComponent((settle ?? kyc)?.[1] ?? "");
  } catch {
    return fail(400, "The id in the path is not valid percent-encoding.");
  }
  try {
    const body = settle
      ? await stateful.settlePaymentIntent(id, outcome, deliveryOptions)
      : await stateful.completeKycVerification(id, outcome);
    return { status: 200, body };
  } catch (error) {
    const status = /** @type {{ status?: number }} */ (error).status;
    if (typeof status !== "number") throw error;
    return fail(status, /** @type {Error} */ (error).message);
  }
}

/** @param {number} status @param {string} message */
function fail(status, message) {
  return { status, body: { message } };
}

/**
 * The controls of a stateful mock another process started, by its URL.
 * @param {string | URL} mockUrl e.g. `http://127.0.0.1:4010`
 * @param {{ fetch?: typeof fetch }} [options]
 * @returns {import("../index.js").MockControls}
 */
export function connectMock(mockUrl, options = {}) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let base;
  try {
    base = new URL(String(mockUrl));
  } catch {
    throw new TypeError(
      `The mock's URL must be absolute, like http://127.0.0.1:4010; got "${mockUrl}".`,
    );
  }
  /** @param {string} path @param {unknown} [body] */
  const post = async (path, body) => {
    const target = new URL(base.pathname.replace(/\/$/, "") + path, base);
    let response;
    try {
      response = await fetchImpl(target, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code;
      throw new Error(
        `The mock at ${base.origin} did not answer (${cause ?? String(error)}): is it running?`,
      );
    }
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const message = json?.message ?? text.slice(0, 500);
      throw new Error(`The mock at ${base.origin} refused: HTTP ${response.status}: ${message}`);
    }
    return json;
  };
  return {
    async reset() {
      await post(`${CONTROL_PREFIX}/reset`);
    },
    async completeKycVerification(externalCustomerId, outcome) {
      if (typeof externalCustomerId !== "string" || externalCustomerId === "") {
        throw new TypeError("completeKycVerification needs the customer's externalCustomerId.");
      }
      return post(`${CONTROL_PREFIX}/customers/${encodeURIComponent(externalCustomerId)}/kyc`, {
        outcome,
      });
    },
    async settlePaymentIntent(id, outcome) {
      if (typeof id !== "string" || id === "") {
        throw new TypeError("settlePaymentIntent needs the paymentIntentId to settle.");
      }
      return post(`${CONTROL_PREFIX}/payment-intents/${encodeURIComponent(id)}/settle`, {
        outcome,
      });
    },
  };
}
