// @ts-check
// The names generated code gives an operation's parts. The types generator (packages/api-types)
// declares them and the client's resource generator (packages/api-client) imports them: both ask
// this module, so the names agree by construction instead of by a string convention.

/**
 * `listCustomers` → `ListCustomers`; `customers` → `Customers`.
 * @param {string} name a camelCase identifier
 */
export function pascalCase(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The type names of an operation's parts in `@vivamo/api-types` (each exists only when the
 * operation has that part: query or path parameters, a JSON request body, a JSON success body).
 * @param {string} operationId
 */
export function operationTypeNames(operationId) {
  const base = pascalCase(operationId);
  return {
    query: `${base}Query`,
    pathParams: `${base}PathParams`,
    body: `${base}Body`,
    response: `${base}Response`,
  };
}
