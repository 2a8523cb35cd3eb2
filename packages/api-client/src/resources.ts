// The resources of the client: the generated operations (src/generated/resources.ts), every
// resource and method of the spec with the `pages()` / `listAll()` of its paged lists, plus what
// the spec cannot say: the approve/reject wrappers of Proceed With Disbursement. The named type of
// each resource (`CustomersResource`, ...) is generated from `Resources`
// (src/generated/resource-types.ts).
import type {
  ProceedWithDisbursementPathParams,
  ProceedWithDisbursementResponse,
} from "@vivamo/api-types";
import {
  createOperations,
  type DisbursementsOperations,
  type Operations,
} from "./generated/resources.js";
import type { SendOperation, VivamoPromise } from "./operation.js";
import type { RequestOptions } from "./options.js";

/** What the spec cannot say about `disbursements`: approve and reject, on `proceed`. */
interface DisbursementDecisions {
  /**
   * Sends a pending disbursement's funds now: `proceed(disbursementIntentId, true)`,
   * `POST /disbursements/{disbursementIntentId}/proceed/true`. Not retried once sent.
   */
  approve(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): VivamoPromise<ProceedWithDisbursementResponse>;
  /**
   * Rejects a pending disbursement; nothing is sent: `proceed(disbursementIntentId, false)`,
   * `POST /disbursements/{disbursementIntentId}/proceed/false`. Not retried once sent.
   */
  reject(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): VivamoPromise<ProceedWithDisbursementResponse>;
}

/**
 * Every resource of the client: the generated ones, as the spec has them, with the hand-written
 * helpers added to theirs.
 */
export interface Resources extends Operations {
  disbursements: DisbursementsOperations & DisbursementDecisions;
}

/**
 * The resources on `send`, the client's transport. `redact` takes the API key out of what a paged
 * list's page check quotes of a page, which a hostile server may have made of the key.
 */
export function createResources(send: SendOperation, redact: (text: string) => string): Resources {
  const operations = createOperations(send, redact);
  const proceed = (
    disbursementIntentId: string,
    allow: boolean,
    options: RequestOptions | undefined,
  ) => operations.disbursements.proceed(disbursementIntentId, allow, options);
  return {
    ...operations,
    disbursements: {
      ...operations.disbursements,
      approve: (disbursementIntentId, options) => proceed(disbursementIntentId, true, options),
      reject: (disbursementIntentId, options) => proceed(disbursementIntentId, false, options),
    },
  };
}
