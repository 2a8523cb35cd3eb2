// Query strings. The API's only query parameters are `page` and `size` of List Customers.
import { createQuerySerializer, type QuerySerializerOptions } from "openapi-fetch";
import { checkOptionalInteger } from "./arguments.js";

export type QuerySerializer = (query: Record<string, unknown>) => string;

/** Refuses a `page` or `size` that is not a safe integer >= 1, before anything is sent. */
function checkPaging(query: Record<string, unknown>): void {
  checkOptionalInteger("page", query.page, 1);
  checkOptionalInteger("size", query.size, 1);
}

/**
 * The client's query serializer: checks `page` and `size`, then serializes as openapi-fetch's
 * default does (arrays as `a=1&a=2`, objects as `o[k]=v`, undefined and null skipped, values
 * percent-encoded). Written here because openapi-fetch's `createQuerySerializer` costs 630 B
 * min+gzip for styles this API does not use; it is loaded only when a raw call asks for them
 * (see `querySerializerFor`).
 */
export function defaultQuerySerializer(query: Record<string, unknown>): string {
  checkPaging(query);
  const parts: string[] = [];
  const add = (name: string, value: unknown) => {
    if (value !== undefined && value !== null) {
      parts.push(`${name}=${encodeURIComponent(value as string | number | boolean)}`);
    }
  };
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      for (const item of value) add(name, item);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) add(`${name}[${key}]`, item);
    } else {
      add(name, value);
    }
  }
  return parts.join("&");
}

/**
 * The serializer for a raw call's `querySerializer` option, as openapi-fetch reads it: a function
 * is used as it is; an options object (array and object styles, `allowReserved`) configures
 * openapi-fetch's own serializer. `page` and `size` are checked either way.
 */
export function querySerializerFor(
  option: QuerySerializer | QuerySerializerOptions | undefined,
): QuerySerializer {
  if (option === undefined) return defaultQuerySerializer;
  const serialize = typeof option === "function" ? option : createQuerySerializer(option);
  return (query) => {
    checkPaging(query);
    return serialize(query);
  };
}
