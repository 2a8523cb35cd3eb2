// Compiles the response schemas into Ajv standalone code: plain JavaScript validation functions
// with no Ajv runtime (no compiler, no `new Function` at run time, so it also works under a strict
// Content-Security-Policy). Renders src/generated/validators.js and its .d.ts.
import { Ajv2020 } from "ajv/dist/2020.js";
import { fastFormats, fullFormats } from "ajv-formats/dist/formats.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { _ } from "ajv/dist/compile/codegen/index.js";

const BANNER = [
  "// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate-validators.mjs.",
  "// Do not edit: change the spec and run `pnpm generate`.",
];

/**
 * The module text of the validators (from responseSchemas()) and of its types: one function per
 * shared schema (a component), called by every response that uses it, and one per response.
 * @returns {{ js: string, dts: string }}
 */
export function renderValidators({ operations, shared }) {
  const ajv = new Ajv2020({
    // Unknown keywords and formats fail here, at generate time, instead of being ignored.
    strict: true,
    // The first error is all the client reports; stopping there is faster.
    allErrors: false,
    // A format that is a function comes from ajv-formats at run time as `formats` (see
    // `imports` below); formats that are regular expressions are written into the code.
    code: { source: true, esm: true, lines: true, formats: _`formats` },
    // Every `$ref` calls the one function of its schema; inlining would copy each component into
    // every response that uses it (the validation chunk grew by about 590 B min+gzip per operation).
    inlineRefs: false,
  });
  addRegExpFormats(ajv);
  for (const { pointer, schema } of shared) {
    ajv.addSchema(schema);
    locate(ajv, schema.$id, pointer);
  }

  const exportsByName = {};
  for (const { operationId, responses } of operations) {
    for (const { status, schema, pointer } of responses) {
      if (schema === null) continue;
      const name = exportName(operationId, status);
      ajv.addSchema(schema, name);
      locate(ajv, name, pointer);
      exportsByName[name] = name;
    }
  }
  const code = esmRuntimeImports(standaloneCode.default(ajv, exportsByName));

  const imports = /\bformats\[/.test(code)
    ? ['import { fullFormats as formats } from "ajv-formats/dist/formats.js";']
    : [];
  const table = operations.map(({ operationId, pointer, responses }) => {
    const statuses = responses.map(({ status, schema }) => {
      const entry = schema === null ? "null" : exportName(operationId, status);
      return `    ${JSON.stringify(status)}: ${entry},`;
    });
    return [
      `  ${operationId}: {`,
      `    responses: ${JSON.stringify(`${pointer}/responses`)},`,
      `    statuses: {`,
      ...statuses.map((line) => `  ${line}`),
      `    },`,
      `  },`,
    ].join("\n");
  });

  const js = [
    ...BANNER,
    "/* eslint-disable */",
    ...imports,
    code,
    "",
    "/** Per operationId: where its responses are in the spec, and a validator per 2xx status. */",
    `export const responseValidators = {\n${table.join("\n")}\n};`,
    "",
  ].join("\n");

  return { js, dts: DTS };
}

/**
 * The formats of ajv-formats (date-time, email, uri, ipv4, ...), each as a regular expression
 * when there is one: Ajv then writes it into the generated code, so the module imports nothing.
 * ajv-formats' "full" date-time, date, time and uri are functions (a CommonJS module that would
 * also cost the client's main chunk the bundler's CommonJS helpers), so those four use its
 * "fast" regular expressions: the same syntax, without checking that the day exists in that
 * month. Formats with neither (int32, regex, ...) stay functions, imported from ajv-formats.
 */
function addRegExpFormats(ajv) {
  const regExpOf = (format) => {
    if (format instanceof RegExp) return format;
    if (format?.validate instanceof RegExp && !format.type) return format.validate;
    return undefined;
  };
  for (const [name, full] of Object.entries(fullFormats)) {
    ajv.addFormat(name, regExpOf(full) ?? regExpOf(fastFormats[name]) ?? full);
  }
}

/**
 * Makes the spec location `pointer` the root of the `schemaPath` of the errors of the schema added
 * as `key`. Ajv writes an error's schemaPath from the root of the compiled function holding the
 * failing keyword (`#/properties/email/format`); a shared schema is a function of its own, so
 * without this the client could not tell which component failed. Ajv takes the root from the
 * schema's `SchemaEnv.schemaPath` (Ajv 8, which sets it nowhere itself), before compiling it.
 */
function locate(ajv, key, pointer) {
  const env = ajv.schemas[key];
  if (!env) throw new Error(`Ajv has no schema ${key} to locate at ${pointer}.`);
  env.schemaPath = pointer;
}

/** `listCustomers` + `200` → `listCustomers200`; `2XX` → `listCustomers2XX`. */
const exportName = (operationId, status) => `${operationId}${status}`;

/**
 * Ajv writes `require("ajv/dist/runtime/…")` for the helpers some keywords need (`ucs2length` for
 * minLength/maxLength, `equal` for uniqueItems of objects, ...) even with `esm: true`. Turn each
 * into an import, so the module stays ESM and a bundler includes just that helper. The helpers
 * are CommonJS: Node hands an ESM importer `module.exports`, bundlers its `default`, hence `pick`.
 * (The bundler's CommonJS helpers then land in the chunk shared with the client, about 70 B
 * min+gzip of the default import: the spec needs none of these keywords today.)
 */
function esmRuntimeImports(code) {
  const imports = [];
  const converted = code.replace(
    /require\("ajv\/dist\/runtime\/([\w]+)"\)\.(\w+)/g,
    (_match, helper, property) => {
      const name = `runtime_${helper}_${property}`;
      if (!imports.some((line) => line.includes(` ${name}Module `))) {
        imports.push(`import * as ${name}Module from "ajv/dist/runtime/${helper}.js";`);
        imports.push(`const ${name} = pick(${name}Module, ${JSON.stringify(property)});`);
      }
      return name;
    },
  );
  if (/\brequire\(/.test(converted)) {
    throw new Error("Ajv's standalone code requires a module this generator cannot import yet.");
  }
  if (imports.length === 0) return converted;
  const pick =
    "function pick(module, name) {\n" +
    '  return typeof module[name] === "function" ? module[name] : module.default[name];\n' +
    "}";
  return [...imports, pick, converted].join("\n");
}

const DTS = `${BANNER.join("\n")}

/** One of Ajv's error objects (the fields the client reads). */
export interface ResponseValidationError {
  /** JSON pointer of the value that failed ("" is the whole body). */
  instancePath: string;
  /** Where the failing keyword is in the spec, e.g. "#/components/schemas/CustomerList/properties/page/type". */
  schemaPath: string;
  /** The JSON Schema keyword that failed: "type", "required", "additionalProperties", ... */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled schema: true when the body is valid, otherwise false with \`errors\` set. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ResponseValidationError[] | null;
}

export interface OperationValidators {
  /** JSON pointer of the operation's \`responses\` in the spec. */
  responses: string;
  /** By documented status ("200", "2XX"); null when that status documents no JSON body. */
  statuses: Readonly<Record<string, CompiledValidator | null>>;
}

export declare const responseValidators: Readonly<Record<string, OperationValidators>>;
`;
