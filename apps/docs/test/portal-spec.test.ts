// Unit tests of the build's pieces: sample extraction, curl generation, the portal spec, the theme,
// the remote-asset scan.
import { describe, expect, test } from "vitest";
import { readOperations } from "@vivamo/spec-model/operations";
import {
  buildPortalSpec,
  composeTypeScriptSample,
  curlSample,
  extractSample,
  findRemoteAssetUrls,
  parseGuide,
  shellQuote,
} from "../src/portal-spec.mjs";
import { guidesCss, mix, themeToCss } from "../src/theme.mjs";

const tinySpec = () => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  servers: [
    { url: "https://api.example.com/v1", description: "Production" },
    { url: "http://127.0.0.1:4010", description: "Local mock" },
  ],
  security: [{ bearerAuth: [] }],
  tags: [{ name: "Things" }],
  paths: {
    "/things/{thingId}": {
      parameters: [
        { name: "thingId", in: "path", required: true, schema: { type: "string" }, example: "t 1" },
      ],
      get: {
        operationId: "getThing",
        tags: ["Things"],
        parameters: [
          { name: "expand", in: "query", schema: { type: "boolean" }, example: true },
          { name: "noExample", in: "query", schema: { type: "string" } },
        ],
        responses: { "200": { description: "ok" } },
      },
      post: {
        operationId: "updateThing",
        tags: ["Other"],
        requestBody: {
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Thing" },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        properties: {
          name: { type: "string", example: "it's" },
          size: { type: "integer", minimum: 2 },
        },
      },
    },
  },
});

describe("extractSample", () => {
  test("keeps the marked lines, de-indented, and drops the scaffolding", () => {
    const source = [
      "import type { X } from 'x';",
      "export async function run() {",
      "  // docs-sample:start",
      "  const a = 1;",
      "  if (a) {",
      "    console.log(a);",
      "  }",
      "  // docs-sample:end",
      "  return a;",
      "}",
    ].join("\n");
    expect(extractSample(source)).toBe("const a = 1;\nif (a) {\n  console.log(a);\n}");
  });

  test("refuses a file without markers, or with unbalanced ones", () => {
    expect(() => extractSample("const a = 1;", "a.ts")).toThrow(
      /a.ts: no "\/\/ docs-sample:start"/,
    );
    expect(() => extractSample("// docs-sample:start\nx", "b.ts")).toThrow(/never closed/);
    expect(() => extractSample("// docs-sample:end", "c.ts")).toThrow(/without a start/);
  });
});

test("composeTypeScriptSample merges the imports of the preamble and the body", () => {
  const preamble =
    'import { createVivamoClient } from "@vivamo/api-client";\n\nconst vivamo = createVivamoClient();';
  const body =
    'import { VivamoApiError, type VivamoClient } from "@vivamo/api-client";\nawait vivamo.GET("/x");';
  expect(composeTypeScriptSample(preamble, body)).toBe(
    'import { createVivamoClient, VivamoApiError, type VivamoClient } from "@vivamo/api-client";\n\n' +
      'const vivamo = createVivamoClient();\n\nawait vivamo.GET("/x");\n',
  );
});

describe("curlSample", () => {
  const spec = tinySpec();
  const [get, post] = readOperations(spec);

  test("fills path and query parameters from their examples", () => {
    expect(
      curlSample(spec, get!, {
        serverUrl: "https://api.example.com/v1/",
        authorization: "Bearer $KEY",
      }),
    ).toBe(
      [
        "curl --request GET \\",
        "  --url 'https://api.example.com/v1/things/t%201?expand=true' \\",
        '  --header "Authorization: Bearer $KEY"',
        "",
      ].join("\n"),
    );
  });

  test("adds a JSON body built from the schema, quoted for the shell", () => {
    const sample = curlSample(spec, post!, {
      serverUrl: "http://127.0.0.1:4010",
      authorization: "Bearer x",
    });
    expect(sample).toContain("--header 'Content-Type: application/json'");
    expect(sample).toContain(`--data '{\n  "name": "it'\\''s",\n  "size": 2\n}'`);
  });

  test("shellQuote leaves plain words alone", () => {
    expect(shellQuote("https://a.b/c")).toBe("https://a.b/c");
    expect(shellQuote("a b")).toBe("'a b'");
  });
});

