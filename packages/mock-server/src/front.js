// A small HTTP server in front of Prism. Every request goes to Prism unchanged (Prism still
// validates it and picks the response); two kinds of answer are improved on the way back:
// - an invalid request gets what was wrong with it (src/invalid-request.js) instead of the spec's
//   canned 400 example;
// - a generated page of a paginated list agrees with the request (src/pagination.js);
// - in stateful mode, a request Prism accepted is answered by the store (src/stateful/), and the
//   store's controls (/__vivamo/...) are served here without reaching Prism.
// Everything else, headers included (`sl-violations` too), passes through byte for byte.
import { Agent, createServer, request as httpRequest } from "node:http";
import { explainInvalidRequest } from "./invalid-request.js";
import { makeConsistent, pageNumbers } from "./pagination.js";
import { handleControl } from "./stateful/controls.js";

/**
 * An answer as the front server handles it: buffered, so it can be rewritten before it is sent.
 * @typedef {{ status: number, headers: import("node:http").IncomingHttpHeaders, body: Buffer }} BufferedAnswer
 */

/**
 * @param {object} options
 * @param {URL} options.upstream Prism's URL.
 * @param {boolean} options.dynamic Whether Prism was started with --dynamic.
 * @param {import("./pagination.js").PaginatedOperation[]} options.paginated
 * @param {ReturnType<typeof import("./stateful/router.js").createStatefulMock>} [options.stateful]
 *   The store, when the mock is stateful.
 * @returns {import("node:http").Server}
 */
export function createFrontServer({ upstream, dynamic, paginated, stateful }) {
  const agent = new Agent({ keepAlive: true });

  /**
   * Sends one request to Prism and buffers the answer.
   * @param {string} method
   * @param {string} url the path and query
   * @param {import("node:http").OutgoingHttpHeaders} headers
   * @param {Buffer} body
   * @returns {Promise<BufferedAnswer>}
   */
  const forward = (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: upstream.hostname, port: upstream.port, method, path: url, headers, agent },
        (response) => {
          /** @type {Buffer[]} */
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              // Always set on a response from an http.request (only a server's request lacks it).
              status: /** @type {number} */ (response.statusCode),
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });

  const server = createServer(async (req, res) => {
    try {
      // Always set on a request an http.Server received (only a client's request lacks them).
      const method = /** @type {string} */ (req.method);
      const path = /** @type {string} */ (req.url);
      /** @type {Buffer[]} */
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const requestBody = Buffer.concat(chunks);
      const control = await handleControl(stateful, method, path, requestBody.toString("utf8"));
      if (control) {
        const body = Buffer.from(JSON.stringify(control.body));
        res.writeHead(control.status, {
          "content-type": "application/json",
          "content-length": body.length,
        });
        res.end(body);
        return;
      }
      const headers = { ...req.headers, host: upstream.host };
      let answer = await forward(method, path, headers, requestBody);

      const explained =
        answer.status === 400 || answer.status === 422
          ? // Node joins a repeated header into one string (only set-cookie stays a list).
            explainInvalidRequest(
              /** @type {string | undefined} */ (answer.headers["sl-violations"]),
            )
          : undefined;
      // Prism accepted the request (a 2xx): the store, when there is one, has the real answer.
      const own =
        !explained && stateful && answer.status >= 200 && answer.status < 300
          ? stateful.handle(method, path, requestBody.toString("utf8"))
          : undefined;
      if (explained) answer = withJson(answer, explained);
      else if (own) answer = { ...withJson(answer, own.body), status: own.status };
      else answer = await paginate(answer, method, path, headers, requestBody);

      const {
        "content-length": _length,
        "transfer-encoding": _encoding,
        connection: _c,
        "keep-alive": _k,
        ...rest
      } = answer.headers;
      res.writeHead(answer.status, { ...rest, "content-length": answer.body.length });
      res.end(answer.body);
    } catch (error) {
      res.writeHead(502, { "content-type": "application/json" });
      const message = /** @type {Error} */ (error).message;
      res.end(JSON.stringify({ message: `The mock's Prism did not answer: ${message}` }));
    }
  });

  /**
   * Makes a generated page of a paginated operation agree with the request.
   * @param {BufferedAnswer} answer
   * @param {string} method
   * @param {string} path the request's path and query
   * @param {import("node:http").IncomingHttpHeaders} headers
   * @param {Buffer} requestBody
   * @returns {Promise<BufferedAnswer>}
   */
  async function paginate(answer, method, path, headers, requestBody) {
    if (answer.status !== 200 || method !== "GET") return answer;
    const url = new URL(path, "http://mock");
    const operation = paginated.find((o) => o.matcher.test(url.pathname));
    if (!operation) return answer;
    const prefer = parsePrefer(headers.prefer);
    const isDynamic = prefer.dynamic === undefined ? dynamic : prefer.dynamic === "true";
    if (!isDynamic || prefer.example !== undefined) return answer;
    const body = parseJson(answer.body);
    if (!body || typeof body !== "object") return answer;

    const { page, size } = operation.pagination; // the query parameters' names
    const numbers = pageNumbers({
      page: integer(url.searchParams.get(page), operation.defaults[page] ?? 1),
      limit: integer(url.searchParams.get(size), operation.defaults[size] ?? 10),
      seed: prefer.seed,
    });
    const more = async (/** @type {number} */ call) => {
      // Another generated page (with a seed: a derived one, so the extra calls differ from it).
      /** @type {Record<string, string>} */
      const extra = { ...prefer, dynamic: "true" };
      if (prefer.seed !== undefined) extra.seed = `${prefer.seed}-more-${call}`;
      const again = await forward(
        "GET",
        path,
        { ...headers, prefer: formatPrefer(extra) },
        requestBody,
      );
      return again.status === 200 ? parseJson(again.body)?.[operation.itemsProperty] : undefined;
    };
    const consistent = await makeConsistent(body, {
      itemsProperty: operation.itemsProperty,
      names: operation.pagination,
      numbers,
      more,
    });
    return withJson(answer, consistent);
  }

  server.on("close", () => agent.destroy());
  return server;
}

/**
 * @param {BufferedAnswer} answer
 * @param {unknown} value the new body
 * @returns {BufferedAnswer}
 */
function withJson(answer, value) {
  return {
    status: answer.status,
    headers: { ...answer.headers, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(value)),
  };
}

/** @param {Buffer} buffer @returns {any} parsed JSON, or undefined */
function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** @param {string | null} raw @param {number} fallback */
function integer(raw, fallback) {
  const value = raw === null ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/**
 * `Prefer: code=200, dynamic=true, seed=abc` → { code: "200", dynamic: "true", seed: "abc" }.
 * @param {string | string[] | undefined} header
 * @returns {Record<string, string>}
 */
export function parsePrefer(header) {
  const entries = String(header ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const index = part.indexOf("=");
      return index === -1
        ? [part, ""]
        : [part.slice(0, index).trim(), part.slice(index + 1).trim()];
    });
  return Object.fromEntries(entries);
}

/** @param {Record<string, string>} values */
function formatPrefer(values) {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}
