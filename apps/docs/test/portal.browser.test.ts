// The built portal in a real browser (Debian's Chromium through playwright-core), served by our
// static server, with the network cut off: every request that is not to loopback is aborted and
// counted. The portal must render List Customers fully with zero blocked requests, zero failed
// requests and zero console errors.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isLoopbackHostname } from "@vivamo/spec-model/http";
import { startStaticServer, type StaticServer } from "../src/static-server.mjs";
import {
  CHROMIUM_ARGS,
  chromiumPath as executablePath,
  chromiumRequiredInCI,
  haveChromium,
} from "@vivamo/test-kit/chromium";
import { scaled } from "@vivamo/test-kit/vitest";
import { distDir, resultsDir } from "./helpers.js";

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const blocked: string[] = [];
const failed: string[] = [];
const consoleErrors: string[] = [];

const missingInCI = chromiumRequiredInCI("the portal browser test");
if (missingInCI) {
  test("Chromium is installed (required in CI)", () => {
    throw new Error(missingInCI);
  });
}

describe.skipIf(!haveChromium)(`portal in Chromium (${executablePath})`, () => {
  beforeAll(async () => {
    server = await startStaticServer({ root: distDir });
    userDataDir = mkdtempSync(join(tmpdir(), "vivamo-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 1200 },
    });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (isLoopbackHostname(url.hostname)) return route.continue();
      blocked.push(url.href);
      return route.abort("blockedbyclient");
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Playwright's 30 s default, scaled with the machine's load like every other wait.
    page.setDefaultTimeout(scaled(30_000));
    page.setDefaultNavigationTimeout(scaled(30_000));
    page.on("requestfailed", (request) => {
      failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
  }, scaled(60_000));

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test("shows the Vivamo portal: title, logo, guides and API groups in the sidebar", async () => {
    await expect(page.title()).resolves.toBe("Vivamo API documentation");
    await expect(page.getByTestId("logo").locator("img").getAttribute("src")).resolves.toMatch(
      /^data:image\/svg\+xml/,
    );
    const sidebar = page.locator("[data-component-name='Menu/Menu']").first();
    for (const label of [
      "Guides",
      "Getting started",
      "Authentication & environments",
      "Pagination",
      "Errors & retries",
      "API reference",
      "Customers",
    ]) {
      await sidebar
        .getByText(label, { exact: true })
        .first()
        .waitFor({ timeout: scaled(10_000) });
    }
  });

  test("shows List Customers with its parameters and, after expanding, its response fields", async () => {
    await page.locator("a[href='/customers']").first().click();
    // By the operation's address, not its name: a grown API has several "List Customers".
    await page.locator("a[href$='/customers/listcustomers']").first().click();
    const operation = page.locator("[id='customers/listcustomers']");
    await operation.waitFor();
    await operation.getByRole("heading", { name: "List Customers" }).waitFor();

    for (const name of ["page", "size"]) {
      const row = page.locator(`[id='customers/listcustomers/t=request&in=query&path=${name}']`);
      await row.getByText(name, { exact: true }).first().waitFor();
    }

    // Collapse everything, then expand the customers array and its kycVerifications by hand.
    const field = (path: string) =>
      page.locator(`[id='customers/listcustomers/t=response&c=200&path=${path}']`);
    const kyc = field("customers[]/kycverifications");
    const toggle = operation.getByText(/^(Collapse|Expand) all$/).first();
    // Retried: a click that lands while Redoc is still hydrating the section does nothing.
    await expect
      .poll(
        async () => {
          if ((await kyc.isVisible()) && (await toggle.textContent()) === "Collapse all") {
            await toggle.click();
          }
          return kyc.isVisible();
        },
        { timeout: scaled(10_000) },
      )
      .toBe(false);
    await expand(field("customers"));
    await kyc.waitFor({ state: "visible" });
    await expand(kyc);
    await field("customers[]/kycverifications[]/status").waitFor({ state: "visible" });

    for (const [path, name] of [
      ["customers", "customers"],
      ["total", "total"],
      ["page", "page"],
      ["limit", "limit"],
      ["totalpages", "totalPages"],
      ["customers[]/kycverifications", "kycVerifications"],
    ] as const) {
      await expect(field(path).locator(".schema-name").first().textContent(), path).resolves.toBe(
        name,
      );
      await field(path).waitFor({ state: "visible", timeout: scaled(5_000) });
    }

    // The code samples panel shows the TypeScript sample first.
    const samples = page.locator("[id='customers/listcustomers'] .panel-request-samples").first();
    await expect(samples.locator("code").first().textContent()).resolves.toContain(
      "vivamo.customers.list(",
    );

    // The artefact: the whole operation, from its title to the expanded response fields.
    mkdirSync(resultsDir, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 2300 });
    await operation.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(resultsDir, "portal.png") });
    await page.setViewportSize({ width: 1440, height: 1200 });
  });

  test("the search box finds kycVerifications in List Customers", async () => {
    await page.getByTestId("search-trigger").click();
    const input = page.locator("input[placeholder^='Search']").first();
    await input.fill("kycVerifications");
    const hit = page
      .locator("[data-component-name='Search/SearchItem'][href*='customers/listcustomers']")
      .filter({ hasText: "kycVerifications" })
      .first();
    await hit.waitFor({ state: "visible" });
    await expect(hit.textContent()).resolves.toContain("List Customers");
    await hit.click();
    await expect.poll(() => page.url()).toContain("listcustomers");
    await page.keyboard.press("Escape");
  });

  test("nothing was loaded from outside, nothing failed, nothing logged an error", () => {
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

/** Opens a collapsed schema property (a no-op when it is open already). */
async function expand(property: ReturnType<Page["locator"]>) {
  const nested = property.locator("[data-schema-nested-open]").first();
  if ((await nested.getAttribute("data-schema-nested-open")) === "true") return;
  await nested.locator("button").first().click();
  await expect.poll(() => nested.getAttribute("data-schema-nested-open")).toBe("true");
}
