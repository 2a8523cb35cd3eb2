// @ts-check
// A small static file server for the built portal (apps/docs/dist), on loopback. Used by
// `scripts/serve.mjs` (the main command) and by the browser tests. Node built-ins only.
//
// Text files are sent compressed when the browser accepts it (brotli, else gzip, by the request's
// Accept-Encoding, with `Vary: Accept-Encoding`): the portal's 2.6 MiB page weighs about a quarter
// of that on the wire. Each file is compressed once per version (path, size, mtime) and kept in
// memory: the portal is a handful of files.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";

const compressors = {
  // Quality 5 compresses the 2.2 MB Redoc bundle in about 0.3 s (11 takes over 15 s) for 10% more
  // bytes: a good trade for compressing on the first request.
  br: (/** @type {Buffer} */ data) =>
    promisify(brotliCompress)(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (/** @type {Buffer} */ data) => promisify(gzip)(data, { level: 9 }),
};
/** Below this size compression saves too little to matter. */
const MIN_COMPRESS_BYTES = 1024;

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
 * @typedef {{ bytesSent: number, bytesUncompressed: number, responses: number }} TransferStats
 *   Body bytes of the 200 responses sent so far: as sent on the wire, and what they would have been
 *   uncompressed.
 * @typedef {{ url: string, port: number, host: string, close: () => Promise<void>,
 *   stats: () => TransferStats }} StaticServer
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

  /** @type {TransferStats} */
  const stats = { bytesSent: 0, bytesUncompressed: 0, responses: 0 };
  /** @type {Map<string, Promise<Buffer>>} file version + encoding -> compressed body */
  const compressed = new Map();
  const context = { base, spaFallback, stats, compressed };
  const server = createServer((request, response) => {
    handle(context, request, response).catch((error) => {
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
    stats: () => ({ ...stats }),
  };
}

/**
 * The encoding to answer with: brotli if accepted, else gzip, else none ("identity"). Follows the
 * q-values of Accept-Encoding, `*` included; `br;q=0` refuses brotli.
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

/**
 * @param {{ base: string, spaFallback: boolean, stats: TransferStats,
 *   compressed: Map<string, Promise<Buffer>> }} context
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
async function handle({ base, spaFallback, stats, compressed }, request, response) {
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

  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  response.statusCode = 200;
  response.setHeader("Content-Type", type);
  response.setHeader("Cache-Control", "no-cache");
  response.setHeader("X-Content-Type-Options", "nosniff");

  const compressible = /^(text\/|application\/(json|yaml))|^image\/svg/.test(type);
  if (compressible) response.setHeader("Vary", "Accept-Encoding");
  const encoding =
    compressible && info.size >= MIN_COMPRESS_BYTES
      ? negotiateEncoding(request.headers["accept-encoding"])
      : undefined;
  if (encoding) {
    const key = `${file}\0${info.size}\0${info.mtimeMs}\0${encoding}`;
    let body = compressed.get(key);
    if (!body) {
      // A rebuilt file replaces its older versions.
      for (const old of compressed.keys()) if (old.startsWith(`${file}\0`)) compressed.delete(old);
      body = readFile(file).then(compressors[encoding]);
      compressed.set(key, body);
      body.catch(() => compressed.delete(key));
    }
    const data = await body;
    response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", data.length);
    if (request.method === "HEAD") return void response.end();
    stats.responses++;
    stats.bytesSent += data.length;
    stats.bytesUncompressed += info.size;
    return void response.end(data);
  }

  response.setHeader("Content-Length", info.size);
  if (request.method === "HEAD") return void response.end();
  stats.responses++;
  stats.bytesSent += info.size;
  stats.bytesUncompressed += info.size;
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
