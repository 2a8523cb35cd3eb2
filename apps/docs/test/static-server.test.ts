import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startStaticServer, type StaticServer } from "../src/static-server.mjs";

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "vivamo-static-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>portal</title>");
  writeFileSync(join(root, "app.js"), "export const a = 1;");
  mkdirSync(join(root, "sub"));
  writeFileSync(join(root, "sub", "index.html"), "sub index");
  writeFileSync(join(tmpdir(), "vivamo-outside.txt"), "secret");
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
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
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
