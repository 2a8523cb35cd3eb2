// The contract between the generated resource methods (src/generated/resources.ts) and the
// client's transport (src/transport.ts). The generated layer describes each operation as data
// (an `OperationDescriptor`); `bindOperation` turns each description into a method that checks
// its arguments and hands one `OperationRequest` to the transport's `send`.
import { requireBody, type BodyKind } from "./arguments.js";
import type { RequestOptions } from "./options.js";

/** One call of a spec operation, as the generated resource methods describe it. */
export interface OperationRequest {
  /** The spec's operationId (used in errors and response validation). */
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The spec's path template, e.g. "/customers/{externalCustomerId}". */
  path: string;
  /** Values for the template's placeholders, by name. */
  pathParams?: Record<string, unknown>;
  /** Query parameters (undefined values are skipped). */
  query?: Record<string, unknown>;
  /** The JSON request body, when the operation has one. */
  body?: unknown;
  /** True when retrying cannot run the operation twice (from the spec: GET/PUT/DELETE, or `x-vivamo-idempotent: true`). */
  retryable: boolean;
}

/**
 * Where `send` puts the response of a call that got one, for `withResponse()` and
 * `asResponse()`: the `Response` (its body already read) and the body's text.
 */
export interface ResponseSink {
  response?: Response;
  body?: string | undefined;
}

/** Sends one operation call through the client's transport and resolves with the parsed 2xx body. */
export type SendOperation = (
  request: OperationRequest,
  options?: RequestOptions,
  sink?: ResponseSink,
) => Promise<unknown>;

/** What `withResponse()` resolves with. */
export interface WithResponse<T> {
  /** The parsed body, as the call itself resolves with it. */
  data: T;
  /** The HTTP response (its body already read into `data`). */
  response: Response;
  /** The server's request id (`x-request-id` header), for support tickets. */
  requestId: string | undefined;
}

/**
 * What every resource method returns: the promise of the parsed body, which can also give the
 * HTTP response. Errors are the same whichever way the result is taken.
 */
export interface VivamoPromise<T> extends Promise<T> {
  /** The parsed body, with the `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>>;
  /**
   * The `Response`, with its body unread: call `json()`, `text()`... on it. The client has read
   * the body within the call's timeout (and checked it), so this is a fresh `Response` of the
   * same status, headers and bytes.
   */
  asResponse(): Promise<Response>;
}

/** `promise`, with `withResponse()` and `asResponse()` reading what `send` put in `sink`. */
function vivamoPromise<T>(promise: Promise<T>, sink: ResponseSink): VivamoPromise<T> {
  // Both only run after `promise` resolved, and `send` fills `sink` before it resolves.
  const response = () => sink.response as Response;
  const withResponse = () =>
    promise.then((data) => ({
      data,
      response: response(),
      requestId: response().headers.get("x-request-id") ?? undefined,
    }));
  const asResponse = () =>
    promise.then(() => {
      const { status, statusText, headers } = response();
      return new Response(sink.body ?? null, { status, statusText, headers });
    });
  // Set one by one rather than with Object.assign and a literal: a quarter of the cost.
  const result = promise as VivamoPromise<T>;
  result.withResponse = withResponse;
  result.asResponse = asResponse;
  return result;
}

/**
 * What one positional argument of a generated method is, and where its value goes:
 * - `{ in: "path", name }`: the value of the path parameter `name`;
 * - `{ in: "query" }`: the query parameters, as an object;
 * - `{ in: "body", kind: "object", required }`: the whole request body;
 * - `{ in: "body", property, kind?, required }`: one body property passed on its own
 *   (`x-vivamo-sdk-body`), sent as `{ [property]: value }`.
 * A required body is checked before anything is sent: it must be of `kind` (for a property, the
 * JSON type its schema gives it), or only present when there is no kind.
 */
export type ArgumentDescriptor =
  | { in: "path"; name: string }
  | { in: "query" }
  | { in: "body"; required: boolean; property?: string; kind?: BodyKind };

/** One operation of the spec, as the generated layer describes it. */
export interface OperationDescriptor {
  operationId: string;
  method: OperationRequest["method"];
  path: string;
  /** The method's arguments in order; the request options come after the last one. */
  args: readonly ArgumentDescriptor[];
  retryable: boolean;
}

/**
 * The method for one operation, as the generated `createOperations` builds each one: places each
 * argument as its descriptor says, checks a required body before anything is sent, and sends the
 * call; `send` validates, serializes, retries and parses. A refused argument is a rejected
 * promise, like every other error of a resource method.
 */
export function bindOperation<Method>(
  send: SendOperation,
  descriptor: OperationDescriptor,
): Method {
  const { args, ...call } = descriptor;
  const method = (...values: unknown[]): VivamoPromise<unknown> => {
    const sink: ResponseSink = {};
    let promise: Promise<unknown>;
    try {
      // Every property spelled out (no spread): one object shape, built fast, for every call.
      const request: OperationRequest = {
        operationId: call.operationId,
        method: call.method,
        path: call.path,
        retryable: call.retryable,
      };
      for (let index = 0; index < args.length; index++) {
        const arg = args[index]!;
        const value = values[index];
        if (arg.in === "path") {
          request.pathParams = { ...request.pathParams, [arg.name]: value };
        } else if (arg.in === "query") {
          request.query = value as Record<string, unknown> | undefined;
        } else {
          if (arg.required) requireBody(value, call.operationId, arg.property ?? "body", arg.kind);
          request.body = arg.property === undefined ? value : { [arg.property]: value };
        }
      }
      promise = send(request, values[args.length] as RequestOptions | undefined, sink);
    } catch (error) {
      // A refused argument: a VivamoError, rejected rather than thrown.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      promise = Promise.reject(error);
    }
    return vivamoPromise(promise, sink);
  };
  // `Method` is the generated interface's signature for this operation (inferred from where the
  // method is placed): it takes the arguments the descriptor lists, as both come from the same
  // operation of the spec.
  return method as Method;
}
