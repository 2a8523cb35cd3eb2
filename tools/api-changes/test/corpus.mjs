// @ts-check
// The labelled corpus: test/fixtures/*.yaml, one file per rule family, each case a base/revision
// pair with the level a human expects and why. Cases are written as small fragments and expanded
// here into whole OpenAPI documents, so 150+ pairs stay reviewable:
//
//   kind: schema    a case is one schema before and after; it is placed on every side a schema
//                   sits on (request body, query parameter, response body, response header,
//                   webhook payload, webhook answer) and labelled per direction: `request:` is the
//                   level where the integrator sends the value (request body, parameter, and what
//                   its webhook handler answers), `response:` where it reads it (response body,
//                   header, and a webhook payload, which *we* send).
//   kind: document  a case is a fragment of a document (paths, webhooks, components, security)
//                   completed with `openapi` and `info`; `expect` names one rule and its level.
//   kind: invalid   a case is a document that is not valid OpenAPI; `expect.error` is part of
//                   the message the comparison must refuse it with.
//
// A case may set `openapi` (default 3.1.0), `components` (shared by both sides of a schema case),
// and `sides` (a schema case's sides, default all). `expect: none` means no change at all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SCHEMA_SIDES } from "../src/rules/schema-sides.mjs";

export const FIXTURES = join(import.meta.dirname, "fixtures");

/**
 * @typedef {{ rule: string, level: "breaking" | "feature" | "fix", path?: string } | "none" | { error: string }} Expectation
 * @typedef {{
 *   family: string,
 *   name: string,
 *   why: string | undefined,
 *   base: Record<string, any>,
 *   revision: Record<string, any>,
 *   expect: Expectation,
 * }} Pair
 */

/** @returns {Pair[]} every pair of every fixture file */
export function loadCorpus() {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .flatMap((file) =>
      expandFile(file.replace(/\.yaml$/, ""), parse(readFileSync(join(FIXTURES, file), "utf8"))),
    );
}

/**
 * @param {string} family
 * @param {{ kind: "schema" | "document" | "invalid", cases: any[] }} fixture
 * @returns {Pair[]}
 */
export function expandFile(family, fixture) {
  if (!Array.isArray(fixture?.cases)) throw new Error(`fixtures/${family}.yaml: no cases list`);
  return fixture.cases.flatMap((entry) => {
    // A labelled change says why it has its level; an invalid document's error says it.
    const needsWhy = fixture.kind !== "invalid";
    if (
      !entry.name ||
      !("base" in entry) ||
      !("revision" in entry) ||
      !entry.expect ||
      (needsWhy && !entry.why)
    ) {
      throw new Error(
        `fixtures/${family}.yaml: case ${entry.name ?? "(no name)"} needs name, base, revision, expect${needsWhy ? " and why" : ""}`,
      );
    }
    if (fixture.kind === "schema") return expandSchemaCase(family, entry);
    const document = (/** @type {any} */ fragment) => ({
      openapi: entry.openapi ?? "3.1.0",
      info: { title: "Corpus", version: "1.0.0" },
      ...fragment,
    });
    // An invalid document's case expects an error (its message) or "none"; any other expects the
    // changes as written.
    const expect =
      fixture.kind === "invalid" && entry.expect !== "none"
        ? { error: entry.expect.error }
        : entry.expect;
    return [
      {
        family,
        name: entry.name,
        why: entry.why,
        base: document(entry.base),
        revision: document(entry.revision),
        expect,
      },
    ];
  });
}

const OK = { 200: { description: "OK" } };

/**
 * Where a schema is placed on each side, as a document fragment.
 * @type {Record<string, (schema: any) => Record<string, any>>}
 */
const PLACE = {
  request: (schema) => ({
    paths: {
      "/things": {
        post: {
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: OK,
        },
      },
    },
  }),
  parameter: (schema) => ({
    paths: {
      "/things": { get: { parameters: [{ name: "q", in: "query", schema }], responses: OK } },
    },
  }),
  response: (schema) => ({
    paths: {
      "/things": {
        get: {
          responses: { 200: { description: "OK", content: { "application/json": { schema } } } },
        },
      },
    },
  }),
  "response-header": (schema) => ({
    paths: {
      "/things": {
        get: { responses: { 200: { description: "OK", headers: { "X-Thing": { schema } } } } },
      },
    },
  }),
  webhook: (schema) => ({
    webhooks: {
      thing: {
        post: { requestBody: { content: { "application/json": { schema } } }, responses: OK },
      },
    },
  }),
  "webhook-response": (schema) => ({
    webhooks: {
      thing: {
        post: {
          responses: { 200: { description: "OK", content: { "application/json": { schema } } } },
        },
      },
    },
  }),
};

/**
 * @param {string} family
 * @param {any} entry
 * @returns {Pair[]}
 */
function expandSchemaCase(family, entry) {
  const openapi = entry.openapi ?? "3.1.0";
  // OpenAPI 3.0 has no webhooks.
  const sides =
    entry.sides ??
    Object.keys(SCHEMA_SIDES).filter(
      (side) => !side.startsWith("webhook") || openapi.startsWith("3.1"),
    );
  return sides.map((/** @type {keyof typeof SCHEMA_SIDES} */ side) => {
    const document = (/** @type {any} */ schema) => ({
      openapi,
      info: { title: "Corpus", version: "1.0.0" },
      ...PLACE[side](schema),
      ...(entry.components ? { components: entry.components } : {}),
    });
    const { prefix, direction } = SCHEMA_SIDES[side];
    /** @type {Expectation} */
    const expect =
      entry.expect === "none"
        ? "none"
        : {
            rule: `${prefix}-${entry.expect.rule}`,
            level: entry.expect[direction],
            ...(entry.expect.path ? { path: entry.expect.path } : {}),
          };
    // Each side gets its own copy: a pair shares no object with another.
    return {
      family,
      name: `${entry.name} (${side})`,
      why: entry.why,
      base: structuredClone(document(entry.base)),
      revision: structuredClone(document(entry.revision)),
      expect,
    };
  });
}
