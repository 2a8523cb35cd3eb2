// The types of the raw calls (`vivamo.GET("/customers/{externalCustomerId}", init)`, `POST`, ...,
// `request`): openapi-fetch's `Client<paths>`, with two options narrowed to what the client
// supports. openapi-fetch's query style options and its `blob`, `arrayBuffer` and `stream` body
// modes would cost about 0.65 kB min+gzip for an API that only takes `page` and `size` and only
// answers JSON (see CONTRIBUTING.md, "Size budget"). Types only: nothing here reaches the bundle.
import type {
  Client,
  ClientPathsWithMethod,
  FetchResponse,
  MaybeOptionalInit,
  QuerySerializer,
} from "openapi-fetch";
import type { paths } from "@vivamo/api-types";

/** The lower-case methods of `paths`, as openapi-fetch names them. */
type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** openapi-fetch's (openapi-typescript-helpers') `MediaType`. */
type MediaType = `${string}/${string}`;

/** The operation object of `paths` for a path and method (what openapi-fetch calls `T`). */
type OperationOf<Path extends keyof paths, Method extends HttpMethod> = Extract<
  paths[Path][Method],
  Record<string | number, unknown>
>;

/** The options a raw call supports differently from openapi-fetch. */
export interface NarrowedRawOptions<Operation> {
  /**
   * Turns the query object into a query string (without `?`). Only a function: openapi-fetch's
   * style options (`{ array: { style, explode } }`) are not supported.
   */
  querySerializer?: QuerySerializer<Operation> | undefined;
  /** How a 2xx body is read: `"json"` (the default) or `"text"`. */
  parseAs?: "json" | "text" | undefined;
}

/** openapi-fetch's init of one operation, narrowed; `undefined` stays allowed when it was. */
type RawInit<Operation, Init> = Init extends undefined
  ? Init
  : Omit<Init, "querySerializer" | "parseAs"> & NarrowedRawOptions<Operation>;

type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** As openapi-fetch's `InitParam`: the init may be left out when none of its keys is required. */
type InitParam<Init> = [RequiredKeysOf<Init>] extends [never]
  ? [(Init & { [key: string]: unknown })?]
  : [Init & { [key: string]: unknown }];

/** `vivamo.GET(path, init)` and its siblings: openapi-fetch's `ClientMethod`, narrowed. */
export type RawMethod<Method extends HttpMethod> = <
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends RawInit<OperationOf<Path, Method>, MaybeOptionalInit<paths[Path], Method>>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<FetchResponse<OperationOf<Path, Method>, Init, MediaType>>;

/** `vivamo.request(method, path, init)`: openapi-fetch's `ClientRequestMethod`, narrowed. */
export type RawRequestMethod = <
  Method extends HttpMethod,
  Path extends ClientPathsWithMethod<Client<paths>, Method>,
  Init extends RawInit<OperationOf<Path, Method>, MaybeOptionalInit<paths[Path], Method>>,
>(
  method: Method,
  url: Path,
  ...init: InitParam<Init>
) => Promise<FetchResponse<OperationOf<Path, Method>, Init, MediaType>>;

/** The raw calls of the client, and openapi-fetch's middleware registration. */
export interface RawCalls extends Pick<Client<paths>, "use" | "eject"> {
  request: RawRequestMethod;
  /** Call a GET endpoint */
  GET: RawMethod<"get">;
  /** Call a PUT endpoint */
  PUT: RawMethod<"put">;
  /** Call a POST endpoint */
  POST: RawMethod<"post">;
  /** Call a DELETE endpoint */
  DELETE: RawMethod<"delete">;
  /** Call an OPTIONS endpoint */
  OPTIONS: RawMethod<"options">;
  /** Call a HEAD endpoint */
  HEAD: RawMethod<"head">;
  /** Call a PATCH endpoint */
  PATCH: RawMethod<"patch">;
  /** Call a TRACE endpoint */
  TRACE: RawMethod<"trace">;
}
