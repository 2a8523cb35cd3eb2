// @ts-check
// Schema rules about composition. `allOf` is merged into one schema before anything is compared
// (schema-model.mjs), so these are about `oneOf` / `anyOf` and the discriminator. Branches are
// matched by shape first (a branch swapped for another schema of the same shape is no change),
// then by `$ref` name, then in order; matched branches are compared recursively.
import { schemaKind } from "./schema-sides.mjs";

/** @typedef {import("./schema.mjs").SchemaContext} SchemaContext */

export const KINDS = [
  schemaKind(
    "branch-added",
    "a oneOf/anyOf branch was added",
    ["feature", "more requests are accepted"],
    // Unlike a schema that *became* a union, a union already tells readers to expect several
    // shapes and to skip one they do not know (issue 15: a false alarm of the old gate).
    [
      "feature",
      "the schema was already a union, so readers already handle shapes they do not know",
    ],
  ),
  schemaKind(
    "branch-removed",
    "a oneOf/anyOf branch was removed",
    ["breaking", "requests of that shape are refused"],
    ["fix", "every new response has a shape old readers handle"],
  ),
  schemaKind(
    "became-union",
    "the schema became anyOf (or a oneOf of disjoint branches) including the old schema",
    ["feature", "old requests still fit"],
    ["breaking", "readers meet shapes they were never written for"],
  ),
  schemaKind(
    "became-overlapping-one-of",
    "the schema became a oneOf whose branches may overlap, the old schema one of them",
    ["breaking", "a request that fits two branches is refused by oneOf"],
    ["breaking", "readers meet shapes they were never written for"],
  ),
  schemaKind(
    "union-became-branch",
    "a oneOf/anyOf was replaced by one of its branches",
    ["breaking", "requests of the other shapes are refused"],
    ["fix", "every new response has a shape old readers handle"],
  ),
  schemaKind(
    "one-of-became-any-of",
    "oneOf became anyOf",
    ["feature", "a request that fits several branches is now accepted"],
    ["fix", "the same shapes"],
  ),
  schemaKind(
    "any-of-became-one-of",
    "anyOf became oneOf",
    ["breaking", "a request that fits several branches is now refused"],
    ["fix", "the same shapes"],
  ),
  schemaKind(
    "composition-changed",
    "the schema was replaced by an unrelated composition",
    ["breaking", "we cannot prove old requests still fit"],
    ["breaking", "we cannot prove old readers still understand responses"],
  ),
  schemaKind(
    "discriminator-added",
    "a discriminator was added",
    ["fix", "it names a property the branches already tell apart"],
    ["fix", "a hint for readers, the shapes are the same"],
  ),
  schemaKind(
    "discriminator-removed",
    "the discriminator was removed",
    ["fix", "the shapes accepted are the same"],
    ["fix", "the shapes sent are the same"],
  ),
  schemaKind(
    "discriminator-changed",
    "the discriminator's property or mapping changed",
    ["breaking", "the server picks the branch by another rule"],
    ["breaking", "readers pick the branch by another rule"],
  ),
];

/**
 * @param {Record<string, any>} b the base schema (a view)
 * @param {Record<string, any>} r the revision schema (a view)
 * @param {SchemaContext} context
 * @param {any} bNode the base schema as written (for shapes)
 * @param {any} rNode
 * @returns {boolean} whether the node changed between one schema and a union: then this family
 *   has said what changed, and comparing the other keywords would only repeat it
 */
export function compareComposition(b, r, context, bNode, rNode) {
  compareDiscriminator(b, r, context);
  const before = unionOf(b);
  const after = unionOf(r);
  if (!before && !after) return false;
  if (before && after) {
    if (before.keyword !== after.keyword) {
      context.emit(
        before.keyword === "oneOf" ? "one-of-became-any-of" : "any-of-became-one-of",
        `${before.keyword} → ${after.keyword}`,
      );
    }
    compareBranches(before.branches, after.branches, context);
    return false;
  }
  if (after) {
    // Wrapped: is the old schema (without its annotations) one of the new branches?
    const old = context.base.shape(withoutUnion(bNode, b));
    const kept = after.branches.findIndex((branch) => context.revision.shape(branch) === old);
    if (kept < 0) {
      context.emit("composition-changed", `became ${after.keyword} of ${after.branches.length}`);
    } else {
      const overlapping = after.keyword === "oneOf" && !disjoint(after.branches, context.revision);
      context.emit(
        overlapping ? "became-overlapping-one-of" : "became-union",
        `became ${after.keyword} of ${after.branches.length}, the old schema one of them`,
      );
    }
    return true;
  }
  const now = context.revision.shape(withoutUnion(rNode, r));
  const kept = before?.branches.some((branch) => context.base.shape(branch) === now);
  context.emit(
    kept ? "union-became-branch" : "composition-changed",
    `${before?.keyword} of ${before?.branches.length} became one schema`,
  );
  return true;
}

