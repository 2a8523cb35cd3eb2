// The live contract check: calls a real Vivamo API (the sandbox, before a release) and checks
// every answer against the spec — status documented, JSON where JSON is promised, body valid
// against the schema (an extra field is a violation: the spec's schemas forbid them).
//
// Only read-only operations are sent unless `allowWrites` is set: the GET operations of the spec
// and the POSTs that only read (READ_ONLY_POSTS). A create or a decision on a real account is
// never an accident.
import { escapePointerSegment } from "@vivamo/spec-model/document";
import { isLoopbackHostname } from "@vivamo/spec-model/http";
import { specValidator } from "./validator.js";
import { loadSpec } from "./spec.js";

/**
 * POST operations that change nothing. The spec has no way to say that of a POST, so they are
 * named here; an operationId the spec no longer has is an error, not a silent skip.
 */
export const READ_ONLY_POSTS = ["checkGeolocation"];

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {import("./index.js").ContractResult} ContractResult
 * @typedef {import("./validator.js").Violation} Violation
 */

/**
 * @param {import("./index.js").CheckContractOptions} options
 * @returns {Promise<import("./index.js").ContractReport>}
 */
export async function checkContract(options) {
  const target = parseTarget(options.target);
  const apiKey = options.apiKey;
  if (typeof apiKey !== "string" || apiKey === "") {
    throw new TypeError(
      "An API key is needed: set VIVAMO_API_KEY (or name the variable with --key-env).",
    );
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { spec, operations } = await loadSpec();
  const validator = specValidator(spec);

  for (const id of READ_ONLY_POSTS) {
    if (!operations.some((o) => o.operationId === id)) {
      throw new Error(`READ_ONLY_POSTS names ${id}, which the spec does not have.`);
    }
  }
  const isReadOnly = (/** @type {Operation} */ o) =>
    o.method === "GET" || READ_ONLY_POSTS.includes(o.operationId);
  // Operations without path parameters first: their answers hold ids the others can use.
  const ordered = [
    ...operations.filter(isReadOnly),
    ...operations.filter((o) => !isReadOnly(o)),
  ].sort(
    (a, b) =>
      Number(isReadOnly(b)) - Number(isReadOnly(a)) || countPathParams(a) - countPathParams(b),
  );

  /** @type {Learned} parameter name → the values seen in earlier answers, with their paths */
  const learned = new Map();
  /** @type {ContractResult[]} */
  const results = [];
  for (const o of ordered) {
    if (!isReadOnly(o) && !options.allowWrites) {
      results.push({
        operationId: o.operationId,
        method: o.method,
        path: o.path,
        skipped: "write (needs --allow-writes)",
        violations: [],
      });
      continue;
    }
    const request = buildRequest(o, learned);
    if (typeof request === "string") {
      results.push({
        operationId: o.operationId,
        method: o.method,
        path: o.path,
        skipped: request,
        violations: [],
      });
      continue;
    }
    const url = new URL(target.href.replace(/\/$/, "") + request.path);
    /** @type {ContractResult} */
    const result = {
      operationId: o.operationId,
      method: o.method,
      path: request.path,
      status: undefined,
      violations: [],
    };
    results.push(result);
    let response;
    let text;
    try {
      response = await fetchImpl(url, {
        method: o.method,
        headers: {
          accept: "application/json",
          authorization: `Bearer ${apiKey}`,
          ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const failure =
        /** @type {{ name?: string, message?: string, cause?: { code?: string } } | undefined} */ (
          error
        );
      const message =
        failure?.name === "TimeoutError"
          ? `no answer within ${timeoutMs} ms`
          : (failure?.cause?.code ?? failure?.message ?? String(error));
      result.violations.push({
        pointer: "",
        rule: "request-failed",
        message: redact(message, apiKey),
      });
      continue;
    }
    result.status = response.status;
    result.violations.push(...checkResponse(o, response, text, validator));
    learnIds(parseJson(text), learned, o.path);
  }

  const violations = results.flatMap((r) =>
    r.violations.map((v) => ({
      operationId: r.operationId,
      method: r.method,
      path: r.path,
      status: r.status,
      ...v,
    })),
  );
  // A hostile or careless server can echo the key anywhere (a field name, an id we then put in a
  // path): no string of the report may contain it.
  const report = redactDeep({ target: target.href, results, violations }, apiKey);
  return /** @type {import("./index.js").ContractReport} */ (report); // the same shape
}

/**
 * The violations of one answer.
 * @param {Operation} o
 * @param {Response} response
 * @param {string} text the response body
 * @param {import("./validator.js").SpecValidator} validator
 * @returns {Violation[]}
 */
function checkResponse(o, response, text, validator) {
  const status = response.status;
  const responses = o.operation.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  if (!key) {
    return [
      {
        pointer: "",
        rule: "status",
        message: `status ${status} is not documented (documented: ${Object.keys(responses).join(", ")})`,
      },
    ];
  }
  const { pointer: responsePointer, node } = validator.resolve(
    `#/paths/${escapePointerSegment(o.path)}/${o.method.toLowerCase()}/responses/${key}`,
  );
  if (!node?.content?.["application/json"]) return [];
  const type = response.headers.get("content-type") ?? "";
  const body = parseJson(text);
  if (body === undefined) {
    return [
      {
        pointer: "",
        rule: "content-type",
        message: `the body is not JSON (content-type ${type || "missing"})`,
      },
    ];
  }
  /** @type {Violation[]} */
  const violations = [];
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    violations.push({
      pointer: "",
      rule: "content-type",
      message: `content-type is ${type || "missing"}, the spec says application/json`,
    });
  }
  violations.push(
    ...validator.validate(`${responsePointer}/content/application~1json/schema`, body),
  );
  return violations;
}

/**
 * The path (with query) and body for an operation, or why it cannot be sent. Values come from
 * earlier answers, else from the spec's examples (the operation reader's `example`: the
 * parameter's own, else its schema's example, default or first enum value).
 * @param {Operation} o
 * @param {Learned} learned
 * @returns {{ path: string, body: unknown } | string}
 */
function buildRequest(o, learned) {
  let path = o.path;
  for (const parameter of o.pathParams) {
    const value = closest(learned.get(parameter.name) ?? [], o.path) ?? parameter.example;
    if (value === undefined) return `no value for path parameter ${parameter.name}`;
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
  }
  const query = new URLSearchParams();
  for (const parameter of o.queryParams.filter((p) => p.required)) {
    query.set(parameter.name, String(parameter.example));
  }
  const search = query.size > 0 ? `?${query}` : "";
  const example = o.requestBody?.examples[0];
  if (o.requestBody?.required && example === undefined) return "no request example in the spec";
  return { path: path + search, body: example?.value };
}

/**
 * Remembers identifiers in an answer (`externalCustomerId`, ...) for later path parameters.
 * @param {unknown} value
 * @param {Learned} learned
 * @param {string} from the path of the operation that answered
 */
function learnIds(value, learned, from, depth = 0) {
  if (depth > 6 || value === null || typeof value !== "object") return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string" && /Id$/.test(key)) {
      const seen = learned.get(key) ?? [];
      // The first value of each answering path: an API with many resources names ids alike.
      if (!seen.some((s) => s.from === from)) learned.set(key, [...seen, { value: item, from }]);
    } else learnIds(item, learned, from, depth + 1);
  }
}

/**
 * The value learned from the answer whose path shares the most leading segments with `path`
 * (a customer's id from the customers list, not from another resource's); the earliest on a tie.
 * @param {{ value: string, from: string }[]} seen
 * @param {string} path
 */
function closest(seen, path) {
  const segments = path.split("/");
  const shared = (/** @type {string} */ other) => {
    const parts = other.split("/");
    let n = 0;
    while (n < parts.length && n < segments.length && parts[n] === segments[n]) n++;
    return n;
  };
  let best;
  for (const s of seen) if (best === undefined || shared(s.from) > shared(best.from)) best = s;
  return best?.value;
}

/** @typedef {Map<string, { value: string, from: string }[]>} Learned */

/** @param {Operation} o */
function countPathParams(o) {
  return o.pathParams.length;
}

/** @param {string} text @returns {unknown} the JSON, or undefined */
function parseJson(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** @param {string} raw */
function parseTarget(raw) {
  let target;
  try {
    target = new URL(raw);
  } catch {
    throw new TypeError(
      `--target must be the API's base URL, e.g. https://api.test.vivamo.co/v1; got "${raw}".`,
    );
  }
  // Loopback as every Vivamo tool reads it (the spec model's rule): localhost, 127.0.0.0/8, [::1].
  const loopback = isLoopbackHostname(target.hostname);
  if (target.protocol === "https:" || (target.protocol === "http:" && loopback)) {
    if (target.username || target.password) {
      throw new TypeError("--target must not carry credentials: use --key-env.");
    }
    return target;
  }
  throw new TypeError(
    `--target must be https:// (http:// is allowed only for loopback test servers); got "${target.protocol}//${target.host}".`,
  );
}

/**
 * `value` with `secret` redacted from every string in it.
 * @param {unknown} value
 * @param {string} secret
 * @returns {unknown} the same shape
 */
function redactDeep(value, secret) {
  if (typeof value === "string") return redact(value, secret);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secret)]));
  }
  return value;
}

