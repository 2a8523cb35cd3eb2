// The runtime the client runs in: the User-Agent it sends, and the browser check, seen from Node
// (test/browser.test.ts runs the built client in Chromium).
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createVivamoClient } from "../src/index.js";
import { fakeFetch, json, KEY, pageOf, ids } from "./helpers.js";

const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("User-Agent", () => {
  it("names the package, its version and the runtime, on every request", async () => {
    const fetch = fakeFetch(() => json(pageOf(ids(1), 1, 10)));
    const vivamo = createVivamoClient({ apiKey: KEY, fetch });
    await vivamo.customers.list();
    await vivamo.GET("/customers");
    expect(fetch.requests.map((request) => request.headers.get("user-agent"))).toEqual([
      `@vivamo/api-client/${version} node/${process.versions.node}`,
      `@vivamo/api-client/${version} node/${process.versions.node}`,
    ]);
  });

  it("a per-request header can replace it", async () => {
    const fetch = fakeFetch(() => json(pageOf(ids(1), 1, 10)));
    await createVivamoClient({ apiKey: KEY, fetch }).customers.list(
      {},
      { headers: { "User-Agent": "my-app/1.0" } },
    );
    expect(fetch.requests[0]!.headers.get("user-agent")).toBe("my-app/1.0");
  });
});

describe("the browser check", () => {
  it("lets Node with a DOM (jsdom, happy-dom) through: process.versions.node says it is Node", () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    expect(() => createVivamoClient({ apiKey: KEY })).not.toThrow();
  });

  it("refuses a non-boolean dangerouslyAllowBrowser", () => {
    expect(() =>
      createVivamoClient({ apiKey: KEY, dangerouslyAllowBrowser: "yes" as unknown as boolean }),
    ).toThrow("dangerouslyAllowBrowser must be true or false");
  });
});
