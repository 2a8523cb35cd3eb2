import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { precompress } from "../src/precompress.mjs";
import { negotiateEncoding, startStaticServer, type StaticServer } from "../src/static-server.mjs";

let root: string;
let server: StaticServer;
const BIG_SCRIPT = `export const rows = ${JSON.stringify(
  Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `customer ${i}` })),
)};\n`;

/** A raw GET (fetch would decompress and hide the encoding): status, headers and body bytes. */
function rawGet(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolveGet, rejectGet) => {
      const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolveGet({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.once("error", rejectGet);
      req.end();
    },
  );
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "vivamo-static-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>portal</title>");
  writeFileSync(join(root, "app.js"), "export const a = 1;");
  writeFileSync(join(root, "big.js"), BIG_SCRIPT);
  writeFileSync(join(root, "logo.png"), Buffer.alloc(4096, 7));
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "sub", "index.html"), "sub index");
  writeFileSync(join(tmpdir(), "vivamo-outside.txt"), "secret");
  precompress(root); // as the portal build does
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("startStaticServer", () => {
  test("listens on loopback, on a free port by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test("serves files with their content type", async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(await page.text()).toContain("<title>portal</title>");
    const script = await fetch(`${server.url}/app.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await (await fetch(`${server.url}/sub/`)).text()).toBe("sub index");
  });

  test("answers client-side routes with the page, and missing files with 404", async () => {
    const route = await fetch(`${server.url}/customers/listcustomers`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("portal");
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
  });

  test("never serves a file outside its root", async () => {
    for (const path of [
      "/../vivamo-outside.txt",
      "/%2e%2e/vivamo-outside.txt",
      "/..%2fvivamo-outside.txt",
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(await response.text()).not.toContain("secret");
    }
  });

  test("sends text compressed with brotli when accepted, with Content-Encoding and Vary", async () => {
    const response = await rawGet("/big.js", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["vary"]).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(brotliDecompressSync(response.body).toString()).toBe(BIG_SCRIPT);
    expect(response.body.length).toBeLessThan(BIG_SCRIPT.length / 4);
  });

  test("falls back to gzip, and to no encoding, as Accept-Encoding says", async () => {
    const gz = await rawGet("/big.js", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT);
    const refused = await rawGet("/big.js", { "Accept-Encoding": "br;q=0, gzip;q=0.5" });
    expect(refused.headers["content-encoding"]).toBe("gzip");
    const plain = await rawGet("/big.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toBe("Accept-Encoding");
    expect(plain.body.toString()).toBe(BIG_SCRIPT);
    const head = await rawGet("/big.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });

  test("never compresses binary files or tiny ones", async () => {
    const png = await rawGet("/logo.png", { "Accept-Encoding": "br, gzip" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.length).toBe(4096);
    const tiny = await rawGet("/app.js", { "Accept-Encoding": "br, gzip" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
  });

  test("serves a rebuilt portal's new content, not a stale compressed copy", async () => {
    const file = join(root, "changing.js");
    writeFileSync(file, BIG_SCRIPT);
    precompress(root);
    const first = await rawGet("/changing.js", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(first.body).toString()).toBe(BIG_SCRIPT);
    const changed = BIG_SCRIPT.replace("customer 1", "client 1");
    writeFileSync(file, changed);
    precompress(root); // the build writes the twins again
    const second = await rawGet("/changing.js", { "Accept-Encoding": "br" });
    expect(brotliDecompressSync(second.body).toString()).toBe(changed);
    expect(readFileSync(file, "utf8")).toBe(changed);
  });

  test("counts the responses and the bytes it sent", async () => {
    const before = server.stats();
    await rawGet("/big.js", { "Accept-Encoding": "br" });
    const after = server.stats();
    expect(after.responses - before.responses).toBe(1);
    expect(after.bytesSent - before.bytesSent).toBeGreaterThan(0);
    expect(after.bytesSent - before.bytesSent).toBeLessThan(BIG_SCRIPT.length / 4);
  });

  test("negotiateEncoding follows q-values and *", () => {
    expect(negotiateEncoding(undefined)).toBeUndefined();
    expect(negotiateEncoding("identity")).toBeUndefined();
    expect(negotiateEncoding("gzip, br")).toBe("br");
    expect(negotiateEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("*;q=0")).toBeUndefined();
    expect(negotiateEncoding("br;q=0, *")).toBe("gzip");
  });

  test("only GET and HEAD", async () => {
    expect((await fetch(`${server.url}/`, { method: "POST" })).status).toBe(405);
    const head = await fetch(`${server.url}/app.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("19");
  });

  test("says clearly when the port is taken", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startStaticServer({ root, port })).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      blocker.close();
    }
  });

  test("refuses to start without a built portal", async () => {
    await expect(startStaticServer({ root: join(root, "nope") })).rejects.toThrow(
      /Build the portal first/,
    );
  });
});
