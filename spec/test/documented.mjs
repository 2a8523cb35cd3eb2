// Checks of what must hold for the documented parts of the spec, written so that an additional
// optional field, enum value, response or operation never fails them: they name what the
// documentation promises and check that it is there, as documented, not that nothing else is.
// Whether a change is additive or breaking is the release gate's job (tools/api-changes).
import { expect } from "vitest";

/**
 * Every documented field exists with its type (a JSON type, or the component name its `$ref`
 * points to) and its required-ness. Fields the documentation does not name are not checked here.
 * @param {{ required?: string[], properties?: Record<string, any> }} schema an object schema
 * @param {Record<string, { type: string | string[], required: boolean }>} fields
 */
export function expectDocumentedFields(schema, fields, where = "schema") {
  const required = new Set(schema.required ?? []);
  for (const [name, { type, required: isRequired }] of Object.entries(fields)) {
    const property = schema.properties?.[name];
    expect(property, `${where}.${name} is documented`).toBeDefined();
    const actual = property.$ref ? property.$ref.split("/").pop() : property.type;
    expect(actual, `${where}.${name} type`).toEqual(type);
    expect(required.has(name), `${where}.${name} is ${isRequired ? "required" : "optional"}`).toBe(
      isRequired,
    );
  }
}

/** Every documented value is allowed, each once; values added later are not a failure. */
export function expectDocumentedValues(values, documented, where = "enum") {
  expect(values, where).toEqual(expect.arrayContaining(documented));
  expect(new Set(values).size, `${where} has no duplicates`).toBe(values.length);
}
