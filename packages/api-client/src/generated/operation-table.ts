// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit:
// change the spec (x-vivamo-sdk-method and friends, see spec/README.md) and run `pnpm generate`.

/**
 * Every operation of the spec, by operationId: `resource.name` is its client method, `path` and
 * `verb` its key in `paths`, `status` the success status it resolves with (`undefined`: none
 * documented), `field` the body property it takes alone, `paging` its `pages()` / `listAll()`.
 */
export interface OperationTable {
  listCustomers: {
    resource: "customers";
    name: "list";
    path: "/customers";
    verb: "get";
    status: 200;
    paging: { pages: "pages"; all: "listAll"; page: "page"; size: "size"; items: "customers" };
  };
  createCustomer: {
    resource: "customers";
    name: "create";
    path: "/customers";
    verb: "post";
    status: 200;
  };
  getCustomer: {
    resource: "customers";
    name: "get";
    path: "/customers/{externalCustomerId}";
    verb: "get";
    status: 200;
  };
  listCustomersForKycReview: {
    resource: "customers";
    name: "kycForReview";
    path: "/customers/kyc-for-review";
    verb: "get";
    status: 200;
  };
  getCustomerKycInfo: {
    resource: "customers";
    name: "kycInfo";
    path: "/customers/{externalCustomerId}/kyc-info";
    verb: "get";
    status: 200;
  };
  verifyCustomerKyc: {
    resource: "customers";
    name: "verifyKyc";
    path: "/customers/{externalCustomerId}/kyc-verify/{type}";
    verb: "post";
    status: 200;
    field: "verify";
  };
  createPaymentIntent: {
    resource: "paymentIntents";
    name: "create";
    path: "/payment-intents";
    verb: "post";
    status: 200;
  };
  getPaymentIntentStatus: {
    resource: "paymentIntents";
    name: "status";
    path: "/payment-intents/{paymentIntentId}/status";
    verb: "get";
    status: 200;
  };
  createDisbursementIntent: {
    resource: "disbursementIntents";
    name: "create";
    path: "/disbursement-intents";
    verb: "post";
    status: 200;
  };
  getDisbursementIntentStatus: {
    resource: "disbursementIntents";
    name: "status";
    path: "/disbursement-intents/{disbursementIntentId}/status";
    verb: "get";
    status: 200;
  };
  listPendingDisbursements: {
    resource: "disbursements";
    name: "pendingValidation";
    path: "/disbursements/pending-validation";
    verb: "get";
    status: 200;
  };
  proceedWithDisbursement: {
    resource: "disbursements";
    name: "proceed";
    path: "/disbursements/{disbursementIntentId}/proceed/{allow}";
    verb: "post";
    status: 200;
  };
  registerWebhook: {
    resource: "webhooks";
    name: "register";
    path: "/operators/webhooks";
    verb: "post";
    status: 200;
  };
  updateWebhook: {
    resource: "webhooks";
    name: "update";
    path: "/operators/webhooks/{webhookId}";
    verb: "patch";
    status: 200;
  };
  checkGeolocation: {
    resource: "geolocation";
    name: "check";
    path: "/operators/check-geolocation";
    verb: "post";
    status: 200;
    field: "ip";
  };
}
