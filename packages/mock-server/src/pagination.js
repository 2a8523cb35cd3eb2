// Prism's dynamic mode fills every field independently, so a list page could say
// `limit: 40778170, page: 96700107, customers: []`. For the spec's paginated operations (those with
// `page` and `size` query parameters) the mock makes the numbers agree with the request and with
// each other, in one consistent world per seed:
//   limit = size, page = the requested page, total bounded (1-200) and fixed per seed,
//   totalPages = ceil(total / limit), and the page holds exactly the items that page would hold.
// The items themselves stay Prism's, generated from the schemas (x-faker hints make the names,
// emails and ids look real); more are asked from Prism when a page needs more than it made.

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {Operation & { matcher: RegExp, itemsProperty: string, defaults: Record<string, number | undefined> }} PaginatedOperation
 *   `defaults`: the spec's default of each query parameter (`page`, `size`: integers).
 */

/**
 * Which operations are paginated, and the name of their array property.
 * @param {Operation[]} operations
 * @param {{ deref: (node: any) => any, resolveSchema: (response: any) => any }} spec `deref`
 *   follows a `$ref` of the document; `resolveSchema` is a response's JSON schema, dereferenced.
 * @returns {PaginatedOperation[]}
 */
export function findPaginatedOperations(operations, { deref, resolveSchema }) {
  return operations
    .filter((o) => o.method === "GET")
    .filter((o) => ["page", "size"].every((name) => o.queryParams.some((p) => p.name === name)))
    .map((o) => {
      const schema = resolveSchema(o.operation.responses["200"]);
      /** @type {string | undefined} */
      const itemsProperty = Object.entries(schema?.properties ?? {}).find(
        ([, property]) => deref(property)?.type === "array",
      )?.[0];
      /** @type {Record<string, number | undefined>} */
      const defaults = Object.fromEntries(o.queryParams.map((p) => [p.name, p.schema?.default]));
      return { ...o, matcher: templateToRegExp(o.path), itemsProperty, defaults };
    })
    .filter(
      /** @returns {o is PaginatedOperation} */
      (o) => Boolean(o.itemsProperty),
    );
}

/**
 * A path template (`/customers/{id}`) as a regular expression for the paths it matches.
 * @param {string} template
 */
export function templateToRegExp(template) {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${pattern}/?$`);
}

/**
 * A number in [0, 2^32) from a string: the world a seed describes.
 * @param {unknown} seed
 */
export function hashSeed(seed) {
  let hash = 2166136261;
  for (const char of String(seed)) {
    hash ^= /** @type {number} */ (char.codePointAt(0)); // a character of a string has one
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

export const MAX_TOTAL = 200;

/**
 * The page numbers for a request: `{ page, limit, total, totalPages, count }`.
 * @param {{ page: number, limit: number, seed?: string | undefined }} request
 */
export function pageNumbers({ page, limit, seed }) {
  const total = 1 + (hashSeed(seed ?? "vivamo") % MAX_TOTAL);
  const count = Math.min(limit, Math.max(0, total - (page - 1) * limit));
  return { page, limit, total, totalPages: Math.ceil(total / limit), count };
}

/**
 * Rewrites a generated page so it agrees with the request.
 * @param {Record<string, unknown>} body Prism's generated page.
 * @param {{ itemsProperty: string, numbers: ReturnType<typeof pageNumbers>, more: (call: number) => Promise<unknown> }} context
 *   `more(call)` asks Prism for another generated page (the `call`-th) and returns its items, or
 *   something else when that page had none.
 */
export async function makeConsistent(body, { itemsProperty, numbers, more }) {
  const items = Array.isArray(body[itemsProperty]) ? [...body[itemsProperty]] : [];
  // Prism makes a handful of items per call; 200 calls is far beyond any page that is bounded
  // by MAX_TOTAL, and stops a schema that never yields items from looping forever.
  for (let call = 0; items.length < numbers.count && call < 200; call++) {
    const extra = await more(call);
    if (Array.isArray(extra)) items.push(...extra);
  }
  const { page, limit, total, totalPages, count } = numbers;
  return { ...body, [itemsProperty]: items.slice(0, count), total, page, limit, totalPages };
}