/** @param {unknown} text @param {string} secret */
function redact(text, secret) {
  return secret ? String(text).split(secret).join("[redacted]") : String(text);
}

/**
 * The human-readable report of `checkContract`.
 * @param {import("./index.js").ContractReport} report
 */
export function formatReport(report) {
  const lines = [`Contract check of ${report.target} against the Vivamo spec`, ""];
  const width = Math.max(...report.results.map((r) => r.operationId.length));
  for (const r of report.results) {
    const name = r.operationId.padEnd(width);
    if (r.skipped) {
      lines.push(`  -  ${name}  ${r.method} ${r.path}  skipped: ${r.skipped}`);
    } else {
      const mark = r.violations.length === 0 ? "ok" : "!!";
      lines.push(`  ${mark} ${name}  ${r.method} ${r.path}  → ${r.status ?? "no answer"}`);
    }
  }
  lines.push("");
  if (report.violations.length === 0) {
    const sent = report.results.filter((r) => !r.skipped).length;
    lines.push(`No violations: ${sent} operation(s) answered as the spec says.`);
  } else {
    lines.push(`${report.violations.length} violation(s):`);
    for (const v of report.violations) {
      lines.push(
        `  ${v.operationId} ${v.method} ${v.path} → ${v.status ?? "no answer"}  ${v.pointer || (v.rule === "status" ? "(status)" : "(body)")}  [${v.rule}] ${v.message}`,
      );
    }
  }
  return lines.join("\n");
}
