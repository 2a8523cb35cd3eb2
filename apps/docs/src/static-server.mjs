// @ts-check
// The static server of the built portal (apps/docs/dist), on loopback: sirv, which sends the
// compressed twins the build wrote (src/precompress.mjs) to a browser that accepts brotli or gzip
// (with `Vary: Accept-Encoding`), serves `index.html` for `/`, for directories and for the
// portal's client-side routes (a path without a file extension), and never leaves the root. Used
// by `scripts/serve.mjs` (the main command) and by the browser tests.
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";

/**
 * @typedef {{ bytesSent: number, responses: number }} TransferStats
 *   Body bytes of the 200 responses sent so far, as sent on the wire.
 * @typedef {{ url: string, port: number, host: string, close: () => Promise<void>,
 *   stats: () => TransferStats }} StaticServer
 */

/**
 * Serves the files under `root`. Only GET and HEAD.
 *
 * @param {object} options
 * @param {string} options.root Directory to serve.
 * @param {number} [options.port] Default 0: a free port picked by the OS.
 * @param {string} [options.host] Default 127.0.0.1.
 * @param {boolean} [options.spaFallback] Default true.
 * @returns {Promise<StaticServer>} Rejects with a clear message when the port is taken.
 */
export async function startStaticServer({
  root,
  port = 0,
  host = "127.0.0.1",
  spaFallback = true,
}) {
  const base = resolve(root);
  const rootStat = await stat(base).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    throw new Error(
      `Nothing to serve: ${base} does not exist. Build the portal first (pnpm --filter @vivamo/docs build).`,
    );
  }
  // `dev: true` looks each file up when it is asked for, so a rebuilt portal is served as it is
  // now; `etag` answers a reload with 304 (and makes sirv send `Cache-Control: no-cache`).
  /** @type {TransferStats} */
  const stats = { bytesSent: 0, responses: 0 };
  const serve = sirv(base, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    single: spaFallback,
    // Called once sirv has found the file it will send whole (after a 304, never), with that
    // file's size: the compressed twin's when it sends one. Counted here, before the body leaves,
    // so a client that has read the body always finds it counted.
    setHeaders: (response, pathname, file) => {
      if (response.req.method === "GET" && !response.req.headers.range) {
        stats.responses++;
        stats.bytesSent += file.size;
      }
      response.setHeader("X-Content-Type-Options", "nosniff");
      // The Redoc bundle is UTF-8; say so rather than leave it to the page's charset.
      if (/\.m?js$/.test(pathname)) {
        response.setHeader("Content-Type", "text/javascript; charset=utf-8");
      }
    },
  });

  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return void response.end("Method not allowed\n");
    }
    // sirv picks brotli when the header names it at all; a client may refuse it (`br;q=0`).
    request.headers["accept-encoding"] = negotiateEncoding(request.headers["accept-encoding"]);
    serve(request, response, () => {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found\n");
    });
  });
  /** @type {Set<import("node:net").Socket>} */
  const sockets = new Set();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise((resolveListen, rejectListen) => {
    /** @param {NodeJS.ErrnoException} error */
    const onError = (error) => {
      if (error.code === "EADDRINUSE") {
        rejectListen(
          new Error(
            `Port ${port} on ${host} is already in use: stop what is running there, or pick another port (VIVAMO_DOCS_PORT=...).`,
          ),
        );
      } else {
        rejectListen(error);
      }
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolveListen(undefined);
    });
  });

  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    host,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        for (const socket of sockets) socket.destroy();
      }),
    stats: () => ({ ...stats }),
  };
}

/**
 * The encoding to answer with: brotli if accepted, else gzip, else none. Follows the q-values of
 * Accept-Encoding, `*` included; `br;q=0` refuses brotli.
 * @param {string | undefined} header
 * @returns {"br" | "gzip" | undefined}
 */
export function negotiateEncoding(header) {
  if (!header) return undefined;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (/** @type {string} */ name) => weights.get(name) ?? weights.get("*") ?? 0;
  const options = /** @type {const} */ (["br", "gzip"]).filter((name) => weight(name) > 0);
  return options.sort((a, b) => weight(b) - weight(a))[0];
}
