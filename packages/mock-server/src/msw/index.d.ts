// Types of `@vivamo/mock-server/msw` (src/msw/node.js in Node, src/msw/browser.js in a bundle).
import type { RequestHandler } from "msw";
import type { MockControls, MockSeed } from "../index.js";

export interface CreateHandlersOptions {
  /**
   * Keep what requests create, with the same store and rules as `vivamo-mock --stateful`; the
   * returned array also carries the controls (`reset()`, `settlePaymentIntent()`).
   */
  stateful?: boolean;
  /** With `stateful`: the records to start from instead of the spec's examples. */
  seed?: MockSeed;
  /**
   * The API base URL(s) to answer on, e.g. the `baseUrl` your client uses. Default: every server
   * URL of the spec (production, sandbox, the local mock).
   */
  baseUrl?: string | string[];
}

/** Handlers of the stateful mode, with its controls. */
export type StatefulHandlers = RequestHandler[] & MockControls;

/** MSW handlers for every operation of the spec. */
export declare function createHandlers(
  options: CreateHandlersOptions & { stateful: true },
): StatefulHandlers;
export declare function createHandlers(options?: CreateHandlersOptions): RequestHandler[];

/** Every operation answered with its documented example, after the request is validated. */
export declare const handlers: RequestHandler[];
