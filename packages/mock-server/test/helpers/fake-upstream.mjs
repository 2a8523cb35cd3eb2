// A stand-in for the real Vivamo API, for the live contract check's tests: it answers every
// operation of the spec with the first example of its first documented 2xx response, exactly as
// documented, unless a deviation for that operation says otherwise. Every request is recorded.
import { createServer } from "node:http";
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { readOperations } from "@vivamo/spec-model/operations";
import { templateToRegExp } from "../../src/pagination.js";
import { listenOnLoopback } from "./listen.mjs";

const operations = readOperations(bundledSpec).map((o) => ({
  ...o,
  matcher: templateToRegExp(`/v1${o.path}`),
}));

/**
 * The documented answer: `{ status, body }` of the first 2xx response and its first example.
 * @param {string} operationId one the spec has, with a documented 2xx example
 */
export function documentedAnswer(operationId) {
  const { response } =
    /** @type {{ response: import("@vivamo/spec-model/operations").SuccessResponse }} */ (
      operations.find((candidate) => candidate.operationId === operationId)
    );
  return { status: Number(response.status), body: structuredClone(response.examples[0].value) };
}

/** @typedef {{ status: number, body: any, headers: Record<string, string> }} FakeAnswer */

/**
 * Starts the fake on a free loopback port, serving under `/v1`.
 * @param {Record<string, (answer: FakeAnswer) => FakeAnswer>} [deviations]
 *   operationId → a function that returns the (changed) answer.
 */
export async function startFakeUpstream(deviations = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const path = new URL(/** @type {string} */ (req.url), "http://fake").pathname;
    // Specific paths before templates: /customers/kyc-for-review is not a customer id.
    const candidates = operations
      .filter((o) => o.method === req.method && o.matcher.test(path))
      .sort((a, b) => a.path.split("{").length - b.path.split("{").length);
    const o = candidates[0];
    requests.push({
      method: req.method,
      path: req.url,
      authorization: req.headers.authorization,
      body,
      operationId: o?.operationId,
    });
    if (!o) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "Not found" }));
      return;
    }
    /** @type {FakeAnswer} */
    let answer = {
      ...documentedAnswer(o.operationId),
      headers: { "content-type": "application/json" },
    };
    if (deviations[o.operationId]) answer = deviations[o.operationId](answer);
    res.writeHead(answer.status, answer.headers);
    res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
