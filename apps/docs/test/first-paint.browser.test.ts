// The portal's first paint in a real browser (Debian's Chromium): the server-rendered page shows
// the API title, the introduction and the sidebar, plus a loading status, BEFORE Redoc's 2 MB
// script has even arrived. The test holds the script back at the network layer, waits for the
// browser's first contentful paint, and takes a screenshot then (test-results/portal-first-paint.png).
// It also checks what the static server sent: compressed, and how many bytes.
import { mkdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  CHROMIUM_ARGS,
  chromiumPath as executablePath,
  chromiumRequiredInCI,
  haveChromium,
} from "@vivamo/test-kit/chromium";
import { scaled } from "@vivamo/test-kit/vitest";
import { startStaticServer, type StaticServer } from "../src/static-server.mjs";
import { distDir, resultsDir } from "./helpers.js";

const missingInCI = chromiumRequiredInCI("the portal's first-paint test");
if (missingInCI) {
  test("Chromium is installed (required in CI)", () => {
    throw new Error(missingInCI);
  });
}

describe.skipIf(!haveChromium)("portal first paint", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let releaseScript: () => void = () => {};
  const scriptEncodings: string[] = [];
  /** The path of every file the page loaded, to weigh them uncompressed. */
  const servedPaths: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer({ root: distDir });
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(scaled(30_000));
    page.setDefaultNavigationTimeout(scaled(30_000));
    const held = new Promise<void>((resolve) => (releaseScript = resolve));
    // Everything off loopback is refused; Redoc's bundle waits until the test lets it through.
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== "127.0.0.1") return route.abort("blockedbyclient");
      if (url.pathname.endsWith("/redoc.standalone.js")) await held;
      return route.continue();
    });
    page.on("response", async (response) => {
      if (response.status() === 200) servedPaths.push(new URL(response.url()).pathname);
      if (response.url().endsWith("/redoc.standalone.js")) {
        scriptEncodings.push((await response.allHeaders())["content-encoding"] ?? "none");
      }
    });
  }, scaled(60_000));

  afterAll(async () => {
    releaseScript();
    await browser?.close();
    await server?.close();
  });

  test("paints the API title, the sidebar and a loading status before Redoc's script arrives", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "commit" });
    await page.waitForFunction(
      () => performance.getEntriesByName("first-contentful-paint").length > 0,
      undefined,
      { timeout: scaled(30_000) },
    );
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "portal-first-paint.png") });

    // The script is still held back: nothing ran it, yet the first screen says what this is.
    expect(scriptEncodings).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.classList.contains("vivamo-ready")),
    ).toBe(false);
    await expect(page.getByRole("heading", { level: 1 }).first().innerText()).resolves.toMatch(
      /^Vivamo API/,
    );
    const sidebar = page.locator("[data-component-name='Menu/Menu']").first();
    for (const label of ["Guides", "Getting started", "API reference", "Customers"]) {
      expect(await sidebar.getByText(label, { exact: true }).first().isVisible(), label).toBe(true);
    }
    expect(await page.getByRole("status").innerText()).toBe("Loading the API reference…");
    expect(await page.getByRole("status").isVisible()).toBe(true);
  });

  test(
    "then hydrates: the loading status goes and the rest of the page renders",
    async () => {
      releaseScript();
      await page.waitForFunction(
        () => document.documentElement.classList.contains("vivamo-ready"),
        undefined,
        { timeout: scaled(60_000) },
      );
      await page.getByRole("status").waitFor({ state: "hidden", timeout: scaled(10_000) });
      // The guides below the fold were empty placeholders in the server-rendered page.
      await page
        .locator("[id='getting-started']")
        .getByText("first successful call", { exact: false })
        .first()
        .waitFor({ timeout: scaled(30_000) });
    },
    scaled(120_000),
  );

  test("received the page compressed, and says how many bytes that took", () => {
    expect(scriptEncodings.length).toBeGreaterThan(0);
    expect(scriptEncodings.every((encoding) => encoding === "br")).toBe(true);
    const { bytesSent, responses } = server.stats();
    // What those files weigh in dist/ (a client-side route or `/` is index.html).
    const bytesUncompressed = servedPaths
      .map((path) => join(distDir, extname(path) ? path : "index.html"))
      .reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(
      `[@vivamo/docs] first load: ${responses} responses, ${bytesSent} bytes sent for ${bytesUncompressed} bytes of files (${((100 * bytesSent) / bytesUncompressed).toFixed(1)}%)`,
    );
    expect(bytesSent).toBeLessThan(bytesUncompressed * 0.35);
  });
});
