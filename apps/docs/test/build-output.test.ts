// What `pnpm --filter @vivamo/docs build` produced: an offline page with every operation, its
// samples, the guides and the branding.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { readOperations } from "@vivamo/spec-model/operations";
import {
  findRemoteAssetUrls,
  GUIDES_GROUP,
  loadGuides,
  readEmbeddedDefinition,
} from "../src/portal-spec.mjs";
import { builtPage, bundledSpec, distDir, guidesDir } from "./helpers.js";

const html = builtPage();
const portal = readEmbeddedDefinition(html);
const spec = bundledSpec();
/** The local mock's URL the portal was built for (scripts/build.mjs reads VIVAMO_MOCK_PORT too). */
const localMock = `http://127.0.0.1:${process.env.VIVAMO_MOCK_PORT || 4010}`;

describe("the built portal works offline", () => {
  test("lists the local mock on the port it runs on (VIVAMO_MOCK_PORT), in plain text", () => {
    const servers = portal.servers as { url: string; description?: string }[];
    const local = servers.find((server) => server.url.startsWith("http://127.0.0.1"));
    expect(local?.url).toBe(localMock);
    expect(local?.description).toMatch(/^Local mock/);
    // Redoc shows descriptions as plain text: no Markdown code marks.
    for (const server of servers) expect(server.description ?? "").not.toContain("`");
  });

  test("dist holds the page, the pinned Redoc bundle and the icon, nothing else", () => {
    const files = readdirSync(distDir);
    expect(files.filter((file) => !/\.(br|gz)$/.test(file)).sort()).toEqual([
      "favicon.svg",
      "index.html",
      "redoc.standalone.js",
    ]);
    const redoc = readFileSync(join(distDir, "redoc.standalone.js"), "utf8");
    expect(redoc).toContain("Version: 3.0.1");
    expect(redoc).toMatch(/export\{[^}]*hydrate/);
  });

  test("the page and Redoc have brotli and gzip twins with the same content, for the server to send", () => {
    // Compared as text: toEqual on two buffers walks them byte by byte (15 s for Redoc's 1 MB).
    for (const file of ["index.html", "redoc.standalone.js"]) {
      const original = readFileSync(join(distDir, file), "utf8");
      const brotli = brotliDecompressSync(readFileSync(join(distDir, `${file}.br`)));
      const gzip = gunzipSync(readFileSync(join(distDir, `${file}.gz`)));
      expect(brotli.toString("utf8") === original, `${file}.br`).toBe(true);
      expect(gzip.toString("utf8") === original, `${file}.gz`).toBe(true);
    }
  });

  test("no file in dist loads anything from another host", () => {
    // The compressed twins hold the same text (checked above).
    for (const file of readdirSync(distDir).filter((name) => !/\.(br|gz)$/.test(name))) {
      const text = readFileSync(join(distDir, file), "utf8");
      expect(findRemoteAssetUrls(text), file).toEqual([]);
      // The usual suspects, anywhere in the text: CDNs and web fonts.
      expect(text, file).not.toMatch(
        /cdn\.redoc(ly)?\.(com|ly)\/redoc|fonts\.(googleapis|gstatic)\.com|unpkg\.com|jsdelivr/,
      );
    }
  });

  test("the page loads Redoc from ./redoc.standalone.js with a matching integrity hash", async () => {
    const { createHash } = await import("node:crypto");
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain('import { hydrate } from "./redoc.standalone.js"');
    const digest = createHash("sha384")
      .update(readFileSync(join(distDir, "redoc.standalone.js")))
      .digest("base64");
    expect(html).toContain(
      `<link rel="modulepreload" href="./redoc.standalone.js" integrity="sha384-${digest}" />`,
    );
  });

  test("Redoc telemetry is off and the theme from redocly.yaml is applied", () => {
    const options = JSON.parse(/const __redoc_options = (\{.*\});/.exec(html)?.[1] ?? "{}");
    expect(options.disableTelemetry).toBe(true);
    expect(html).toMatch(/--color-brand-6: #0b6e4f;/);
    expect(html).toMatch(/--font-family-base: system-ui/);
    expect(html).not.toContain("VIVAMO_THEME_CSS");
  });

  test("the logo and the favicon are local", () => {
    expect(portal.info["x-logo"].url).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="./favicon.svg" />');
    expect(statSync(join(distDir, "favicon.svg")).size).toBeGreaterThan(0);
  });
});

describe("the portal's copy of the spec", () => {
  test("has every operation of the bundled spec, untouched apart from the samples", () => {
    const ours = readOperations(portal);
    expect(ours.map((op) => op.operationId)).toEqual(
      readOperations(spec).map((op) => op.operationId),
    );
    for (const op of readOperations(spec)) {
      const copy = ours.find((o) => o.operationId === op.operationId)!.operation;
      const { "x-codeSamples": _samples, ...rest } = copy;
      expect(rest).toEqual(op.operation);
    }
  });

  test("every operation has a TypeScript sample and curl samples", () => {
    for (const { operationId, method, path, operation } of readOperations(portal)) {
      const samples: { lang: string; label: string; source: string }[] = operation["x-codeSamples"];
      const byLabel = Object.fromEntries(samples.map((s) => [s.label, s]));
      expect(Object.keys(byLabel), operationId).toEqual([
        "TypeScript",
        "curl",
        "curl (local mock)",
      ]);
      expect(byLabel.TypeScript!.source, operationId).toContain("createVivamoClient(");
      const curl = byLabel.curl!.source;
      expect(curl, operationId).toMatch(new RegExp(`^curl --request ${method.toUpperCase()} `));
      const url = new URL(/--url '?([^'\s]+)/.exec(curl)?.[1] ?? "");
      const template = path
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\\?\{[^}]+\\?\}/g, "[^/]+");
      expect(url.origin + url.pathname, operationId).toMatch(
        new RegExp(`^https://api\\.vivamo\\.co/v1${template}$`),
      );
      expect(curl, operationId).toContain('--header "Authorization: Bearer $VIVAMO_API_KEY"');
      expect(curl, operationId).not.toMatch(/\{[A-Za-z]+\}/);
      if (operation.requestBody) expect(curl, operationId).toContain("--data '{");
      expect(byLabel["curl (local mock)"]!.source, operationId).toContain(`${localMock}/`);
    }
  });

  test("the guides come first, as a Guides group of trait tags, then every tag of the spec", () => {
    const guides = loadGuides(guidesDir);
    expect(guides.map((g) => g.name)).toEqual([
      "Getting started",
      "Authentication & environments",
      "Pagination",
      "Errors & retries",
      "Contributing: from spec to release",
      "API changelog",
    ]);
    const groups: { name: string; tags: string[] }[] = portal["x-tagGroups"];
    expect(groups[0]).toEqual({ name: GUIDES_GROUP, tags: guides.map((g) => g.slug) });
    const grouped = groups.flatMap((g) => g.tags);
    for (const tag of spec.tags) expect(grouped).toContain(tag.name);
    for (const guide of guides) {
      const tag = portal.tags.find((t: { name: string }) => t.name === guide.slug);
      expect(tag).toMatchObject({ "x-displayName": guide.name, "x-traitTag": true });
      expect(html).toContain(
        JSON.stringify(guide.description).slice(1, 60).replace(/</g, "\\u003c"),
      );
    }
  });
});
