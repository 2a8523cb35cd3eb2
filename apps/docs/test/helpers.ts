// Shared by the tests: where things are, the bundled spec, and a small JSON Schema checker.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledSpec as spec } from "@vivamo/spec-tools/bundled";
import { derefIn } from "@vivamo/spec-model/document";
import type { OpenApiDocument } from "../src/portal-spec.mjs";

export const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = join(appDir, "dist");
export const samplesDir = join(appDir, "samples");
export const guidesDir = join(appDir, "guides");
export const resultsDir = join(appDir, "test-results");

/** The bundled spec the portal is built from: a fresh copy, for tests that change it. */
export function bundledSpec(): OpenApiDocument {
  return structuredClone(spec);
}

/** The built page; fails with a hint when the portal was not built. */
export function builtPage(): string {
  const file = join(distDir, "index.html");
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run the docs build first (pnpm --filter @vivamo/docs build)`,
    );
  }
  return readFileSync(file, "utf8");
}

/** The JSON schema of an operation's first 2xx JSON response. */
export function successSchema(operation: Record<string, any>): unknown {
  const [, response] =
    Object.entries(operation.responses ?? {}).find(([status]) => /^2/.test(status)) ?? [];
  return (response as any)?.content?.["application/json"]?.schema;
}

/**
 * Checks `value` against a JSON Schema (the subset the Vivamo spec uses: $ref, type, required,
 * properties, additionalProperties, items, enum, const, anyOf/oneOf/allOf, min/max, pattern).
 * Returns the problems found, empty when the value conforms.
 */
export function checkSchema(
  spec: OpenApiDocument,
  input: unknown,
  value: unknown,
  path = "$",
  depth = 0,
): string[] {
  const schema = derefIn(spec, input);
  if (schema === true || schema === undefined || depth > 32) return [];
  if (schema === false) return [`${path}: no value allowed`];
  const problems: string[] = [];
  if (schema.allOf) {
    for (const part of schema.allOf) {
      problems.push(...checkSchema(spec, part, value, path, depth + 1));
    }
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    if (!schema[key]) continue;
    const results = schema[key].map((part: unknown) =>
      checkSchema(spec, part, value, path, depth + 1),
    );
    if (!results.some((r: string[]) => r.length === 0)) {
      problems.push(
        `${path}: matches none of ${key} (${results.map((r: string[]) => r[0]).join("; ")})`,
      );
    }
  }
  if ("const" in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) {
    problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  }
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))
  ) {
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      return [...problems, `${path}: expected ${types.join(" | ")}, got ${JSON.stringify(value)}`];
    }
  }
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) {
      problems.push(`${path}: does not match ${schema.pattern}`);
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      problems.push(`${path}: shorter than ${schema.minLength}`);
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      problems.push(`${path}: longer than ${schema.maxLength}`);
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) {
      problems.push(`${path}: below ${schema.minimum}`);
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      problems.push(`${path}: above ${schema.maximum}`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      problems.push(`${path}: more than ${schema.maxItems} items`);
    }
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      problems.push(`${path}: fewer than ${schema.minItems} items`);
    }
    if (schema.items) {
      value.forEach((item, index) =>
        problems.push(...checkSchema(spec, schema.items, item, `${path}[${index}]`, depth + 1)),
      );
    }
  } else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in object)) problems.push(`${path}: missing required property ${name}`);
    }
    for (const [name, item] of Object.entries(object)) {
      const property = schema.properties?.[name];
      if (property !== undefined) {
        problems.push(...checkSchema(spec, property, item, `${path}.${name}`, depth + 1));
      } else if (schema.additionalProperties === false) {
        problems.push(`${path}: unexpected property ${name}`);
      } else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        problems.push(
          ...checkSchema(spec, schema.additionalProperties, item, `${path}.${name}`, depth + 1),
        );
      }
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}
