// @ts-check
// The stateful mock's first records come from the spec's own examples: whatever an operation's
// documented answer shows (a customer, a payment intent, a payout awaiting approval) exists in the
// store from the start, so a test can read it, decide on it or pay with it without creating it.
import { derefIn } from "@vivamo/spec-model/document";

/**
 * Every value inside `value` that sits where `schema` places the component `#/components/schemas/<name>`
 * (the value itself, an item of an array, a property of an object, at any depth).
 * @param {any} spec
 * @param {any} schema
 * @param {unknown} value
 * @param {string} ref `#/components/schemas/<name>`
 * @param {any[]} [found]
 * @returns {any[]}
 */
export function recordsIn(spec, schema, value, ref, found = []) {
  if (schema?.$ref === ref) {
    found.push(value);
    return found;
  }
  const node = derefIn(spec, schema);
  if (!node || value === null || typeof value !== "object") return found;
  if (Array.isArray(value)) {
    if (node.items) for (const item of value) recordsIn(spec, node.items, item, ref, found);
    return found;
  }
  for (const [key, child] of Object.entries(value)) {
    if (node.properties?.[key]) recordsIn(spec, node.properties[key], child, ref, found);
  }
  return found;
}

/**
 * The records of one schema that the success examples of the spec's operations show, one per
 * `key`. When two examples show the same record differently, the example of an operation that
 * answers with exactly one record (its Get) wins over a list's: it is the record as documented.
 * @param {any} spec
 * @param {import("@vivamo/spec-model/operations").Operation[]} operations
 * @param {string} schemaName e.g. `Customer`
 * @param {string} key the identifying property, e.g. `externalCustomerId`
 * @returns {any[]} structured clones, in document order of their first appearance
 */
export function seedRecords(spec, operations, schemaName, key) {
  const ref = `#/components/schemas/${schemaName}`;
  /** @type {Map<string, { record: any, single: boolean }>} */
  const byKey = new Map();
  for (const operation of operations) {
    const response = operation.response;
    if (!response) continue;
    const single = response.schema?.$ref === ref;
    for (const example of response.examples) {
      for (const record of recordsIn(spec, response.schema, example.value, ref)) {
        const id = record?.[key];
        if (typeof id !== "string") continue;
        const known = byKey.get(id);
        if (!known || (single && !known.single)) byKey.set(id, { record, single });
      }
    }
  }
  return [...byKey.values()].map(({ record }) => structuredClone(record));
}
