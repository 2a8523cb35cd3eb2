#!/usr/bin/env node
// @ts-check
// A check of the rules that does not depend on who labelled the corpus: every property of every
// component schema of the released spec is edited in turn (removed, made nullable, its required
// flag toggled, made an enum, string → integer, an enum value added), and each edit classified by
// the release gate. Counts the edits where TypeScript found a break the rules did not (a miss of
// the rules) and the edits nothing reported (a silent change).
//   node tools/api-changes/scripts/cross-check-typescript.mjs
import { readBundledSpec } from "@vivamo/spec-model/document";
import { classifyChanges } from "../src/classify.mjs";
import { findBaseline } from "../src/releases.mjs";

const root = new URL("../../..", import.meta.url).pathname;
const base = readBundledSpec(/** @type {{ file: string }} */ (findBaseline(root)).file);

/** @type {[string, (schema: Record<string, any>, property: string) => void][]} */
const EDITS = [
  ["removed", (schema, property) => delete schema.properties[property]],
  [
    "made nullable",
    (schema, property) => {
      const p = schema.properties[property];
      if (typeof p.type === "string") p.type = [p.type, "null"];
    },
  ],
  [
    "required toggled",
    (schema, property) => {
      const required = schema.required ?? [];
      schema.required = required.includes(property)
        ? required.filter((/** @type {string} */ x) => x !== property)
        : [...required, property];
    },
  ],
  [
    "made an enum",
    (schema, property) => {
      const p = schema.properties[property];
      if (p.type === "string" && !p.enum) p.enum = ["a"];
    },
  ],
  [
    "string → integer",
    (schema, property) => {
      const p = schema.properties[property];
      if (p.type === "string") p.type = "integer";
    },
  ],
  ["enum value added", (schema, property) => schema.properties[property].enum?.push("zzz")],
];

let edits = 0;
let missed = 0;
let silent = 0;
for (const [name, schema] of Object.entries(base.components.schemas)) {
  for (const property of Object.keys(schema.properties ?? {})) {
    for (const [what, edit] of EDITS) {
      const revision = structuredClone(base);
      edit(revision.components.schemas[name], property);
      if (JSON.stringify(revision) === JSON.stringify(base)) continue; // the edit did not apply
      edits++;
      const { changes } = await classifyChanges(base, revision);
      const typescriptOnly = changes.filter(
        (c) => c.foundBy.length === 1 && c.foundBy[0] === "typescript",
      );
      if (typescriptOnly.length) {
        missed++;
        console.log(
          `missed by the rules: ${name}.${property} ${what}: ${typescriptOnly.map((c) => c.path).join(", ")}`,
        );
      }
      if (changes.length === 0) {
        silent++;
        console.log(`nothing reported: ${name}.${property} ${what}`);
      }
    }
  }
}
console.log(
  `${edits} edits of the released spec: ${missed} with a break only TypeScript found, ${silent} with nothing reported.`,
);
