// A small HTTP server in front of Prism. Every request goes to Prism unchanged (Prism still
// validates it and picks the response); two kinds of answer are improved on the way back:
// - an invalid request gets what was wrong with it (src/invalid-request.js) instead of the spec's
//   canned 400 example;
// - a generated page of a paginated list agrees with the request (src/pagination.js).
// Everything else, headers included (`sl-violations` too), passes through byte for byte.
import { Agent, createServer, request as httpRequest } from "node:http";
import { explainInvalidRequest } from "./invalid-request.js";
import { makeConsistent, pageNumbers } from "./pagination.js";

/**
 * @param {object} options
 * @param {URL} options.upstream Prism's URL.
 * @param {boolean} options.dynamic Whether Prism was started with --dynamic.
 * @param {ReturnType<typeof import("./pagination.js").findPaginatedOperations>} options.paginated
 * @returns {import("node:http").Server}
 */
export function createFrontServer({ upstream, dynamic, paginated }) {
  const agent = new Agent({ keepAlive: true });

  /** Sends one request to Prism and buffers the answer. */
  const forward = (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: upstream.hostname, port: upstream.port, method, path: url, headers, agent },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode,
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
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const requestBody = Buffer.concat(chunks);
      const headers = { ...req.headers, host: upstream.host };
      let answer = await forward(req.method, req.url, headers, requestBody);

      const explained =
        answer.status === 400 || answer.status === 422
          ? explainInvalidRequest(answer.headers["sl-violations"])
          : undefined;
      if (explained) answer = withJson(answer, explained);
      else answer = await paginate(answer, req, headers, requestBody);

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
      res.end(JSON.stringify({ message: `The mock's Prism did not answer: ${error.message}` }));
    }
  });

  /** Makes a generated page of a paginated operation agree with the request. */
  async function paginate(answer, req, headers, requestBody) {
    if (answer.status !== 200 || req.method !== "GET") return answer;
    const url = new URL(req.url, "http://mock");
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
    const more = async (call) => {
      // Another generated page (with a seed: a derived one, so the extra calls differ from it).
      const extra = { ...prefer, dynamic: "true" };
      if (prefer.seed !== undefined) extra.seed = `${prefer.seed}-more-${call}`;
      const again = await forward(
        "GET",
        req.url,
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

function withJson(answer, value) {
  return {
    status: answer.status,
    headers: { ...answer.headers, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(value)),
  };
}

function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString("utf8"));
  } catch {
    return undefined;
  }
}

function integer(raw, fallback) {
  const value = raw === null ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** `Prefer: code=200, dynamic=true, seed=abc` → { code: "200", dynamic: "true", seed: "abc" }. */
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

function formatPrefer(values) {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}
