// @ts-check
// A small static file server for the built portal (apps/docs/dist), on loopback. Used by
// `scripts/serve.mjs` (the main command) and by the browser test. Node built-ins only.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * @typedef {{ url: string, port: number, host: string, close: () => Promise<void> }} StaticServer
 */

/**
 * Serves the files under `root`. `/` and directories serve their `index.html`; a path without a
 * file extension that matches no file serves `/index.html` too, so the portal's client-side routes
 * (e.g. `/tag/customers`) survive a reload. Only GET and HEAD.
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

  const server = createServer((request, response) => {
    handle(base, spaFallback, request, response).catch((error) => {
      if (!response.headersSent) send(response, 500, `Internal error: ${error.message}\n`);
      else response.destroy();
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
  };
}

/**
 * @param {string} base
 * @param {boolean} spaFallback
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
async function handle(base, spaFallback, request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, "Method not allowed\n");
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    return send(response, 400, "Bad request\n");
  }
  if (pathname.includes("\0")) return send(response, 400, "Bad request\n");

  // Resolve inside the root only: `..` segments can never climb out of it.
  const relative = normalize(pathname).replace(/^([/\\])+/, "");
  let file = join(base, relative);
  if (file !== base && !file.startsWith(base + sep)) return send(response, 403, "Forbidden\n");

  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, "index.html");
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile() && spaFallback && !extname(pathname)) {
    file = join(base, "index.html");
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return send(response, 404, "Not found\n");

  response.statusCode = 200;
  response.setHeader(
    "Content-Type",
    CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
  );
  response.setHeader("Content-Length", info.size);
  response.setHeader("Cache-Control", "no-cache");
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (request.method === "HEAD") return void response.end();
  await new Promise((resolvePipe, rejectPipe) => {
    const stream = createReadStream(file);
    stream.once("error", rejectPipe);
    response.once("close", () => {
      stream.destroy();
      resolvePipe(undefined);
    });
    stream.pipe(response);
  });
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {string} body
 */
function send(response, status, body) {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Content-Length", Buffer.byteLength(body));
  response.end(body);
}
