// A request media type added is a feature: the rules say so, and TypeScript's finding about it
// (the generated body type has one key per media type, so old bodies "lack" the new key) is an
// artefact of the generator that the gate leaves out (classify.mjs, withoutGeneratorArtefacts).
import { readBundledSpec } from "@vivamo/spec-model/document";
import { expect, test } from "vitest";
import { classifyChanges } from "../src/classify.mjs";
import { findBaseline } from "../src/releases.mjs";
import { repoRoot } from "./scratch.mjs";

test("a request media type added is a feature, not a break found by TypeScript", async () => {
  const released = readBundledSpec(/** @type {{ file: string }} */ (findBaseline(repoRoot)).file);
  const edited = structuredClone(released);
  const content = edited.paths["/customers"].post.requestBody.content;
  content["application/x-www-form-urlencoded"] = structuredClone(content["application/json"]);

  const { bump, changes } = await classifyChanges(released, edited);
  expect(changes).toEqual([
    expect.objectContaining({
      rule: "request-media-type-added",
      level: "feature",
      path: "POST /customers request body (application/x-www-form-urlencoded)",
    }),
  ]);
  expect(bump).toBe("minor");
}, 60_000);

test("TypeScript still catches a body that old requests no longer fit", async () => {
  const released = readBundledSpec(/** @type {{ file: string }} */ (findBaseline(repoRoot)).file);
  const edited = structuredClone(released);
  const content = edited.paths["/customers"].post.requestBody.content;
  content["application/json"].schema = {
    type: "object",
    required: ["x"],
    properties: { x: { type: "string" } },
  };

  const { changes } = await classifyChanges(released, edited);
  expect(changes.some((change) => change.foundBy.includes("typescript"))).toBe(true);
}, 60_000);
