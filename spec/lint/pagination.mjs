// `vivamo/pagination`: `x-vivamo-pagination` says how a list operation pages, and the client
// generates `pages()` / `listAll()` from it, the mock makes its generated pages agree with it.
// Both trust the names it gives, so this rule checks them against the operation: a GET; `page`
// and `size` are integer query parameters; `items` is an array property of the success response,
// `totalPages` and `limit` integer properties; `itemId`, when given, a property of the items.
const STYLES = ["page-number"];
const NAMES = ["page", "size", "items", "totalPages", "limit"];

export default function pagination() {
  return {
    PathItem: {
      enter(pathItem, ctx) {
        for (const [method, operation] of Object.entries(pathItem)) {
          const extension = operation?.["x-vivamo-pagination"];
          if (extension === undefined) continue;
          const location = ctx.location.child([method, "x-vivamo-pagination"]);
          for (const message of problems(method, extension, pathItem, operation, ctx)) {
            ctx.report({ message: `x-vivamo-pagination: ${message}`, location });
          }
        }
      },
    },
  };
}

/** Every problem of one operation's extension, as messages. */
function problems(method, extension, pathItem, operation, ctx) {
  if (typeof extension !== "object" || extension === null || Array.isArray(extension)) {
    return ["must be an object: { style, page, size, items, totalPages, limit, itemId? }."];
  }
  const found = [];
  if (!STYLES.includes(extension.style)) {
    found.push(
      `style must be one of ${STYLES.join(", ")}, got ${JSON.stringify(extension.style)}.`,
    );
  }
  for (const name of [...NAMES, "itemId"]) {
    const value = extension[name];
    if (name === "itemId" && value === undefined) continue;
    if (typeof value !== "string" || !value) found.push(`${name} must name a field (a string).`);
  }
  if (method !== "get") found.push("only a GET operation can page (pages are read again).");
  if (found.length) return found;

  // A `$ref` is relative to the file that holds it: each resolved node remembers its file, so that
  // the references inside it (CustomerList.yaml's `./Customer.yaml`) resolve from there.
  const files = new WeakMap();
  const resolve = (node, from = ctx.location.source.absoluteRef) => {
    if (node === undefined || node === null) return undefined;
    if (typeof node.$ref !== "string") {
      if (typeof node === "object") files.set(node, from); // inline: the file around it
      return node;
    }
    const resolved = ctx.resolve(node, from);
    const file = resolved.location?.source.absoluteRef;
    if (resolved.node && typeof resolved.node === "object" && file) files.set(resolved.node, file);
    return resolved.node;
  };
  const within = (parent, node) => resolve(node, files.get(parent));
  const typeOf = (parent, schema) => within(parent, schema)?.type;

  // Operation-level parameters override path-level ones of the same name and location.
  const query = new Map();
  for (const node of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = within(pathItem, node);
    if (parameter?.in === "query") query.set(parameter.name, parameter);
  }
  for (const name of ["page", "size"]) {
    const parameter = query.get(extension[name]);
    if (!parameter) found.push(`${name}: the operation has no query parameter ${extension[name]}.`);
    else if (typeOf(parameter, parameter.schema) !== "integer") {
      found.push(`${name}: the query parameter ${extension[name]} must be an integer.`);
    }
  }

  const success = Object.keys(operation.responses ?? {}).find((status) => /^2\d\d$/.test(status));
  const response = success ? within(pathItem, operation.responses[success]) : undefined;
  const schema = within(response, response?.content?.["application/json"]?.schema);
  const properties = schema?.properties ?? {};
  const property = (name, type) => {
    const field = extension[name];
    if (!properties[field]) {
      found.push(`${name}: the success response has no property ${field}.`);
      return undefined;
    }
    const actual = typeOf(schema, properties[field]);
    if (actual !== type) {
      found.push(
        `${name}: ${field} must be ${type === "array" ? "an array" : `an ${type}`}, not ${actual ?? "untyped"}.`,
      );
    }
    return within(schema, properties[field]);
  };
  const items = property("items", "array");
  property("totalPages", "integer");
  property("limit", "integer");
  if (extension.itemId !== undefined && items?.type === "array") {
    const item = within(items, items.items);
    if (!item?.properties?.[extension.itemId]) {
      found.push(`itemId: the items of ${extension.items} have no property ${extension.itemId}.`);
    }
  }
  return found;
}
