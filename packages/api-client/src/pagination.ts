// `pages()` and `listAll()` of every operation the spec declares paged (`x-vivamo-pagination`):
// the generated layer (src/generated/resources.ts) describes the operation and its pagination as
// data, and `bindPages` / `bindListAll` make them methods on the operation's own call. Each page is
// checked before the iterator (src/paginate.ts) reads it, so that a hostile or broken server gives a
// `VivamoApiError` instead of a `TypeError` from inside the iteration; the error's message quotes
// the page, so it goes through the client's redaction (the API key out of it) first.
import { checkOptionalInteger, isIntegerAtLeast, isPlainObject, mustBe } from "./arguments.js";
import { VivamoApiError } from "./errors.js";
import {
  bindOperation,
  type OperationDescriptor,
  type SendOperation,
  type VivamoPromise,
} from "./operation.js";
import { REQUEST_OPTIONS, refuseUnknown, type RequestOptions } from "./options.js";
import { paginate, type ListPage } from "./paginate.js";

export interface ListAllOptions extends RequestOptions {
  /** Items per page (the operation's page-size query parameter; the API's default if unset). */
  size?: number | undefined;
  /** Pages fetched at the same time, and the most pages buffered ahead of the consumer. Default 1. */
  concurrency?: number | undefined;
}

/**
 * How an operation pages, from its `x-vivamo-pagination` (spec/README.md): the query parameters
 * with the page number and size, the response properties with the items, the page count and the
 * page size used, and the item property that identifies an item (for de-duplication).
 */
export interface PaginationDescriptor {
  page: string;
  size: string;
  items: string;
  totalPages: string;
  limit: string;
  itemId?: string;
  /** `pages()` takes the operation's other query parameters, as an object, before the options. */
  filters: boolean;
}

type Call = (...values: unknown[]) => VivamoPromise<unknown>;
/** Takes the API key out of a message (the client's redactor, src/redact.ts). */
type Redact = (text: string) => string;
type PagesCall = (...values: unknown[]) => AsyncGenerator<unknown, void, undefined>;

/**
 * `pages(...pathParams, filters?, options?)`: every page of the operation, in order. `Method` is
 * the generated interface's signature, inferred from where the method is placed.
 */
export function bindPages<Method>(
  send: SendOperation,
  operation: OperationDescriptor,
  pagination: PaginationDescriptor,
  redact: Redact,
): Method {
  return pagesOf(send, operation, pagination, redact, "pages") as Method;
}

/**
 * `listAll(...pathParams, filters?, options?)`: every item of every page, in page order, an item
 * the previous page already yielded (shifted by an insert) skipped.
 */
export function bindListAll<Method>(
  send: SendOperation,
  operation: OperationDescriptor,
  pagination: PaginationDescriptor,
  redact: Redact,
): Method {
  const pages = pagesOf(send, operation, pagination, redact, "listAll");
  const listAll = (...values: unknown[]) => itemsOf(pages(...values), pagination);
  return listAll as Method;
}

function pagesOf(
  send: SendOperation,
  operation: OperationDescriptor,
  pagination: PaginationDescriptor,
  redact: Redact,
  /** How an unknown option's error names the method: `pages` or `listAll`, whatever the list. */
  family: "pages" | "listAll",
): PagesCall {
  const list = bindOperation<Call>(send, operation);
  const where = `${operation.method} ${operation.path}`;
  // A paged operation is a GET: its arguments are the path parameters, then the query.
  const pathCount = operation.args.filter((arg) => arg.in === "path").length;
  return (...values) => {
    const filters = pagination.filters ? values[pathCount] : undefined;
    const options = values[pathCount + (pagination.filters ? 1 : 0)] as ListAllOptions | undefined;
    const { size, concurrency = 1, signal, ...requestOptions } = options ?? {};
    // Checked now, not at the first page: a bad argument throws where it is written.
    checkOptionalInteger("size", size, 1);
    checkOptionalInteger("concurrency", concurrency, 1);
    // What `pages` and `listAll` read (built here, not at the top of the module, so that an
    // import of the error classes alone still tree-shakes it away): any other key is refused.
    const known = new Set(["size", "concurrency", ...REQUEST_OPTIONS]);
    refuseUnknown(options ?? {}, known, family, " (set the others on createVivamoClient)");
    const fetchPage = async (page: number, pageSignal: AbortSignal) => {
      const query = {
        ...(filters as Record<string, unknown> | undefined),
        [pagination.page]: page,
        [pagination.size]: size,
      };
      const body = await list(...values.slice(0, pathCount), query, {
        ...requestOptions,
        signal: pageSignal,
      });
      return checkPage(body, page, where, pagination, redact);
    };
    return paginate(fetchPage, concurrency, signal);
  };
}

/** The page, as `paginate` reads it; a `VivamoApiError` when it is not a valid list page. */
function checkPage(
  body: unknown,
  pageNumber: number,
  where: string,
  pagination: PaginationDescriptor,
  redact: Redact,
): ListPage<unknown> {
  const problem = pageProblem(body, pagination);
  if (problem !== undefined) {
    // The problem quotes the page's own values, which a hostile server may have made of the key.
    throw new VivamoApiError(
      200,
      redact(`${where} page ${pageNumber} is not a valid list page: ${problem}`),
    );
  }
  const page = body as Record<string, unknown>;
  return {
    body,
    count: (page[pagination.items] as unknown[]).length,
    limit: page[pagination.limit] as number,
    totalPages: page[pagination.totalPages] as number,
  };
}

/** What is wrong with a list page, or `undefined` when nothing is. */
function pageProblem(page: unknown, pagination: PaginationDescriptor): string | undefined {
  const { items, totalPages, limit, itemId } = pagination;
  if (!isPlainObject(page)) return mustBe("the page", "an object", page);
  const list = page[items];
  if (!Array.isArray(list)) return mustBe(items, "an array", list);
  // Items with an id are objects: `listAll` reads the id of each.
  const entry = itemId === undefined ? -1 : list.findIndex((item) => !isPlainObject(item));
  if (entry !== -1) return mustBe(`${items}[${entry}]`, "an object", list[entry]);
  if (!isIntegerAtLeast(page[totalPages], 0)) {
    return mustBe(totalPages, "an integer >= 0", page[totalPages]);
  }
  if (!isIntegerAtLeast(page[limit], 1)) return mustBe(limit, "an integer >= 1", page[limit]);
  return undefined;
}

/** The items of consecutive (checked) pages, skipping one the previous page already yielded. */
async function* itemsOf(
  pages: AsyncIterable<unknown>,
  { items, itemId }: PaginationDescriptor,
): AsyncGenerator<unknown, void, undefined> {
  let previousIds = new Set<unknown>();
  for await (const page of pages) {
    const ids = new Set<unknown>();
    for (const item of (page as Record<string, unknown[]>)[items] ?? []) {
      // Only a present id identifies an item: one without is never taken for another.
      const id = itemId === undefined ? undefined : (item as Record<string, unknown>)[itemId];
      if (id === undefined || !previousIds.has(id)) yield item;
      if (id !== undefined) ids.add(id);
    }
    previousIds = ids;
  }
}
