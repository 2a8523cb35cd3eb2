#!/usr/bin/env node
// @ts-check
// Builds the docs portal into apps/docs/dist: a static site that needs no network at all.
//
//   1. read the bundled spec (@vivamo/spec/openapi.json) and the Vivamo theme (redocly.yaml)
//   2. make the portal's copy of the spec: guides (guides/*.md) as trait tags in a "Guides" group,
//      the tag groups, the logo as a data: URI, and TypeScript + curl samples on every operation
//      (fails when an operation has no sample, hand-written or generated)
//   3. render it with `redocly build-docs` and our template
//   4. point the page at ./redoc.standalone.js (copied from the pinned `redoc` package) instead of
//      the Redocly CDN, force telemetry off, and refuse any remaining remote asset URL
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { readOperations } from "@vivamo/spec-model/operations";
import { redoclyCliPath, redoclyEnv } from "@vivamo/spec-tools/redocly-cli";
import { parse as parseYaml } from "yaml";
import {
  buildPortalSpec,
  composeTypeScriptSample,
  extractSample,
  findRemoteAssetUrls,
  findSampleFiles,
  loadGuides,
} from "../src/portal-spec.mjs";
import { precompress } from "../src/precompress.mjs";
import { guidesCss, themeToCss } from "../src/theme.mjs";

const started = performance.now();
const require = createRequire(import.meta.url);
const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(appDir, "..", "..");
const distDir = join(appDir, "dist");
const samplesDir = join(appDir, "samples");
const configPath = join(repoRoot, "redocly.yaml");
const PREAMBLE_FILE = "_client.ts";

try {
  build();
} catch (error) {
  console.error(
    `\n@vivamo/docs build failed:\n${error instanceof Error ? error.message : error}\n`,
  );
  process.exit(1);
}

