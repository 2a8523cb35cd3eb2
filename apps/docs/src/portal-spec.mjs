// @ts-check
// Turns the bundled spec into the docs portal's copy of it: guides as extra tags, sidebar tag
// groups, the logo, and code samples on every operation. Pure functions over plain objects, so the
// build script and the tests share them. Nothing here edits spec/: the result is a new object.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { derefIn } from "@vivamo/spec-model/document";
import { isLoopbackHostname } from "@vivamo/spec-model/http";
import { HTTP_METHODS, readOperations } from "@vivamo/spec-model/operations";

/** Marks the part of a sample file that the portal shows; everything else is test scaffolding. */
export const SAMPLE_START = "// docs-sample:start";
export const SAMPLE_END = "// docs-sample:end";

/** Folder of `samples/` with the samples generated from the spec's examples. */
export const GENERATED_SAMPLES = "generated";

/** Name of the sidebar group that holds the guides. */
export const GUIDES_GROUP = "Guides";
/** Name of the sidebar group that holds the tags of the spec, when the spec declares no groups. */
export const REFERENCE_GROUP = "API reference";

/**
 * @typedef {Record<string, any>} OpenApiDocument
 * @typedef {import("@vivamo/spec-model/operations").Operation} OperationEntry
 * @typedef {{ file: string, slug: string, name: string, description: string }} Guide
 * @typedef {{ lang: string, label: string, source: string }} CodeSample
 */

/**
 * The TypeScript sample file of each operation: `samples/<operationId>.ts` when one was written by
 * hand, else `samples/generated/<operationId>.ts` (made from the spec's examples by
 * `scripts/generate-samples.mjs`). Files starting with `_` are shared scaffolding, not samples.
 * @param {string} samplesDir
 * @returns {Map<string, string>} operationId → file path
 */
export function findSampleFiles(samplesDir) {
  /** @type {Map<string, string>} */
  const files = new Map();
  for (const dir of [join(samplesDir, GENERATED_SAMPLES), samplesDir]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (file.endsWith(".ts") && !file.startsWith("_")) {
        files.set(file.slice(0, -3), join(dir, file));
      }
    }
  }
  return files;
}

/**
 * Reads the Markdown guides, ordered by file name (`01-getting-started.md`, ...). The first
 * `# Heading` is the guide's name in the sidebar; the rest is its text.
 * @param {string} dir
 * @returns {Guide[]}
 */
export function loadGuides(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => parseGuide(file, readFileSync(join(dir, file), "utf8")));
}

/**
 * @param {string} file
 * @param {string} markdown
 * @returns {Guide}
 */
export function parseGuide(file, markdown) {
  const text = markdown.replace(/\r\n/g, "\n");
  const match = /^# +(.+)\n/.exec(text);
  if (!match?.[1]) throw new Error(`Guide ${file} must start with a "# Title" line.`);
  const slug = basename(file, ".md").replace(/^\d+-/, "");
  return {
    file,
    slug,
    name: match[1].trim(),
    description: text.slice(match[0].length).trim() + "\n",
  };
}

/**
 * The code shown in the portal for a sample file: the lines between the start/end markers,
 * de-indented. Several marked regions are joined with a blank line.
 * @param {string} source
 * @param {string} [file] For error messages.
 * @returns {string}
 */
export function extractSample(source, file = "sample") {
  const lines = source.replace(/\r\n/g, "\n").split("\n");
  /** @type {string[][]} */
  const regions = [];
  /** @type {string[] | undefined} */
  let current;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === SAMPLE_START) {
      if (current) throw new Error(`${file}:${index + 1}: nested "${SAMPLE_START}"`);
      current = [];
    } else if (trimmed === SAMPLE_END) {
      if (!current) throw new Error(`${file}:${index + 1}: "${SAMPLE_END}" without a start`);
      regions.push(current);
      current = undefined;
    } else if (current) {
      current.push(line);
    }
  });
  if (current) throw new Error(`${file}: "${SAMPLE_START}" is never closed`);
  if (regions.length === 0) {
    throw new Error(
      `${file}: no "${SAMPLE_START}" ... "${SAMPLE_END}" region to show in the portal`,
    );
  }
  return regions.map((region) => dedent(region).join("\n").trim()).join("\n\n");
}