describe("buildPortalSpec", () => {
  const guides = [parseGuide("01-start-here.md", "# Start here\n\nHello.\n")];

  test("fails, naming the file to add, when an operation has no sample", () => {
    expect(() =>
      buildPortalSpec(tinySpec(), { guides, typeScriptSamples: { getThing: "x" } }),
    ).toThrow(
      /POST \/things\/\{thingId\} \(updateThing\) has no sample: run `pnpm generate`, or write apps\/docs\/samples\/updateThing\.ts/,
    );
  });

  test("fails when a sample belongs to no operation", () => {
    expect(() =>
      buildPortalSpec(tinySpec(), {
        guides,
        typeScriptSamples: { getThing: "x", updateThing: "y", gone: "z" },
      }),
    ).toThrow(/the sample gone\.ts belongs to no operation/);
  });

  test("adds samples, guides, groups and the logo without touching its input", () => {
    const input = tinySpec();
    const before = JSON.stringify(input);
    const portal = buildPortalSpec(input, {
      guides,
      typeScriptSamples: { getThing: "ts1", updateThing: "ts2" },
      logo: { url: "data:image/svg+xml;base64,AA==", altText: "Logo" },
    });
    expect(JSON.stringify(input)).toBe(before);
    const [get] = readOperations(portal);
    expect(get!.operation["x-codeSamples"].map((s: { label: string }) => s.label)).toEqual([
      "TypeScript",
      "curl",
      "curl (local mock)",
    ]);
    expect(portal.tags[0]).toEqual({
      name: "start-here",
      "x-displayName": "Start here",
      description: "Hello.\n",
      "x-traitTag": true,
    });
    // "Other" is used by an operation without being declared: it still gets into the sidebar.
    expect(portal["x-tagGroups"]).toEqual([
      { name: "Guides", tags: ["start-here"] },
      { name: "API reference", tags: ["Things", "Other"] },
    ]);
    expect(portal.info["x-logo"].altText).toBe("Logo");
  });

  test("points the local mock's server entry and curl samples at mockServer, in plain text", () => {
    const input = tinySpec();
    input.servers[1]!.description = "Local mock (started by `npm start`)";
    const portal = buildPortalSpec(input, {
      guides: [],
      typeScriptSamples: { getThing: "a", updateThing: "b" },
      mockServer: "http://127.0.0.1:5123",
    });
    expect(portal.servers).toEqual([
      { url: "https://api.example.com/v1", description: "Production" },
      { url: "http://127.0.0.1:5123", description: "Local mock (started by npm start)" },
    ]);
    const [get] = readOperations(portal);
    const local = get!.operation["x-codeSamples"].find(
      (s: { label: string }) => s.label === "curl (local mock)",
    );
    expect(local.source).toContain("http://127.0.0.1:5123/things/");
  });

  test("puts a tag used only by a webhook in the sidebar too", () => {
    const input = {
      ...tinySpec(),
      webhooks: { thingHappened: { post: { tags: ["Events"], responses: {} } } },
    };
    const portal = buildPortalSpec(input, {
      guides: [],
      typeScriptSamples: { getThing: "a", updateThing: "b" },
    });
    expect(portal["x-tagGroups"]).toEqual([
      { name: "API reference", tags: ["Things", "Other", "Events"] },
    ]);
  });

  test("keeps the spec's own tag groups", () => {
    const input = { ...tinySpec(), "x-tagGroups": [{ name: "Core", tags: ["Things"] }] };
    const portal = buildPortalSpec(input, {
      guides: [],
      typeScriptSamples: { getThing: "a", updateThing: "b" },
    });
    expect(portal["x-tagGroups"]).toEqual([
      { name: "Core", tags: ["Things"] },
      { name: "Other", tags: ["Other"] },
    ]);
  });
});

test("parseGuide needs a title", () => {
  expect(() => parseGuide("x.md", "no title")).toThrow(/must start with a "# Title"/);
});

describe("findRemoteAssetUrls", () => {
  test("finds what a browser would fetch", () => {
    const html = [
      '<script src="https://cdn.example.com/a.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.com/css">',
      "<style>body { background: url('https://img.example.com/b.png') }</style>",
      '<script type="module">import { x } from "https://esm.example.com/x.js";</script>',
      '<img srcset="./a.png 1x, https://img.example.com/c.png 2x">',
    ].join("\n");
    expect(findRemoteAssetUrls(html).sort()).toEqual([
      "//fonts.example.com/css",
      "https://cdn.example.com/a.js",
      "https://esm.example.com/x.js",
      "https://img.example.com/b.png",
      "https://img.example.com/c.png",
    ]);
  });

  test("ignores links and text", () => {
    const html =
      '<a href="https://docs.example.com">docs</a> see https://example.com <script src="./r.js"></script>';
    expect(findRemoteAssetUrls(html)).toEqual([]);
  });
});

describe("theme", () => {
  test("turns redocly.yaml's theme into Redoc 3 CSS variables", () => {
    const css = themeToCss({
      colors: { primary: { main: "#0b6e4f" } },
      typography: { fontFamily: "system-ui, sans-serif", code: { fontFamily: "monospace" } },
      sidebar: { backgroundColor: "#fff" },
    });
    expect(css).toContain("--color-brand-6: #0b6e4f;");
    expect(css).toContain("--color-brand-1: #");
    expect(css).toContain("--font-family-base: system-ui, sans-serif;");
    expect(css).toContain("--font-family-monospaced: monospace;");
    expect(css).toContain("--sidebar-bg-color: #fff;");
    expect(css).not.toContain("undefined");
    // Light-only colours stay out of Redoc's dark mode.
    const [always, lightOnly] = css.split("html:root:not(.dark) {");
    expect(always).toContain("--font-family-base");
    expect(always).not.toContain("--sidebar-bg-color");
    expect(lightOnly).toContain("--sidebar-bg-color: #fff;");
  });

  test("gives the guides' sections the right panel's width", () => {
    const css = guidesCss(["getting-started", "pagination"]);
    expect(css).toContain('[id="getting-started"], [id^="getting-started/"], [id="pagination"]');
    expect(css).toContain('[data-testid="right-panel"] {\n  display: none !important;');
    expect(guidesCss([])).toBe("");
    expect(() => guidesCss(['x"]'])).toThrow(/slug/);
  });

  test("mixes colours towards white and black", () => {
    expect(mix("#000000", 1)).toBe("#ffffff");
    expect(mix("#ffffff", -1)).toBe("#000000");
    expect(mix("#808080", 0)).toBe("#808080");
  });

  test("refuses values that could break out of the style element", () => {
    expect(() => themeToCss({ typography: { fontFamily: "x; } body { display: none" } })).toThrow(
      /Unsafe/,
    );
    expect(() => themeToCss({ colors: { primary: { main: "teal" } } })).toThrow(/hex/);
  });
});