function build() {
  // The file behind `@vivamo/spec/openapi.json`, found without resolving it (which would fail
  // with a bare "Cannot find module" when the spec was never bundled).
  const specPath = join(
    dirname(require.resolve("@vivamo/spec/package.json")),
    "dist",
    "openapi.json",
  );
  if (!existsSync(specPath)) {
    throw new Error(`The bundled spec ${specPath} is missing: run \`pnpm generate\` first.`);
  }
  const bundled = JSON.parse(readFileSync(specPath, "utf8"));
  const config = parseYaml(readFileSync(configPath, "utf8")) ?? {};

  // Samples: samples/<operationId>.ts, or samples/generated/<operationId>.ts made from the spec's
  // examples, shown after the shared preamble that creates the client.
  const preamble = extractSample(
    readFileSync(join(samplesDir, PREAMBLE_FILE), "utf8"),
    PREAMBLE_FILE,
  );
  /** @type {Record<string, string>} */
  const typeScriptSamples = {};
  for (const [operationId, file] of findSampleFiles(samplesDir)) {
    const body = extractSample(readFileSync(file, "utf8"), relative(appDir, file));
    typeScriptSamples[operationId] = composeTypeScriptSample(preamble, body);
  }

  const logoSvg = readFileSync(join(appDir, "assets", "logo.svg"));
  const guides = loadGuides(join(appDir, "guides"));
  const portalSpec = buildPortalSpec(bundled, {
    guides,
    // The portal's "Local mock" server and curl samples use the port the mock runs on.
    mockServer: `http://127.0.0.1:${mockPort()}`,
    logo: {
      url: `data:image/svg+xml;base64,${logoSvg.toString("base64")}`,
      altText: "Vivamo API",
      href: "#",
    },
    typeScriptSamples,
  });

  checkSampleLanguages(portalSpec, config);

  const work = mkdtempSync(join(tmpdir(), "vivamo-docs-"));
  try {
    const tempSpec = join(work, "openapi.json");
    writeFileSync(tempSpec, JSON.stringify(portalSpec, null, 2));
    const rendered = join(work, "index.html");
    renderWithRedocly(tempSpec, rendered);
    const redoc = localizeRedoc(
      readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"), "utf8"),
    );
    const html = localizePage(
      readFileSync(rendered, "utf8"),
      redoc,
      config,
      guides.map((guide) => guide.slug),
    );

    rmSync(distDir, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, "index.html"), html);
    writeFileSync(join(distDir, "redoc.standalone.js"), redoc);
    copyFileSync(join(appDir, "assets", "favicon.svg"), join(distDir, "favicon.svg"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const remote = readdirSync(distDir).flatMap((file) =>
    findRemoteAssetUrls(readFileSync(join(distDir, file), "utf8")).map((url) => `${file}: ${url}`),
  );
  if (remote.length) {
    throw new Error(`The portal would load assets from the network:\n  ${remote.join("\n  ")}`);
  }

  // The compressed twins the static server sends to a browser that accepts them.
  const files = precompress(distDir);
  const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
  const onTheWire = files.reduce((sum, { bytes, br }) => sum + (br ?? bytes), 0);
  const operations = readOperations(portalSpec).length;
  console.log(`\nDocs portal built in ${relative(process.cwd(), distDir) || "."}/`);
  for (const { file, bytes } of files) {
    console.log(`  ${file.padEnd(22)} ${formatBytes(bytes).padStart(10)}`);
  }
  console.log(
    `  ${"page weight (total)".padEnd(22)} ${formatBytes(total).padStart(10)}  (${total} bytes)`,
  );
  console.log(
    `  ${"brotli (as served)".padEnd(22)} ${formatBytes(onTheWire).padStart(10)}  (${onTheWire} bytes)`,
  );
  console.log(`  ${operations} operations, ${portalSpec["x-tagGroups"].length} sidebar groups`);
  console.log(`  build time ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
}

/**
 * Redoc 3 shows an `x-codeSamples` entry only when its label is one of the configured languages
 * (`openapi.codeSamples.languages` in redocly.yaml): a sample that would silently vanish fails the
 * build instead.
 * @param {Record<string, any>} spec
 * @param {Record<string, any>} config
 */
function checkSampleLanguages(spec, config) {
  /** @type {{ label?: string, lang: string }[]} */
  const languages = config.openapi?.codeSamples?.languages ?? [];
  const configured = new Set(languages.map((l) => (l.label ?? l.lang).toLowerCase()));
  const labels = new Set(
    readOperations(spec).flatMap(({ operation }) =>
      (operation["x-codeSamples"] ?? []).map((/** @type {{ label: string }} */ s) => s.label),
    ),
  );
  const unlisted = [...labels].filter((label) => !configured.has(label.toLowerCase()));
  if (unlisted.length) {
    throw new Error(
      `Code sample labels missing from openapi.codeSamples.languages in redocly.yaml (Redoc would hide them): ${unlisted.join(", ")}`,
    );
  }
}

/**
 * Runs the package's own Redocly CLI.
 * @param {string} specFile
 * @param {string} output
 */
function renderWithRedocly(specFile, output) {
  const args = [
    redoclyCliPath,
    "build-docs",
    specFile,
    "--config",
    configPath,
    "--template",
    join(appDir, "template", "index.hbs"),
    "--title",
    "Vivamo API documentation",
    "--output",
    output,
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: appDir,
    encoding: "utf8",
    env: redoclyEnv,
  });
  const log = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    throw new Error(`redocly build-docs failed (exit ${result.status}):\n${log}`);
  }
  // Redocly lints redocly.yaml while loading it: the portal build must not hide a config warning.
  if (/warning|error/i.test(log.replace(/Deprecation warning: Node\.js[^\n]*/g, ""))) {
    console.log(log.trim());
  }
}

/**
 * The pinned Redoc bundle, minus its one hard-coded remote image: the "API docs by" attribution
 * logo in the sidebar footer, fetched from Redocly's CDN. It becomes an inline SVG that still
 * says "Redoc".
 * @param {string} bundle
 */
function localizeRedoc(bundle) {
  const logo = `data:image/svg+xml;base64,${readFileSync(join(appDir, "assets", "redoc-attribution.svg")).toString("base64")}`;
  let result = bundle;
  for (const url of [
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
    "https://cdn.redoc.ly/redoc/logo-mini.svg",
  ]) {
    const count = result.split(url).length - 1;
    if (count !== 1) {
      throw new Error(
        `Expected ${url} once in redoc.standalone.js, found it ${count} times: the redoc version changed; update localizeRedoc() in apps/docs/scripts/build.mjs.`,
      );
    }
    result = result.replace(url, logo);
  }
  const left = result.match(/https:\/\/cdn\.redoc\.ly\/[^`"'\s]*/g);
  if (left) throw new Error(`redoc.standalone.js still loads from the CDN: ${left.join(", ")}`);
  return result;
}

/**
 * Makes the rendered page self-contained: Redoc from ./redoc.standalone.js, telemetry off, the
 * Vivamo theme in place.
 * @param {string} html
 * @param {string} standalone The Redoc bundle the page loads.
 * @param {Record<string, any>} config
 * @param {string[]} guideSlugs
 */
function localizePage(html, standalone, config, guideSlugs) {
  const cdn = /https:\/\/cdn\.redocly\.com\/redoc\/[^"'\s]*\/redoc\.standalone\.js/g;
  const preload = /<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com\/[^"]*"[^>]*\/>/;
  if (!preload.test(html) || !cdn.test(html)) {
    throw new Error(
      "redocly build-docs no longer references Redoc on the CDN the way this script expects: update localizePage() in apps/docs/scripts/build.mjs.",
    );
  }
  const integrity = `sha384-${createHash("sha384").update(standalone).digest("base64")}`;
  let page = html
    .replace(
      preload,
      `<link rel="modulepreload" href="./redoc.standalone.js" integrity="${integrity}" />`,
    )
    .replace(cdn, "./redoc.standalone.js");

  // Redoc sends usage telemetry unless told not to; the CLI decides from the environment. Never.
  const options = /const __redoc_options = (\{.*\});/.exec(page);
  if (!options?.[1]) throw new Error("The rendered page has no __redoc_options");
  const redocOptions = { ...JSON.parse(options[1]), disableTelemetry: true };
  page = page.replace(
    options[0],
    `const __redoc_options = ${JSON.stringify(redocOptions).replace(/</g, "\\u003c")};`,
  );

  // Standards mode. The template cannot carry the doctype itself: a formatter's Handlebars printer
  // drops it when formatting the template.
  if (!/^\s*<!doctype html>/i.test(page)) page = `<!DOCTYPE html>\n${page.trimStart()}`;

  const placeholder = /\/\* VIVAMO_THEME_CSS:[^*]*\*\//;
  if (!placeholder.test(page)) {
    throw new Error("The page template lost its VIVAMO_THEME_CSS placeholder");
  }
  return page.replace(placeholder, () => themeToCss(config.openapi?.theme) + guidesCss(guideSlugs));
}

/** VIVAMO_MOCK_PORT (default 4010), the port `npm start` runs the mock on. */
function mockPort() {
  const raw = process.env.VIVAMO_MOCK_PORT || "4010";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`VIVAMO_MOCK_PORT must be a port number (1-65535), got "${raw}".`);
  }
  return port;
}

/** @param {number} bytes */
function formatBytes(bytes) {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(2)} MiB`
    : `${(bytes / 1024).toFixed(1)} KiB`;
}
