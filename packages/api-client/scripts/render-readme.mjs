// @ts-check
// The operation table of the client README, between the `generated:operations` markers: one row
// per generated resource method, so the README can never list a method the client lacks or miss
// one it has. The hand-written methods (approve/reject) have their own small table
// right after it, and each of its rows must name the generated method it is built on. A paged list
// (`x-vivamo-pagination`) gets rows for its generated `pages()` and `listAll()` too.

/** @typedef {import("./render-resources.mjs").Method} Method */

export const START = "<!-- generated:operations:start -->";
export const END = "<!-- generated:operations:end -->";
const HANDWRITTEN_START = "<!-- handwritten:operations:start -->";
const HANDWRITTEN_END = "<!-- handwritten:operations:end -->";

/**
 * The README with its operation table regenerated (not yet formatted). Throws when the markers are
 * missing, or when a hand-written row is built on a method the spec no longer has.
 * @param {string} readme
 * @param {Map<string, Method[]>} resources
 * @returns {string}
 */
export function renderReadme(readme, resources) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README.md must hold the operation table between ${START} and ${END}.`);
  }
  const methods = [...resources.values()].flat();
  checkHandwrittenRows(readme, new Set(methods.map(({ resource, name }) => `${resource}.${name}`)));

  const call = (/** @type {string} */ name, /** @type {string[]} */ args) =>
    `\`${name}(${args.join(", ")})\``;
  const argNames = (/** @type {import("./render-resources.mjs").Argument[]} */ args) =>
    args.map((arg) => `${arg.name}${arg.optional ? "?" : ""}`);
  const rows = methods.flatMap((method) => {
    const { resource, name, operation, paging } = method;
    const retried = operation.retryable ? "yes" : "no";
    const schema = operation.response?.schemaName ?? method.responseType;
    const row = [
      call(`${resource}.${name}`, argNames(method.args)),
      httpCall(method),
      `\`${schema}\``,
      retried,
    ];
    if (!paging) return [row];
    // The paged list's pages() / listAll(), from its x-vivamo-pagination.
    const args = [...argNames(paging.args), "options?"];
    const pages = `every page, \`${paging.pagination.page}\` = 1 to \`${paging.pagination.totalPages}\``;
    return [
      row,
      [
        call(`${resource}.${paging.pagesName}`, args),
        `${httpCall(method)}, ${pages}`,
        `\`AsyncGenerator<${schema}>\``,
        retried,
      ],
      [
        call(`${resource}.${paging.allName}`, args),
        `${httpCall(method)}, every item of \`${paging.pagination.items}\``,
        `\`AsyncGenerator<${schema}["${paging.pagination.items}"][number]>\``,
        retried,
      ],
    ];
  });
  const table = [
    "| method | HTTP call | resolves with | retried |",
    "| --- | --- | --- | --- |",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ].join("\n");
  const note =
    "<!-- Generated from the spec's x-vivamo-sdk-method by scripts/generate.mjs: `pnpm generate` rewrites it. -->";
  return `${readme.slice(0, start)}${START}\n\n${note}\n\n${table}\n\n${readme.slice(end)}`;
}

/** @param {Method} method */
function httpCall({ operation, args }) {
  const query = operation.queryParams.map((parameter) => parameter.name).join("&");
  const field = args.find((arg) => arg.role === "field");
  return `\`${operation.method} ${operation.path}${query ? `?${query}` : ""}\`${
    field ? ` with \`{ ${field.key} }\`` : ""
  }`;
}

/**
 * Each row of the hand-written table names, in its second cell, the generated method it is built
 * on (`customers.list`); renaming or removing that operation in the spec must fail generation
 * rather than leave the README describing a method that no longer exists.
 * @param {string} readme
 * @param {Set<string>} generated
 */
function checkHandwrittenRows(readme, generated) {
  const start = readme.indexOf(HANDWRITTEN_START);
  const end = readme.indexOf(HANDWRITTEN_END);
  if (start < 0 || end < start) return;
  const rows = readme
    .slice(start, end)
    .split("\n")
    .filter((line) => /^\|\s*`/.test(line));
  for (const row of rows) {
    const builtOn = row.split("|")[2] ?? "";
    const names = [...builtOn.matchAll(/`([a-z]\w*\.[a-z]\w*)[(`]/g)].map((match) => match[1]);
    const missing = names.filter((name) => !generated.has(String(name)));
    if (!names.length || missing.length) {
      throw new Error(
        `README.md hand-written method row is built on ${missing.join(", ") || "no generated method"}, which the spec does not have:\n  ${row.trim()}`,
      );
    }
  }
}
