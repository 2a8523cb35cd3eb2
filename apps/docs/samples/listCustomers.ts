// Sample for GET /customers (listCustomers). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // One page: `page` counts from 1, `size` is the page size.
  const page = await vivamo.customers.list({ page: 1, size: 10 });
  console.log(`${page.total} customers in ${page.totalPages} pages`);
  for (const customer of page.customers) {
    console.log(customer.externalCustomerId, customer.data.email);
  }

  // Or every customer, fetching up to 4 pages at a time.
  for await (const customer of vivamo.customers.listAll({ size: 100, concurrency: 4 })) {
    console.log(customer.externalCustomerId);
  }
  // docs-sample:end
  return page;
}
