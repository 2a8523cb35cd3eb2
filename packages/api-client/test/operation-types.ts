// The type of every generated resource method, derived from `paths` of @vivamo/api-types (what
// openapi-typescript makes of the spec) and the generated operation table (what the spec's
// extensions say: the method's name, the body property it takes alone, the success status, the
// paging). The type tests compare these with the client's methods, for every operation; nothing
// here names an operation. Types only, and nothing of the client's: the request options' types
// are parameters, so that the strict project compares the BUILT package's methods too.
import type { paths } from "@vivamo/api-types";
import type { OperationTable } from "../src/generated/operation-table.js";

/** `A` and `B` are the same type (not merely assignable either way). */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Entry = OperationTable[keyof OperationTable];
/** The operation of an entry, as `paths` types it. */
type OperationOf<E extends Entry> = paths[E["path"]][E["verb"]];

/** The path parameters' names, in the order of the path template. */
type PathNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? [N, ...PathNames<Rest>]
  : [];
type PathArgs<O, Names> = O extends { parameters: { path: infer Params } }
  ? Names extends [infer N extends keyof Params, ...infer Rest]
    ? [Params[N], ...PathArgs<O, Rest>]
    : []
  : [];

/**
 * One argument, left out when the spec does not require it. (An optional parameter takes
 * `undefined` too, also under exactOptionalPropertyTypes.)
 */
type Arg<T, Optional extends boolean> = Optional extends true ? [arg?: T | undefined] : [arg: T];
/** Whether `T`'s property `K` is optional (openapi-typescript's `?:` for what is not required). */
type IsOptional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false;

/** The request body, or the one property of it the method takes (`x-vivamo-sdk-body`). */
type BodyArgs<O, E extends Entry> = O extends { requestBody?: unknown }
  ? [NonNullable<O["requestBody"]>] extends [never]
    ? []
    : NonNullable<O["requestBody"]> extends { content: { "application/json": infer Body } }
      ? E extends { field: infer F extends keyof Body }
        ? Arg<Body[F], IsOptional<O, "requestBody">>
        : Arg<Body, IsOptional<O, "requestBody">>
      : []
  : [];

/** The query parameters, one object; optional when none is required. */
type QueryOf<O> = O extends { parameters: { query?: unknown } }
  ? NonNullable<O["parameters"]["query"]>
  : never;
type QueryArgs<O> = [QueryOf<O>] extends [never]
  ? []
  : O extends { parameters: infer Params }
    ? "query" extends keyof Params
      ? Arg<QueryOf<O>, IsOptional<Params, "query">>
      : []
    : [];

/** The body of the success status (`void` without one). */
type ResultOf<O, E extends Entry> = O extends { responses: infer R }
  ? E["status"] extends keyof R
    ? R[E["status"]] extends { content: { "application/json": infer Body } }
      ? Body
      : void
    : void
  : void;

/**
 * A generated method's parameters: the path parameters in template order, then the body (or its
 * property), then the query, then the request options. (An optional argument before a required
 * one takes `undefined` instead: the tuple spread below says so, as the generator does.) Its
 * promise resolves with `ExpectedResult`.
 */
export type ExpectedParameters<E extends Entry, Options, O = OperationOf<E>> = [
  ...PathArgs<O, PathNames<E["path"]>>,
  ...BodyArgs<O, E>,
  ...QueryArgs<O>,
  options?: Options | undefined,
];
export type ExpectedResult<E extends Entry> = ResultOf<OperationOf<E>, E>;

/** A paged list's `pages()` and `listAll()`: the query without the page number and size. */
type FilterArgs<O, E extends Entry> = E extends { paging: { page: infer P; size: infer S } }
  ? [keyof Omit<QueryOf<O>, (P & string) | (S & string)>] extends [never]
    ? []
    : Arg<
        Omit<QueryOf<O>, (P & string) | (S & string)>,
        Partial<Omit<QueryOf<O>, (P & string) | (S & string)>> extends Omit<
          QueryOf<O>,
          (P & string) | (S & string)
        >
          ? true
          : false
      >
  : [];
type PagingArgs<O, E extends Entry, ListAll> = [
  ...PathArgs<O, PathNames<E["path"]>>,
  ...FilterArgs<O, E>,
  options?: ListAll | undefined,
];
export type ExpectedPages<E extends Entry, ListAll, O = OperationOf<E>> = (
  ...args: PagingArgs<O, E, ListAll>
) => AsyncGenerator<ResultOf<O, E>, void, undefined>;
export type ExpectedListAll<E extends Entry, ListAll, O = OperationOf<E>> = (
  ...args: PagingArgs<O, E, ListAll>
) => AsyncGenerator<
  E extends { paging: { items: infer I extends keyof ResultOf<O, E> } }
    ? ResultOf<O, E>[I] extends readonly (infer Item)[]
      ? Item
      : never
    : never,
  void,
  undefined
>;

/** `resource.name` of every method the table says the client has: calls, pages and listAll. */
export type TableMethods = {
  [K in keyof OperationTable]:
    | `${OperationTable[K]["resource"]}.${OperationTable[K]["name"]}`
    | (OperationTable[K] extends {
        paging: { pages: infer P extends string; all: infer A extends string };
      }
        ? `${OperationTable[K]["resource"]}.${P | A}`
        : never);
}[keyof OperationTable];

/** `verb path` of every operation in `paths`, and of every operation in the table. */
export type PathsOperations = {
  [P in keyof paths]: {
    [V in Exclude<keyof paths[P], "parameters">]: [NonNullable<paths[P][V]>] extends [never]
      ? never
      : `${V & string} ${P & string}`;
  }[Exclude<keyof paths[P], "parameters">];
}[keyof paths];
export type TableOperations = {
  [K in keyof OperationTable]: `${OperationTable[K]["verb"]} ${OperationTable[K]["path"]}`;
}[keyof OperationTable];

/**
 * The operationIds whose method in `Resources` is not the type `paths` gives it (`never` when all
 * are): its call (parameters, and what its promise resolves with), and for a paged list its
 * `pages()` and `listAll()`. `Options` and `ListAll` are the client's `RequestOptions` and
 * `ListAllOptions`.
 */
export type WrongMethods<Resources, Options, ListAll> = {
  [K in keyof OperationTable]: OperationTable[K] extends infer E extends Entry
    ? E["resource"] extends keyof Resources
      ? WrongCall<Resources[E["resource"]], E, Options> extends false
        ? E extends { paging: { pages: infer P extends string; all: infer A extends string } }
          ? Wrong<Resources[E["resource"]], P, ExpectedPages<E, ListAll>> extends false
            ? Wrong<Resources[E["resource"]], A, ExpectedListAll<E, ListAll>> extends false
              ? never
              : `${K} ${E["resource"]}.${A}`
            : `${K} ${E["resource"]}.${P}`
          : never
        : `${K} ${E["resource"]}.${E["name"]}`
      : `${K}: no resource ${E["resource"]}`
    : never;
}[keyof OperationTable];
type WrongCall<Resource, E extends Entry, Options> = E["name"] extends keyof Resource
  ? Resource[E["name"]] extends (...args: infer Args) => PromiseLike<infer Result>
    ? Equal<Args, ExpectedParameters<E, Options>> extends true
      ? Equal<Result, ExpectedResult<E>> extends true
        ? false
        : true
      : true
    : true
  : true;
type Wrong<Resource, Name extends string, Expected> = Name extends keyof Resource
  ? Equal<Resource[Name], Expected> extends true
    ? false
    : true
  : true;