/** @param {Record<string, any>} schema */
function unionOf(schema) {
  for (const keyword of ["oneOf", "anyOf"]) {
    if (Array.isArray(schema[keyword])) {
      return { keyword, branches: /** @type {any[]} */ (schema[keyword]) };
    }
  }
  return undefined;
}

/**
 * The schema as it was before being wrapped: when the wrapping kept other keywords next to the
 * union (a description), the node as written is compared, else the view.
 * @param {any} node
 * @param {Record<string, any>} view
 */
function withoutUnion(node, view) {
  return unionOf(view) ? node : view;
}

/**
 * @param {any[]} before
 * @param {any[]} after
 * @param {SchemaContext} context
 */
function compareBranches(before, after, context) {
  const oldShapes = before.map((branch) => context.base.shape(branch));
  const newShapes = after.map((branch) => context.revision.shape(branch));
  const unmatchedOld = new Set(before.keys());
  const unmatchedNew = new Set(after.keys());
  /** @param {(i: number, j: number) => boolean} same */
  const pair = (same, compare = false) => {
    for (const i of unmatchedOld) {
      for (const j of unmatchedNew) {
        if (!same(i, j)) continue;
        unmatchedOld.delete(i);
        unmatchedNew.delete(j);
        if (compare) context.recurse(before[i], after[j], "");
        break;
      }
    }
  };
  pair((i, j) => oldShapes[i] === newShapes[j]);
  const refName = (/** @type {any} */ node) =>
    typeof node?.$ref === "string" ? node.$ref : undefined;
  pair(
    (i, j) => refName(before[i]) !== undefined && refName(before[i]) === refName(after[j]),
    true,
  );
  // What is left, in order, when as many branches were added as removed: edited in place.
  if (unmatchedOld.size === unmatchedNew.size) pair(() => true, true);
  for (const i of unmatchedOld) {
    context.emit("branch-removed", `branch ${i + 1} removed${name(before[i])}`);
  }
  for (const j of unmatchedNew) {
    context.emit("branch-added", `branch ${j + 1} added${name(after[j])}`);
  }
}

/** @param {any} node */
const name = (node) => (typeof node?.$ref === "string" ? ` (${node.$ref.split("/").at(-1)})` : "");

/**
 * Whether no value can fit two branches: each branch allows a single type and no two share it,
 * or every branch pins a common property to values no other branch allows.
 * @param {any[]} branches
 * @param {import("./schema-model.mjs").SchemaReader} reader
 */
function disjoint(branches, reader) {
  const views = branches.map((branch) => reader.view(branch));
  const types = views.map((view) => (typeof view.type === "string" ? view.type : undefined));
  if (
    types.every(Boolean) &&
    new Set(types).size === types.length &&
    !(types.includes("integer") && types.includes("number"))
  ) {
    return true;
  }
  const first = views[0]?.properties ?? {};
  return Object.keys(first).some((property) => {
    /** @type {Set<string>} */
    const seen = new Set();
    for (const view of views) {
      if (!(view.required ?? []).includes(property)) return false;
      const schema = reader.view(view.properties?.[property]);
      const values = schema.const !== undefined ? [schema.const] : schema.enum;
      if (!Array.isArray(values)) return false;
      for (const value of values.map((v) => JSON.stringify(v))) {
        if (seen.has(value)) return false;
        seen.add(value);
      }
    }
    return true;
  });
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareDiscriminator(b, r, context) {
  const before = b.discriminator;
  const after = r.discriminator;
  if (!before && !after) return;
  if (!before) {
    return context.emit("discriminator-added", `discriminator ${after.propertyName} added`);
  }
  if (!after) {
    return context.emit("discriminator-removed", `discriminator ${before.propertyName} removed`);
  }
  if (before.propertyName !== after.propertyName) {
    return context.emit(
      "discriminator-changed",
      `discriminator ${before.propertyName} → ${after.propertyName}`,
    );
  }
  const oldMapping = before.mapping ?? {};
  const newMapping = after.mapping ?? {};
  // A mapping entry added is a new branch (reported as such); one changed or removed re-routes.
  const changed = Object.keys(oldMapping).filter((key) => oldMapping[key] !== newMapping[key]);
  if (changed.length) {
    context.emit("discriminator-changed", `discriminator mapping of ${changed.join(", ")} changed`);
  }
}