/**
 * The TypeScript sample of an operation: the shared preamble (creating the client) followed by
 * the operation's own code. `import` lines of both are merged and put first.
 * @param {string} preamble
 * @param {string} body
 * @returns {string}
 */
export function composeTypeScriptSample(preamble, body) {
  /** @type {Map<string, { names: string[], types: string[] }>} */
  const imports = new Map();
  /** @type {string[]} */
  const rest = [];
  for (const part of [preamble, body]) {
    /** @type {string[]} */
    const lines = [];
    for (const line of part.split("\n")) {
      const match = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+["']([^"']+)["'];?\s*$/.exec(line);
      if (!match) {
        lines.push(line);
        continue;
      }
      const [, typeOnly, names = "", module = ""] = match;
      const entry = imports.get(module) ?? { names: [], types: [] };
      for (const raw of names
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean)) {
        const isType = Boolean(typeOnly) || raw.startsWith("type ");
        const name = raw.replace(/^type\s+/, "");
        const list = isType ? entry.types : entry.names;
        if (!list.includes(name)) list.push(name);
      }
      imports.set(module, entry);
    }
    const text = lines.join("\n").trim();
    if (text) rest.push(text);
  }
  const importLines = [...imports].map(([module, { names, types }]) => {
    const specifiers = [
      ...names,
      ...types.filter((name) => !names.includes(name)).map((name) => `type ${name}`),
    ];
    return `import { ${specifiers.join(", ")} } from "${module}";`;
  });
  return [importLines.join("\n"), ...rest].filter(Boolean).join("\n\n") + "\n";
}

/**
 * A curl command for an operation, built from the spec: method, URL with example path and query
 * parameters, auth header, and an example JSON body.
 * @param {OpenApiDocument} spec
 * @param {OperationEntry} entry
 * @param {{ serverUrl: string, authorization: string }} options `authorization` is the header
 *   value as it should appear in the shell, e.g. `Bearer $VIVAMO_API_KEY`.
 * @returns {string}
 */
export function curlSample(spec, entry, { serverUrl, authorization }) {
  const { method, path, operation } = entry;
  /** The parameter's example (as the spec's operation reader finds it), or one from its schema. */
  const valueOf = (/** @type {OperationEntry["pathParams"][number]} */ parameter) =>
    parameter.example ?? schemaExample(spec, parameter.schema);

  let url = serverUrl.replace(/\/+$/, "") + path;
  for (const parameter of entry.pathParams) {
    url = url.replace(
      `{${parameter.name}}`,
      encodeURIComponent(String(valueOf(parameter) ?? parameter.name)),
    );
  }
  /** @type {string[]} */
  const query = [];
  // Required query parameters, and the optional ones the spec gives an example for.
  for (const parameter of entry.queryParams) {
    const value = parameter.required ? valueOf(parameter) : parameter.example;
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      query.push(`${encodeURIComponent(parameter.name)}=${encodeURIComponent(String(item))}`);
    }
  }
  if (query.length) url += `?${query.join("&")}`;

  const lines = [`curl --request ${method.toUpperCase()}`, `--url ${shellQuote(url)}`];
  const hasSecurity = (operation.security ?? spec.security ?? []).some(
    (/** @type {object} */ requirement) => Object.keys(requirement).length > 0,
  );
  if (hasSecurity) lines.push(`--header "Authorization: ${authorization}"`);
  for (const parameter of entry.headerParams) {
    if (!parameter.required) continue;
    lines.push(`--header ${shellQuote(`${parameter.name}: ${valueOf(parameter) ?? ""}`)}`);
  }
  if (entry.requestBody) {
    const body =
      entry.requestBody.examples[0]?.value ?? schemaExample(spec, entry.requestBody.schema) ?? {};
    lines.push(`--header 'Content-Type: application/json'`);
    lines.push(`--data ${shellQuote(JSON.stringify(body, null, 2))}`);
  }
  return lines.join(" \\\n  ") + "\n";
}

/**
 * The portal's copy of the spec: guides prepended as trait tags, tag groups, logo, code samples.
 * Throws when an operation has no TypeScript sample, or a sample names no operation.
 * @param {OpenApiDocument} bundled The bundled spec (not modified).
 * @param {{
 *   guides: Guide[],
 *   logo?: { url: string, altText: string, href?: string },
 *   typeScriptSamples: Record<string, string>,
 *   productionServer?: string,
 *   mockServer?: string,
 * }} options `typeScriptSamples` maps operationId to the sample text shown in the portal.
 * @returns {OpenApiDocument}
 */
