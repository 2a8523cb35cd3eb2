// Prism's dynamic mode fills every field independently, so a list page could say
// `limit: 40778170, page: 96700107, customers: []`. For the spec's paginated operations (those
// that declare `x-vivamo-pagination`, as the client's pages()/listAll() read it) the mock makes the
// numbers agree with the request and with each other, in one consistent world per seed:
//   limit = size, page = the requested page, total bounded (1-200) and fixed per seed,
//   totalPages = ceil(total / limit), and the page holds exactly the items that page would hold.
// The items themselves stay Prism's, generated from the schemas (x-faker hints make the names,
// emails and ids look real); more are asked from Prism when a page needs more than it made.

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {NonNullable<Operation["pagination"]>} Pagination
 * @typedef {Operation & { pagination: Pagination, matcher: RegExp, itemsProperty: string, defaults: Record<string, number | undefined> }} PaginatedOperation
 *   `defaults`: the spec's default of each query parameter (`page`, `size`: integers).
 */

/**
 * The paginated operations (read by @vivamo/spec-model, with their `x-vivamo-pagination`), each
 * with its path matcher, its array property and its query parameters' defaults.
 * @param {Operation[]} operations
 * @returns {PaginatedOperation[]}
 */
export function findPaginatedOperations(operations) {
  return operations
    .filter((o) => o.method === "GET" && o.pagination)
    .map((o) => {
      /** @type {Record<string, number | undefined>} */
      const defaults = Object.fromEntries(o.queryParams.map((p) => [p.name, p.schema?.default]));
      const pagination = /** @type {Pagination} */ (o.pagination); // kept by the filter above
      return {
        ...o,
        pagination,
        matcher: templateToRegExp(o.path),
        itemsProperty: pagination.items,
        defaults,
      };
    });
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
 * @param {{ itemsProperty: string, numbers: ReturnType<typeof pageNumbers>, more: (call: number) => Promise<unknown>, names?: { limit: string, totalPages: string } }} context
 *   `more(call)` asks Prism for another generated page (the `call`-th) and returns its items, or
 *   something else when that page had none. `names` are the properties with the page size and the
 *   page count (`x-vivamo-pagination`'s `limit` and `totalPages`); `page` and `total` are set only
 *   when the page has them.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function makeConsistent(body, { itemsProperty, numbers, more, names }) {
  const items = Array.isArray(body[itemsProperty]) ? [...body[itemsProperty]] : [];
  // Prism makes a handful of items per call; 200 calls is far beyond any page that is bounded
  // by MAX_TOTAL, and stops a schema that never yields items from looping forever.
  for (let call = 0; items.length < numbers.count && call < 200; call++) {
    const extra = await more(call);
    if (Array.isArray(extra)) items.push(...extra);
  }
  const { page, limit, total, totalPages, count } = numbers;
  return {
    ...body,
    [itemsProperty]: items.slice(0, count),
    ...("total" in body ? { total } : {}),
    ...("page" in body ? { page } : {}),
    [names?.limit ?? "limit"]: limit,
    [names?.totalPages ?? "totalPages"]: totalPages,
  };
}
