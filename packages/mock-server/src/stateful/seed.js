// @ts-check
// The stateful mock's first records come from the spec's own examples: whatever an operation's
// documented answer shows (a customer, a payment intent, a payout awaiting approval) exists in the
// store from the start, so a test can read it, decide on it or pay with it without creating it.
// A custom seed of the same shape replaces them, checked against the same schemas.
import { derefIn } from "@vivamo/spec-model/document";
import { specValidator } from "../validator.js";

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
 * @param {{ response?: { schema: any, examples: { value: unknown }[] } | undefined }[]} operations
 *   the spec's operations (only their success response is read)
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

/**
 * What a seed holds: each collection's records are of one schema of the spec, named by one key.
 * A custom seed (`seed` option, `--seed` file) has the same shape.
 */
export const SEED_COLLECTIONS = {
  customers: { schema: "Customer", key: "externalCustomerId" },
  paymentIntents: { schema: "PaymentIntent", key: "paymentIntentId" },
  pendingDisbursements: { schema: "PendingDisbursement", key: "disbursementIntentId" },
};

/**
 * The records the store starts with: the spec's examples, or `custom` when given (checked
 * against the spec's schemas: a seed the API could never have produced is refused, saying where).
 * @param {any} spec
 * @param {import("@vivamo/spec-model/operations").Operation[]} operations
 * @param {unknown} [custom]
 * @returns {Record<keyof typeof SEED_COLLECTIONS, any[]>}
 */
export function seedCollections(spec, operations, custom) {
  const names = /** @type {(keyof typeof SEED_COLLECTIONS)[]} */ (Object.keys(SEED_COLLECTIONS));
  if (custom === undefined) {
    return /** @type {any} */ (
      Object.fromEntries(
        names.map((name) => {
          const { schema, key } = SEED_COLLECTIONS[name];
          return [name, seedRecords(spec, operations, schema, key)];
        }),
      )
    );
  }
  const allowed = names.join(", ");
  if (custom === null || typeof custom !== "object" || Array.isArray(custom)) {
    throw new TypeError(`A seed is an object with any of ${allowed}, each a list of records.`);
  }
  const unknown = Object.keys(custom).filter((name) => !Object.hasOwn(SEED_COLLECTIONS, name));
  if (unknown.length > 0) {
    throw new TypeError(
      `The seed has ${unknown.join(", ")}, which the mock does not know: use ${allowed}.`,
    );
  }
  const validator = specValidator(spec);
  /** @type {string[]} */
  const problems = [];
  const result = /** @type {Record<keyof typeof SEED_COLLECTIONS, any[]>} */ ({});
  for (const name of names) {
    const { schema, key } = SEED_COLLECTIONS[name];
    const records = /** @type {Record<string, unknown>} */ (custom)[name] ?? [];
    if (!Array.isArray(records)) {
      problems.push(`seed.${name} must be a list of ${schema} records`);
      continue;
    }
    const seen = new Set();
    records.forEach((record, index) => {
      for (const v of validator.validate(`#/components/schemas/${schema}`, record)) {
        problems.push(`seed.${name}[${index}]${v.pointer} ${v.message}`);
      }
      const id = record?.[key];
      if (seen.has(id)) {
        problems.push(`seed.${name}[${index}].${key} repeats ${JSON.stringify(id)}`);
      }
      seen.add(id);
    });
    result[name] = structuredClone(records);
  }
  if (problems.length > 0) {
    throw new TypeError(
      `The seed does not match the spec's schemas, so the API could never have these records:\n  ${problems.join("\n  ")}`,
    );
  }
  return result;
}