export function buildPortalSpec(bundled, options) {
  const spec = structuredClone(bundled);
  // The spec's one operation reader: the portal lists exactly what the client and the tests see.
  const operations = readOperations(spec);

  const missing = operations.filter((op) => !(op.operationId in options.typeScriptSamples));
  const known = new Set(operations.map((op) => op.operationId));
  const orphans = Object.keys(options.typeScriptSamples).filter((id) => !known.has(id));
  if (missing.length || orphans.length) {
    const problems = [
      ...missing.map(
        (op) =>
          `  - ${op.method.toUpperCase()} ${op.path} (${op.operationId}) has no sample: run \`pnpm generate\`, or write apps/docs/samples/${op.operationId}.ts`,
      ),
      ...orphans.map(
        (id) => `  - the sample ${id}.ts belongs to no operation of the spec (renamed or removed?)`,
      ),
    ];
    throw new Error(`Code samples are out of step with the spec:\n${problems.join("\n")}`);
  }

  // Redoc shows server descriptions as plain text: Markdown code marks would appear literally.
  // The local mock's entry gets the port the mock actually runs on (`mockServer`).
  const servers = /** @type {{ url: string, description?: string }[]} */ (spec.servers ?? []).map(
    (server) => ({
      ...server,
      url: options.mockServer && isLoopbackUrl(server.url) ? options.mockServer : server.url,
      ...(server.description !== undefined && {
        description: server.description.replace(/`([^`]*)`/g, "$1"),
      }),
    }),
  );
  if (spec.servers) spec.servers = servers;
  const productionServer =
    options.productionServer ??
    (
      servers.find((s) => /production/i.test(s.description ?? "")) ??
      servers.find((s) => s.url.startsWith("https://")) ??
      servers[0]
    )?.url;
  const mockServer = options.mockServer ?? servers.find((s) => isLoopbackUrl(s.url))?.url;
  if (!productionServer) throw new Error("The spec lists no server to use in the curl samples.");

  for (const entry of operations) {
    /** @type {CodeSample[]} */
    const samples = [
      {
        lang: "TypeScript",
        label: "TypeScript",
        source: /** @type {string} */ (options.typeScriptSamples[entry.operationId]),
      },
      {
        lang: "Shell",
        label: "curl",
        source: curlSample(spec, entry, {
          serverUrl: productionServer,
          authorization: "Bearer $VIVAMO_API_KEY",
        }),
      },
    ];
    if (mockServer) {
      samples.push({
        lang: "Shell",
        label: "curl (local mock)",
        source: curlSample(spec, entry, {
          serverUrl: mockServer,
          authorization: "Bearer sk_test_mock",
        }),
      });
    }
    entry.operation["x-codeSamples"] = samples;
  }

  const specTags = /** @type {{ name: string }[]} */ (spec.tags ?? []);
  // Operations and webhooks may use a tag that the tags list does not declare; with tag groups
  // such a tag would vanish from the sidebar, so it is added.
  const webhookOperations = Object.values(spec.webhooks ?? {}).flatMap((item) =>
    HTTP_METHODS.map((method) => item?.[method]).filter(Boolean),
  );
  for (const operation of [...operations.map((op) => op.operation), ...webhookOperations]) {
    for (const name of operation.tags ?? []) {
      if (!specTags.some((tag) => tag.name === name)) specTags.push({ name });
    }
  }
  for (const guide of options.guides) {
    const clash = specTags.find(
      (tag) => [guide.slug, guide.name].includes(tag.name) || tag.name.toLowerCase() === guide.slug,
    );
    if (clash) {
      throw new Error(
        `Guide ${guide.file} clashes with the spec's tag "${clash.name}": rename the guide.`,
      );
    }
  }
  spec.tags = [
    // The tag name (its URL: /getting-started) comes from the file name; the title is shown.
    ...options.guides.map((guide) => ({
      name: guide.slug,
      "x-displayName": guide.name,
      description: guide.description,
      "x-traitTag": true,
    })),
    ...specTags,
  ];

  /** @type {{ name: string, tags: string[] }[]} */
  const specGroups = spec["x-tagGroups"] ?? [
    { name: REFERENCE_GROUP, tags: specTags.map((t) => t.name) },
  ];
  const grouped = new Set(specGroups.flatMap((group) => group.tags));
  const ungrouped = specTags.map((t) => t.name).filter((name) => !grouped.has(name));
  if (ungrouped.length) specGroups.push({ name: "Other", tags: ungrouped });
  spec["x-tagGroups"] = [
    ...(options.guides.length
      ? [{ name: GUIDES_GROUP, tags: options.guides.map((g) => g.slug) }]
      : []),
    ...specGroups,
  ];

  if (options.logo) spec.info = { ...spec.info, "x-logo": options.logo };
  return spec;
}

/**
 * A plausible value for a schema, from its examples, defaults and types.
 * @param {OpenApiDocument} spec
 * @param {any} input
 * @param {number} [depth]
 * @returns {unknown}
 */
export function schemaExample(spec, input, depth = 0) {
  const schema = derefIn(spec, input);
  if (!schema || typeof schema !== "object" || depth > 8) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    return Object.assign(
      {},
      ...schema.allOf.map((/** @type {any} */ s) => schemaExample(spec, s, depth + 1)),
    );
  }
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return schemaExample(spec, variant, depth + 1);
  const type = Array.isArray(schema.type)
    ? schema.type.find((/** @type {string} */ t) => t !== "null")
    : schema.type;
  switch (type ?? (schema.properties ? "object" : undefined)) {
    case "object": {
      /** @type {Record<string, unknown>} */
      const result = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const value = schemaExample(spec, property, depth + 1);
        if (value !== undefined) result[name] = value;
      }
      return result;
    }
    case "array": {
      const item = schemaExample(spec, schema.items ?? {}, depth + 1);
      return item === undefined ? [] : [item];
    }
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "string":
      return stringExample(schema.format);
    default:
      return undefined;
  }
}

