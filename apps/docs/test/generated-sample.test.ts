// The samples generated from the spec's examples (src/generated-sample.mjs). The generated files
// themselves are type-checked by `tsc` and run against Prism by samples.test.ts; this checks what
// the generator does with every operation, and what it says when the spec lacks an example.
import { readOperations } from "@vivamo/spec-model/operations";
import { describe, expect, test } from "vitest";
import { renderGeneratedSample } from "../src/generated-sample.mjs";
import { extractSample } from "../src/portal-spec.mjs";
import { bundledSpec } from "./helpers.js";

const operations = readOperations(bundledSpec());

describe("generated samples", () => {
  test.each(operations.map((op) => [op.operationId, op] as const))(
    "%s: calls its client method with the spec's examples",
    (_, operation) => {
      const shown = extractSample(renderGeneratedSample(operation));
      expect(shown).toContain(`await vivamo.${operation.sdk!.resource}.${operation.sdk!.method}(`);
      for (const parameter of operation.pathParams) {
        expect(shown).toContain(JSON.stringify(parameter.example));
      }
      const example = operation.requestBody?.examples[0]?.value as Record<string, unknown>;
      if (operation.requestBody?.field) {
        expect(shown).toContain(JSON.stringify(example[operation.requestBody.field]));
      }
    },
  );

  test("names the example to add when the spec has none", () => {
    const get = operations.find((op) => op.pathParams.length > 0)!;
    const withoutExample = {
      ...get,
      pathParams: get.pathParams.map((p) => ({ ...p, example: undefined })),
    };
    expect(() => renderGeneratedSample(withoutExample)).toThrow(
      new RegExp(`add an \`example\` to the path parameter ${get.pathParams[0]!.name}`),
    );
    const post = operations.find((op) => op.requestBody)!;
    const withoutBodyExample = { ...post, requestBody: { ...post.requestBody!, examples: [] } };
    expect(() => renderGeneratedSample(withoutBodyExample)).toThrow(/add a request body example/);
  });
});
