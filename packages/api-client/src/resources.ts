// The resources of the client: the generated operations (src/generated/resources.ts), every
// resource and method of the spec, plus what the spec cannot say: listing every page or customer
// of List Customers, and the approve/reject wrappers of Proceed With Disbursement. The named type
// of each resource (`CustomersResource`, ...) is generated from this (src/generated/resource-types.ts).
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
  type DisbursementsOperations,
  type Operations,
} from "./generated/resources.js";
import type { SendOperation } from "./operation.js";
import type { RequestOptions } from "./options.js";
import { paginate } from "./paginate.js";

export interface ListAllOptions extends RequestOptions {
  /** Customers per page (the API's `size`; default 10). */
  size?: number | undefined;
  /** Pages fetched at the same time, and the most pages buffered ahead of the consumer. Default 1. */
  concurrency?: number | undefined;
}

/** What the spec cannot say about `customers`: every page, every customer. */
interface CustomerPages {
  /** Every page, in order; see `listAll` for the rules. */
  pages(options?: ListAllOptions): AsyncGenerator<CustomerList, void, undefined>;
  /**
   * Every customer, in page order. Page 1's `totalPages` fixes the number of pages; a short or
   * empty page ends the iteration; a customer already yielded by the previous page (shifted by
   * an insert) is not yielded again. Breaking out aborts the requests in flight.
   */
  listAll(options?: ListAllOptions): AsyncGenerator<Customer, void, undefined>;
}

/** What the spec cannot say about `disbursements`: approve and reject, on `proceed`. */
interface DisbursementDecisions {
  /**
   * Sends a pending disbursement's funds now: `proceed(disbursementIntentId, true)`,
   * `POST /disbursements/{disbursementIntentId}/proceed/true`. Not retried once sent.
   */
  approve(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<ProceedWithDisbursementResponse>;
  /**
   * Rejects a pending disbursement; nothing is sent: `proceed(disbursementIntentId, false)`,
   * `POST /disbursements/{disbursementIntentId}/proceed/false`. Not retried once sent.
   */
  reject(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<ProceedWithDisbursementResponse>;
}

/**
 * Every resource of the client: the generated ones, as the spec has them, with the hand-written
 * helpers added to theirs.
 */
export interface Resources extends Operations {
  customers: CustomersOperations & CustomerPages;
  disbursements: DisbursementsOperations & DisbursementDecisions;
}

/**
 * Checks that a list page has the shape `paginate` relies on, so that a hostile or broken
 * server gives a `VivamoApiError` instead of a `TypeError` from inside the iteration.
 */
function checkListPage(value: unknown, pageNumber: number): CustomerList {
  const problem = listPageProblem(value);
  if (problem !== undefined) {
    throw new VivamoApiError(
      200,
      `GET /customers page ${pageNumber} is not a valid list page: ${problem}`,
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

export function createResources(send: SendOperation): Resources {
  const operations = createOperations(send);

  function pages(options: ListAllOptions = {}): AsyncGenerator<CustomerList, void, undefined> {
    const { size, concurrency = 1, signal, ...requestOptions } = options;
    // Checked now, not at the first page: a bad argument throws where it is written.
    checkOptionalInteger("size", size, 1);
    checkOptionalInteger("concurrency", concurrency, 1);
    const fetchPage = async (page: number, pageSignal: AbortSignal) =>
      checkListPage(
        await operations.customers.list({ page, size }, { ...requestOptions, signal: pageSignal }),
        page,
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