/** @param {string | undefined} format */
function stringExample(format) {
  switch (format) {
    case "date-time":
      return "2025-06-05T04:57:11.151Z";
    case "date":
      return "2025-06-05";
    case "email":
      return "demo@vivamo.co";
    case "uri":
    case "url":
      return "https://example.com";
    case "uuid":
      return "42cd8fa2-69da-4813-a312-eb061f9e535d";
    default:
      return "string";
  }
}

/**
 * Quotes a string for a POSIX shell.
 * @param {string} value
 */
export function shellQuote(value) {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Removes the common leading indentation of non-blank lines.
 * @param {string[]} lines
 * @returns {string[]}
 */
function dedent(lines) {
  const indents = lines
    .filter((line) => line.trim())
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd());
}

/**
 * URLs in built HTML/JS/CSS that a browser would fetch from another host: script/img/iframe/
 * source `src`, stylesheet/preload/icon/manifest `href`, CSS `url()` and `@import`, ES `import`
 * specifiers. Plain links (`<a href>`) and URLs in text are not assets.
 * @param {string} text
 * @returns {string[]}
 */
export function findRemoteAssetUrls(text) {
  const remote = /^(?:https?:)?\/\//i;
  /** @type {Set<string>} */
  const found = new Set();
  const patterns = [
    /<(?:script|img|iframe|source|audio|video|embed|track|input)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi,
    /<img\b[^>]*?\bsrcset\s*=\s*["']([^"']+)/gi,
    /<link\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)/gi,
    /<object\b[^>]*?\bdata\s*=\s*["']?([^"'\s>]+)/gi,
    /url\(\s*["']?([^"')\s]+)/gi,
    /@import\s+["']([^"']+)/gi,
    /\bimport\s*(?:[\w${}\s,*]+\s+from\s*)?["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? "";
      for (const url of value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")) {
        if (remote.test(url)) found.add(url);
      }
    }
  }
  return [...found];
}

/**
 * The API definition embedded in a page built by `redocly build-docs`.
 * @param {string} html
 * @returns {OpenApiDocument}
 */
export function readEmbeddedDefinition(html) {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match?.[1]) throw new Error("The page embeds no __redoc_definition");
  return JSON.parse(match[1]);
}

/**
 * True for a plain-HTTP URL on this machine (the local mock's server entry).
 * @param {string} url
 */
function isLoopbackUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" && isLoopbackHostname(parsed.hostname);
  } catch {
    return false; // a relative or templated server URL
  }
}
