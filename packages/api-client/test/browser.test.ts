// The built client in a real browser (Debian's Chromium), loaded as a page loads it: dist/index.js
// as an ES module, openapi-fetch through an import map, all from a loopback server. A secret key
// is refused there unless the page opts in with `dangerouslyAllowBrowser: true`; with the opt-in,
// calls work and carry the browser's own User-Agent, not the client's.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  CHROMIUM_ARGS,
  chromiumPath as executablePath,
  chromiumRequiredInCI,
  haveChromium,
} from "@vivamo/test-kit/chromium";
import { scaled } from "@vivamo/test-kit/timeouts";
import { pageOf, ids } from "./helpers.js";

const missingInCI = chromiumRequiredInCI("the built client in Chromium");
if (missingInCI) {
  test("Chromium is installed (required in CI)", () => {
    throw new Error(missingInCI);
  });
}

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const openapiFetch = join(
  dirname(createRequire(import.meta.url).resolve("openapi-fetch/package.json")),
  "dist/index.mjs",
);
const page1 = JSON.stringify(pageOf(ids(3), 1, 10));

/** What the page's module script puts on `window`: the built package's exports. */
type WithClient = { client: typeof import("../src/index.js") };

const html = `<!doctype html>
<html>
  <head>
    <script type="importmap">{ "imports": { "openapi-fetch": "/openapi-fetch.mjs" } }</script>
    <script type="module">
      import * as client from "/dist/index.js";
      window.client = client;
    </script>
  </head>
  <body></body>
</html>`;

/** The page, the built client, openapi-fetch, and a same-origin API (GET /v1/customers). */
function startServer(apiRequests: IncomingHttpHeaders[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { "content-type": type });
      response.end(body);
    };
    if (path === "/") return send("text/html", html);
    if (path === "/openapi-fetch.mjs") return send("text/javascript", readFileSync(openapiFetch));
    if (path.startsWith("/dist/") && path.endsWith(".js")) {
      const file = normalize(join(dist, path.slice("/dist/".length)));
      if (file.startsWith(dist) && existsSync(file)) {
        return send("text/javascript", readFileSync(file));
      }
    }
    if (path === "/v1/customers") {
      apiRequests.push(request.headers);
      return send("application/json", page1);
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe.skipIf(!haveChromium)("in a browser, the built client", () => {
  const apiRequests: IncomingHttpHeaders[] = [];
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(apiRequests);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
    });
    page = await browser.newPage();
    page.setDefaultTimeout(scaled(30_000));
    // Nothing leaves loopback.
    await page.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1"
        ? route.continue()
        : route.abort("blockedbyclient"),
    );
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "client" in window);
  }, scaled(60_000));

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test("refuses a secret key without dangerouslyAllowBrowser, with a VivamoError saying why", async () => {
    const result = await page.evaluate(() => {
      const { client } = window as unknown as WithClient;
      try {
        client.createVivamoClient({ apiKey: "sk_test_browser" });
        return { threw: false };
      } catch (error) {
        return {
          threw: true,
          isVivamoError: error instanceof client.VivamoError,
          name: (error as Error).name,
          message: (error as Error).message,
        };
      }
    });
    expect(result).toMatchObject({ threw: true, isVivamoError: true, name: "VivamoError" });
    const { message } = result as { message: string };
    expect(message).toContain("refuses to run in a browser");
    expect(message).toContain("secret API key");
    expect(message).toContain("dangerouslyAllowBrowser: true");
    expect(message).not.toContain("sk_test_browser");
    expect(apiRequests).toHaveLength(0);
  });

  test("with dangerouslyAllowBrowser: true it works, and leaves the User-Agent to the browser", async () => {
    const result = await page.evaluate(async (baseUrl) => {
      const { client } = window as unknown as WithClient;
      const vivamo = client.createVivamoClient({
        apiKey: "sk_test_browser",
        baseUrl,
        dangerouslyAllowBrowser: true,
      });
      const { data, response } = await vivamo.customers.list({ page: 1 }).withResponse();
      return { customers: data.customers.length, status: response.status };
    }, `${origin}/v1`);
    expect(result).toEqual({ customers: 3, status: 200 });
    expect(apiRequests).toHaveLength(1);
    expect(apiRequests[0]!.authorization).toBe("Bearer sk_test_browser");
    expect(apiRequests[0]!["user-agent"]).toMatch(/Chrome\//);
    expect(apiRequests[0]!["user-agent"]).not.toContain("@vivamo/api-client");
  });
});
