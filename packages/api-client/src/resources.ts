// The resources of the client: the generated operations (src/generated/resources.ts), plus what
// the spec cannot say: listing every page or customer of List Customers, and the approve/reject
// wrappers of Proceed With Disbursement.
import type {
  Customer,
  CustomerList,
  ProceedWithDisbursementPathParams,
  ProceedWithDisbursementResponse,
} from "@vivamo/api-types";
import { checkOptionalInteger, isIntegerAtLeast, isPlainObject, mustBe } from "./arguments.js";
import { VivamoApiError } from "./errors.js";
import {
  createOperations,
  type CustomersOperations,
  type DisbursementIntentsOperations,
  type DisbursementsOperations,
  type GeolocationOperations,
  type PaymentIntentsOperations,
  type WebhooksOperations,
} from "./generated/resources.js";
import type { SendOperation, VivamoPromise } from "./operation.js";
import { REQUEST_OPTIONS, refuseUnknown, type RequestOptions } from "./options.js";
import { paginate } from "./paginate.js";

export interface ListAllOptions extends RequestOptions {
  /** Customers per page (the API's `size`; default 10). */
  size?: number | undefined;
  /** Pages fetched at the same time, and the most pages buffered ahead of the consumer. Default 1. */
  concurrency?: number | undefined;
}

export interface CustomersResource extends CustomersOperations {
  /** Every page, in order; see `listAll` for the rules. */
  pages(options?: ListAllOptions): AsyncGenerator<CustomerList, void, undefined>;
  /**
   * Every customer, in page order. Page 1's `totalPages` fixes the number of pages; a short or
   * empty page ends the iteration; a customer already yielded by the previous page (shifted by
   * an insert) is not yielded again. Breaking out aborts the requests in flight.
   */
  listAll(options?: ListAllOptions): AsyncGenerator<Customer, void, undefined>;
}

export interface DisbursementsResource extends DisbursementsOperations {
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

export type PaymentIntentsResource = PaymentIntentsOperations;
export type DisbursementIntentsResource = DisbursementIntentsOperations;
export type WebhooksResource = WebhooksOperations;
export type GeolocationResource = GeolocationOperations;

export interface Resources {
  customers: CustomersResource;
  paymentIntents: PaymentIntentsResource;
  disbursementIntents: DisbursementIntentsResource;
  disbursements: DisbursementsResource;
  webhooks: WebhooksResource;
  geolocation: GeolocationResource;
}

/**
 * Checks that a list page has the shape `paginate` relies on, so that a hostile or broken
 * server gives a `VivamoApiError` instead of a `TypeError` from inside the iteration.
 */
function checkListPage(
  value: unknown,
  pageNumber: number,
  redact: (text: string) => string,
): CustomerList {
  const problem = listPageProblem(value);
  if (problem !== undefined) {
    // The problem quotes the page's own values, which a hostile server may have made of the key.
    throw new VivamoApiError(
      200,
      redact(`GET /customers page ${pageNumber} is not a valid list page: ${problem}`),
    );
  }
  return value as CustomerList;
}

/** What is wrong with a list page, or `undefined` when nothing is. */
function listPageProblem(page: unknown): string | undefined {
  if (!isPlainObject(page)) return mustBe("the page", "an object", page);
  const { customers, totalPages, limit } = page;
  if (!Array.isArray(customers)) return mustBe("customers", "an array", customers);
  const entry = customers.findIndex((customer) => !isPlainObject(customer));
  if (entry !== -1) return mustBe(`customers[${entry}]`, "an object", customers[entry]);
  if (!isIntegerAtLeast(totalPages, 0)) return mustBe("totalPages", "an integer >= 0", totalPages);
  if (!isIntegerAtLeast(limit, 1)) return mustBe("limit", "an integer >= 1", limit);
  return undefined;
}

/** Customers of consecutive pages, skipping one the previous page already yielded. */
async function* customersOf(
  pages: AsyncIterable<CustomerList>,
): AsyncGenerator<Customer, void, undefined> {
  let previousIds = new Set<unknown>();
  for await (const page of pages) {
    const ids = new Set<unknown>();
    for (const customer of page.customers) {
      if (!previousIds.has(customer.externalCustomerId)) yield customer;
      ids.add(customer.externalCustomerId);
    }
    previousIds = ids;
  }
}

export function createResources(send: SendOperation, redact: (text: string) => string): Resources {
  const operations = createOperations(send);

  function pages(options: ListAllOptions = {}): AsyncGenerator<CustomerList, void, undefined> {
    const { size, concurrency = 1, signal, ...requestOptions } = options;
    // Checked now, not at the first page: a bad argument throws where it is written.
    checkOptionalInteger("size", size, 1);
    checkOptionalInteger("concurrency", concurrency, 1);
    // What `pages` and `listAll` read (built here, not at the top of the module, so that an
    // import of the error classes alone still tree-shakes it away): any other key is refused.
    const known = new Set(["size", "concurrency", ...REQUEST_OPTIONS]);
    refuseUnknown(options, known, "listAll", " (set the others on createVivamoClient)");
    const fetchPage = async (page: number, pageSignal: AbortSignal) =>
      checkListPage(
        await operations.customers.list({ page, size }, { ...requestOptions, signal: pageSignal }),
        page,
        redact,
      );
    return paginate(fetchPage, "customers", concurrency, signal);
  }

  const proceed = (
    disbursementIntentId: string,
    allow: boolean,
    options: RequestOptions | undefined,
  ) => operations.disbursements.proceed(disbursementIntentId, allow, options);
  return {
    ...operations,
    customers: {
      ...operations.customers,
      pages,
      listAll: (options) => customersOf(pages(options)),
    },
    disbursements: {
      ...operations.disbursements,
      approve: (disbursementIntentId, options) => proceed(disbursementIntentId, true, options),
      reject: (disbursementIntentId, options) => proceed(disbursementIntentId, false, options),
    },
  };
}
