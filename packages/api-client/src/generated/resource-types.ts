// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit:
// change the spec (x-vivamo-sdk-method and friends, see spec/README.md) and run `pnpm generate`.

import type { Resources } from "../resources.js";

/** `vivamo.customers`: a method per operation of the spec, and any hand-written helper. */
export type CustomersResource = Resources["customers"];

/** `vivamo.paymentIntents`: a method per operation of the spec, and any hand-written helper. */
export type PaymentIntentsResource = Resources["paymentIntents"];

/** `vivamo.disbursementIntents`: a method per operation of the spec, and any hand-written helper. */
export type DisbursementIntentsResource = Resources["disbursementIntents"];

/** `vivamo.disbursements`: a method per operation of the spec, and any hand-written helper. */
export type DisbursementsResource = Resources["disbursements"];

/** `vivamo.webhooks`: a method per operation of the spec, and any hand-written helper. */
export type WebhooksResource = Resources["webhooks"];

/** `vivamo.geolocation`: a method per operation of the spec, and any hand-written helper. */
export type GeolocationResource = Resources["geolocation"];
