// Query strings. The API's only query parameters are `page` and `size` of List Customers.
import { checkOptionalInteger, invalidArgument } from "./arguments.js";

export type QuerySerializer = (query: Record<string, unknown>) => string;

/** Refuses a `page` or `size` that is not a safe integer >= 1, before anything is sent. */
function checkPaging(query: Record<string, unknown>): void {
  checkOptionalInteger("page", query.page, 1);
  checkOptionalInteger("size", query.size, 1);
}

/**
 * The client's query serializer: checks `page` and `size`, then serializes as openapi-fetch's
 * default does (arrays as `a=1&a=2`, objects as `o[k]=v`, undefined and null skipped, values
 * percent-encoded). Written here because openapi-fetch's `createQuerySerializer` costs 0.6 kB
 * min+gzip for styles (`form`, `spaceDelimited`, `deepObject`, ...) this API does not use.
 */
export function defaultQuerySerializer(query: Record<string, unknown>): string {
  checkPaging(query);
  // A loop and string concatenation (no closures, no arrays): this runs on every call.
  let search = "";
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value)) {
      for (const item of value) search = append(search, name, item);
    } else if (typeof value === "object" && value !== null) {
      for (const key in value) {
        search = append(search, `${name}[${key}]`, (value as Record<string, unknown>)[key]);
      }
    } else {
      search = append(search, name, value);
    }
  }
  return search;
}

/** `search` with `name=value` added; undefined and null values are skipped. */
function append(search: string, name: string, value: unknown): string {
  if (value === undefined || value === null) return search;
  const pair = `${name}=${encodeURIComponent(value as string | number | boolean)}`;
  return search === "" ? pair : `${search}&${pair}`;
}

/**
 * The serializer for a raw call's `querySerializer` option: a function, used as it is after the
 * `page` and `size` checks. openapi-fetch's style options (`{ array: { style, explode } }`) are
 * not supported (see CONTRIBUTING.md, "Size budget"); the raw calls' types refuse them, and so
 * does this check for a caller without types.
 */
export function querySerializerFor(option: unknown): QuerySerializer {
  if (option === undefined) return defaultQuerySerializer;
  if (typeof option !== "function") {
    throw invalidArgument("querySerializer", option, "a function (query) => string");
  }
  const serialize = option as QuerySerializer;
  return (query) => {
    checkPaging(query);
    return serialize(query);
  };
}
