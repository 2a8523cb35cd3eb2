/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Produced by openapi-typescript from the Vivamo OpenAPI spec (spec/openapi.yaml).
 * Edit the spec, then run `pnpm generate`; CI fails when this file is stale.
 */

export interface paths {
    "/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description Retrieve a paginated list of customer records. Supports `page` and `size` query parameters.
         *
         *     The response carries the page of customers plus `total`, `page`, `limit` and `totalPages`, so
         *     a client can fetch the remaining pages in any order (the TypeScript client's `listAll()` does
         *     this concurrently).
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create Customer
         * @description Register a customer with Vivamo. A customer must exist before you can create a payment or
         *     disbursement intent for it. Only `externalCustomerId` and `data.email` are required; the SDK
         *     collects the rest of the profile when it is needed.
         *
         *     Rules the server enforces (each is refused with `400` and the `message` shown):
         *     - `externalCustomerId` already used by your operator: `This customer already exists`.
         *     - `data.email` already used by another of your customers:
         *       `A customer with this email address already exists.`
         *     - a disposable email domain (production only):
         *       `Sorry, this email domain is not supported`. Emails with a `+` suffix are refused in
         *       production too; the sandbox accepts both and adds a warning to the response.
         *     - a landline, VOIP or otherwise invalid mobile number:
         *       `Sorry, this phone number cannot be used. Please use a valid mobile number.`
         *
         *     A phone number sent without a leading `+` and with at least 10 digits gets `+1` prepended. When
         *     a customer with the same email or phone already exists on the Vivamo platform under another
         *     operator, that record is linked to your operator instead of a new one being created.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{externalCustomerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer
         * @description Fetch one customer: the profile you stored and the history of its KYC verifications.
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/kyc-for-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customers With KYC For Review
         * @description List every customer with at least one KYC verification waiting for your manual decision, that
         *     is in status `under_review`. Decide on each with Set Customer KYC Manually Verified. The list
         *     is not paginated.
         */
        get: operations["listCustomersForKycReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{externalCustomerId}/kyc-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer KYC Info
         * @description Read a customer's KYC state and get what the frontend needs to run the verification. This is
         *     the way to start KYC for a customer.
         *
         *     While the verification is `pending`, the response carries a `clientSecretKey` (prefix
         *     `cs_ki_`, valid for 24 hours) to pass to the SDK's `vivamo.createKycElements()`, plus the
         *     deprecated legacy links in `kycVerification.data`. For every other status only `type`,
         *     `status` and `verifiedAt` are returned.
         */
        get: operations["getCustomerKycInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/customers/{externalCustomerId}/kyc-verify/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Customer KYC Manually Verified
         * @description Approve (`verify: true`) or reject (`verify: false`) a customer's KYC verification of the given
         *     type. Only possible while that verification is `under_review`.
         *
         *     An approval is refused when the customer never attempted document verification of this type
         *     (no data or images were captured), because checks such as age verification need them.
         *     Rejections are not subject to this rule. The status of a refusal is not documented; expect
         *     `400` like other business-rule errors.
         */
        post: operations["verifyCustomerKyc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Payment Intent
         * @description Set up a payment by an existing customer and get the client secret that the frontend SDK needs
         *     to collect it.
         *
         *     The intent expires two hours after creation (`expirationTime`); the SDK then tells the customer
         *     it has expired and you need a new intent. Using an expired intent or client secret is refused
         *     with `400` or `403`. `externalPaymentIntentId` is not required to be unique, and there is no
         *     idempotency key: calling again creates a second intent. Surcharges and sales tax may be added
         *     during processing when configured for your operator.
         */
        post: operations["createPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-intents/{paymentIntentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Payment Intent Status
         * @description Poll the outcome of a payment intent: its overall status and every payment attempt made
         *     against it. A failed intent can still succeed if the customer tries again.
         */
        get: operations["getPaymentIntentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disbursement-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Disbursement Intent
         * @description Set up a payout to an existing customer and get the client secret that the frontend SDK needs
         *     to let the customer choose how to be paid.
         *
         *     Once the customer has chosen, the disbursement waits in `pending-validation` (a webhook is sent)
         *     until you approve or reject it with Proceed With Disbursement; it is then processed and another
         *     webhook reports the result. The intent expires two hours after creation.
         *     `externalDisbursementIntentId` is not required to be unique: calling again creates a second
         *     intent.
         */
        post: operations["createDisbursementIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disbursement-intents/{disbursementIntentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Disbursement Intent Status
         * @description Poll the state of a disbursement intent and of its disbursement.
         */
        get: operations["getDisbursementIntentStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disbursements/pending-validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Disbursements Awaiting Approval
         * @description List every disbursement waiting for your approval (stage `pending-validation`). Approve or
         *     reject each with Proceed With Disbursement, using its `disbursementIntentId`. The list is not
         *     paginated.
         */
        get: operations["listPendingDisbursements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/disbursements/{disbursementIntentId}/proceed/{allow}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Proceed With Disbursement
         * @description Approve or reject a disbursement that is waiting in `pending-validation`. With `allow` set to
         *     `true` the funds are sent at once (status `pending` while processing); with `false` the
         *     disbursement is rejected and nothing is sent. There is no request body.
         */
        post: operations["proceedWithDisbursement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operators/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Webhook
         * @description Register an HTTPS endpoint that Vivamo posts event notifications to. The response holds the
         *     webhook's `secretKey`, which signs every delivery; it is returned only here, so store it.
         *
         *     A webhook with the same URL and overlapping event types is refused with `409`. New webhooks
         *     receive all event types; narrow them with Update Webhook.
         */
        post: operations["registerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operators/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Webhook
         * @description Change a webhook's URL, status, event types or custom headers. Fields you leave out keep their
         *     value. Setting `status` to `inactive` pauses deliveries. The signing secret is never changed by
         *     an update: delete the webhook and register it again to rotate it.
         *
         *     A change that would make the webhook duplicate another one (same URL, overlapping event types)
         *     is refused with `409`.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/operators/check-geolocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check Geolocation
         * @description Ask whether a customer's IP address passes your operator's location rules before you show the
         *     payment or payout UI. The rules (allowed countries, optionally allowed states per country) are
         *     set up by Vivamo at onboarding. Live transactions that fail the check are refused with `403`.
         *
         *     With no rules configured the answer is always `allowed: true` and no lookup is made. An address
         *     that cannot be located is allowed in the sandbox and refused in production. VPN exit addresses
         *     are taken at face value.
         */
        post: operations["checkGeolocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    paymentResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment result
         * @description Vivamo posts this JSON body to your registered webhook URL when a payment succeeds or fails
         *     (event type `transaction`). Check the `signature` header before trusting the body, then answer
         *     `200`. Any other status, or no answer, makes Vivamo retry up to 5 times, waiting 1, 2, 3, …
         *     minutes (attempt number × 1 minute). The custom headers configured on the webhook are sent
         *     with every delivery as well.
         *
         *     Disbursement, KYC and W-9 events are delivered the same way and signed the same way, but their
         *     payloads are not documented, so they are not described here.
         */
        post: operations["paymentResultWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A complete customer record, as stored by Vivamo. */
        Customer: {
            /**
             * @description Your own identifier for the customer, chosen when you created it.
             * @example demo-user
             */
            externalCustomerId: string;
            data: components["schemas"]["CustomerData"];
            /** @description The customer's KYC verifications, oldest first; empty until one is started. */
            kycVerifications: components["schemas"]["KycVerification"][];
            /**
             * Format: date-time
             * @description When the customer record was created (ISO 8601, UTC).
             * @example 2025-06-05T04:57:11.151Z
             */
            createdAt: string;
        };
        /**
         * @description A customer's profile. Only `email` is required; every other field is collected during the SDK
         *     flows when it is needed. The same object is sent when creating a customer and returned when
         *     reading one.
         */
        CustomerData: {
            /**
             * Format: email
             * @description The customer's email address. In production it may not use a disposable email domain
             *     (Mailinator, YOPmail and similar) nor a `+` suffix (`name+tag@…`); the sandbox accepts both
             *     and warns instead. These rules are enforced by the server, not by this schema, because they
             *     differ between environments.
             * @example demo@vivamo.co
             */
            email: string;
            /**
             * @description The customer's mobile number in international format, such as `+15551234567`. Landline and
             *     VOIP numbers are rejected. A number sent without a leading `+` and with 10 or more digits is
             *     taken as a US number and `+1` is prepended. Recommended: customers without a phone number
             *     are asked for one during the SDK flow.
             * @example +15551234567
             */
            phone?: string;
            /**
             * @description The customer's given name.
             * @example John
             */
            firstName?: string;
            /**
             * @description The customer's family name.
             * @example Smith
             */
            lastName?: string;
            /**
             * @description First line of the street address.
             * @example 123 42nd St
             */
            street?: string;
            /**
             * @description Second line of the street address, such as an apartment or suite.
             * @example Suite 42
             */
            street2?: string;
            /**
             * @description Two-letter code of a US state, for US addresses.
             * @example NY
             */
            state?: string;
            /**
             * @description City or town.
             * @example New York
             */
            city?: string;
            /**
             * @description ZIP or postal code.
             * @example 10001
             */
            zip?: string;
            /**
             * @description Country as a two-letter ISO 3166-1 alpha-2 code.
             * @example US
             */
            country?: string;
        };
        /** @description One page of customers, with what is needed to fetch the other pages. */
        CustomerList: {
            /** @description The customers on this page; at most `limit` of them. */
            customers: components["schemas"]["Customer"][];
            /**
             * @description How many customers exist in all pages together.
             * @example 29
             */
            total: number;
            /**
             * @description The number of this page, counting from 1.
             * @example 1
             */
            page: number;
            /**
             * @description The page size used for this response (the `size` you asked for).
             * @example 10
             */
            limit: number;
            /**
             * @description How many pages there are at this page size; 0 when there are no customers.
             * @example 3
             */
            totalPages: number;
        };
        /** @description One KYC verification attempt of a customer. */
        KycVerification: {
            type: components["schemas"]["KycVerificationType"];
            status: components["schemas"]["KycStatus"];
            /**
             * Format: date-time
             * @description When the verification was started (ISO 8601, UTC).
             * @example 2025-06-17T00:16:31.155Z
             */
            createdAt: string;
        };
        /**
         * @description The kind of identity check. Only `proof_of_id` (an identity document) is supported today.
         * @example proof_of_id
         * @enum {string}
         */
        KycVerificationType: "proof_of_id";
        /**
         * @description Where a KYC verification stands:
         *     - `pending`: started, waiting for the customer to submit documents.
         *     - `verified`: passed the automatic checks.
         *     - `under_review`: needs a manual decision from you (see the manual KYC decision endpoint).
         *     - `rejected`: failed the automatic checks.
         *     - `expired`: the customer did not finish in time; start a new verification.
         *     - `verified_manually`: approved by you after review.
         *     - `rejected_manually`: rejected by you after review.
         * @example pending
         * @enum {string}
         */
        KycStatus: "pending" | "verified" | "under_review" | "rejected" | "expired" | "verified_manually" | "rejected_manually";
        /**
         * @description The body of every error response. `message` is always present; `errors` is added when the
         *     request body, query or path failed validation.
         */
        ErrorBody: {
            /**
             * @description What went wrong, in words meant for a developer.
             * @example This customer already exists
             */
            message: string;
            /**
             * @description One entry per failed validation. Each entry maps the name of the violated constraint to a
             *     description of the violation.
             * @example [
             *       {
             *         "isEmail": "data.email must be an email"
             *       }
             *     ]
             */
            errors?: {
                [key: string]: string;
            }[];
        };
        /**
         * @description What you send to create a customer. The smallest valid body is an `externalCustomerId` and a
         *     `data.email`.
         */
        CreateCustomerRequest: {
            /**
             * @description Your own identifier for the customer, unique within your operator. Every later call names
             *     the customer by it.
             * @example user_123
             */
            externalCustomerId: string;
            /**
             * @deprecated
             * @description Deprecated: call Get Customer KYC Info instead, which starts a KYC verification and returns
             *     what the SDK needs. When `true`, a KYC verification is started right after the customer is
             *     created. Ignored when KYC is not enabled for your operator. Will be removed.
             * @default false
             * @example false
             */
            verifyAfterCreation?: boolean;
            data: components["schemas"]["CustomerData"];
        };
        /**
         * @description The customer that was just created. The reference page for this response is only partly
         *     available: it is known to start with `externalCustomerId` and the `data` profile, and the rest
         *     is not documented. The live response probably carries more (the rest of the `Customer` record,
         *     a warning outside production when a disposable or `+suffix` email was accepted, a verification
         *     link when `verifyAfterCreation` was set), but those field names are unknown, so they are not
         *     modelled. Clients should ignore fields they do not know.
         */
        CreatedCustomer: {
            /**
             * @description Your identifier of the new customer, as you sent it.
             * @example user_123
             */
            externalCustomerId: string;
            data: components["schemas"]["CustomerData"];
        };
        /**
         * @description A customer's KYC state and what the frontend needs to run the verification. Calling Get Customer
         *     KYC Info is the way to start KYC for a customer.
         */
        KycInfo: {
            /**
             * @description Your identifier of the customer.
             * @example demo-user
             */
            externalCustomerId: string;
            /**
             * @description The customer's current KYC verification, or `null` (presumably when the customer has no
             *     verification; the documentation says only that the field may be null).
             * @example {
             *       "type": "proof_of_id",
             *       "status": "verified",
             *       "verifiedAt": "2025-06-17T00:16:31.155Z"
             *     }
             */
            kycVerification: components["schemas"]["KycInfoVerification"] | null;
        };
        /**
         * @description The customer's current KYC verification. For every status it holds `type`, `status` and
         *     `verifiedAt`; only while the status is `pending` does it also hold `clientSecretKey` (and the
         *     deprecated `data` links).
         */
        KycInfoVerification: {
            type: components["schemas"]["KycVerificationType"];
            status: components["schemas"]["KycStatus"];
            /**
             * Format: date-time
             * @description When this verification record was last created or refreshed (ISO 8601, UTC). Despite its
             *     name it is present for every status, not only for verified ones.
             * @example 2025-06-17T00:16:31.155Z
             */
            verifiedAt: string;
            /**
             * @description Only while `status` is `pending`: the client secret to pass to the SDK's
             *     `vivamo.createKycElements()` so the customer can complete verification. Starts with `cs_ki_`
             *     and is valid for 24 hours. Give it to the SDK, not to the customer.
             * @example cs_ki_4b1f0c9e7d2a6853e1f0a9c4
             */
            clientSecretKey?: string;
            /**
             * @deprecated
             * @description Deprecated: the legacy hosted verification links, only while `status` is `pending`. Use
             *     `clientSecretKey` with the SDK instead.
             */
            data?: components["schemas"]["KycVerificationLinks"];
        };
        /**
         * @deprecated
         * @description Deprecated: hosted verification pages from the legacy KYC flow, returned only while a
         *     verification is `pending`. Use `clientSecretKey` with the SDK's `createKycElements()` instead.
         */
        KycVerificationLinks: {
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated. Page where the customer verifies with a driver's licence.
             * @example https://kyc.example.com/verify/drivers-license/6851b2ef4a1c2d0012ab34cd
             */
            driversLicenseVerificationUrl?: string;
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated. Page where the customer verifies with a passport.
             * @example https://kyc.example.com/verify/passport/6851b2ef4a1c2d0012ab34cd
             */
            passportVerificationUrl?: string;
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated. Page where the customer chooses how to verify.
             * @example https://kyc.example.com/verify/6851b2ef4a1c2d0012ab34cd
             */
            url?: string;
        };
        /**
         * @description Every customer with at least one KYC verification waiting for your manual decision (status
         *     `under_review`). Not paginated; the documentation gives no upper bound, so none is set here.
         */
        CustomersForKycReview: components["schemas"]["Customer"][];
        /** @description Your manual decision on a KYC verification that is under review. */
        KycDecision: {
            /**
             * @description `true` approves the verification, `false` rejects it. An approval is refused when the
             *     customer never attempted document verification of this type (no data or images captured);
             *     a rejection is always possible.
             * @example true
             */
            verify: boolean;
        };
        /** @description Confirms that your KYC decision was recorded. */
        KycDecisionResult: {
            /**
             * @description A human-readable confirmation. Its exact wording is not documented; do not parse it.
             * @example KYC verification updated
             */
            message: string;
        };
        /**
         * @description An amount of money as a decimal string in major units with exactly two decimals, such as
         *     `"100.00"` for one hundred dollars. Amounts are never sent as JSON numbers.
         * @example 100.00
         */
        Amount: string;
        /**
         * @description The currency code of an amount, such as `USD` or `CAD`; disbursements also accept crypto tokens
         *     such as `USDT`. Vivamo publishes no list of accepted currencies, so this schema does not
         *     restrict the value; the server refuses a currency your operator cannot use.
         * @example USD
         */
        Currency: string;
        /**
         * @description Up to three key/value pairs of your own metadata, stored with the intent. The documentation does
         *     not state which value types are accepted; every documented example uses strings, so this schema
         *     accepts strings only.
         * @example {
         *       "custom1": "value1",
         *       "custom2": "value2",
         *       "custom3": "value3"
         *     }
         */
        CustomData: {
            [key: string]: string;
        };
        /**
         * @description How money moves in a payment or a disbursement: `card`, `bank` (bank account), `pay_by_bank`
         *     (open-banking payment) or `crypto`.
         * @example card
         * @enum {string}
         */
        PaymentMethodType: "card" | "bank" | "pay_by_bank" | "crypto";
        /** @description Points an intent at a customer that already exists. */
        CustomerReference: {
            /**
             * @description Your identifier of the customer. The customer must have been created beforehand.
             * @example demo-user
             */
            externalCustomerId: string;
        };
        /**
         * @description A message recorded while a payment or disbursement was processed. The documentation does not
         *     describe the fields of these messages, so none are modelled and any JSON object is accepted.
         */
        ProcessingMessage: {
            [key: string]: unknown;
        };
        /** @description What you send to create a payment intent for an existing customer. */
        CreatePaymentIntentRequest: {
            customer: components["schemas"]["CustomerReference"];
            paymentIntent: components["schemas"]["PaymentIntentInput"];
        };
        /** @description The payment to set up. */
        PaymentIntentInput: {
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            /**
             * @description Your reference for this payment, echoed in webhooks so you can reconcile. Vivamo does not
             *     require it to be unique: repeating a create call makes a second intent.
             * @example 42cd8fa2-69da-4813-a312-eb061f9e535d
             */
            externalPaymentIntentId: string;
            customData?: components["schemas"]["CustomData"];
            /**
             * @description Whether Vivamo emails the customer a receipt once the payment succeeds.
             * @default false
             * @example false
             */
            sendReceiptEmail?: boolean;
        };
        /**
         * @description A payment intent that was just created, with the client secret the frontend SDK needs to collect
         *     the payment. The intent expires two hours after creation; after that a new one is needed.
         */
        PaymentIntent: {
            /**
             * @description Vivamo's identifier of the intent; use it to ask for its status.
             * @example 671f4e90c0811b1056da1653
             */
            paymentIntentId: string;
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            /**
             * @description Your identifier of the paying customer.
             * @example demo-user
             */
            externalCustomerId: string;
            /**
             * @description Your reference for this payment, as you sent it.
             * @example 42cd8fa2-69da-4813-a312-eb061f9e535d
             */
            externalPaymentIntentId: string;
            /**
             * @description The secret to initialise the frontend SDK with. Pass it to the SDK, never show it to the
             *     customer. Its format is not documented.
             * @example 671f4e90c0811b1056da1653_secret_8d2f61c4b9a7e035
             */
            clientSecretKey: string;
            /**
             * Format: date-time
             * @description When the client secret stops working, 24 hours after creation (ISO 8601, UTC).
             * @example 2025-06-18T10:00:00.000Z
             */
            clientSecretKeyValidTill: string;
            /**
             * Format: date-time
             * @description When the intent itself expires, 2 hours after creation (ISO 8601, UTC). This is the limit
             *     that counts: afterwards the SDK shows that the intent has expired.
             * @example 2025-06-17T12:00:00.000Z
             */
            expirationTime: string;
        };
        /** @description Where a payment intent stands, with every payment attempt made against it. */
        PaymentIntentStatus: {
            status: components["schemas"]["PaymentIntentState"];
            /** @description The payment attempts, one per try; one intent can have several failed attempts. */
            payments: components["schemas"]["Payment"][];
        };
        /**
         * @description The overall state of a payment intent:
         *     - `no-payment`: the customer has not attempted to pay yet.
         *     - `pending`: a payment attempt is being processed.
         *     - `success`: the intent was paid.
         *     - `failed`: the latest attempt failed; the customer may still retry, and the intent can then
         *       become `success`.
         * @example success
         * @enum {string}
         */
        PaymentIntentState: "no-payment" | "pending" | "success" | "failed";
        /** @description One attempt by the customer to pay a payment intent. */
        Payment: {
            /**
             * @description Vivamo's identifier of this payment attempt.
             * @example 671f4ec2c0811b1056da1670
             */
            id: string;
            status: components["schemas"]["PaymentState"];
            /**
             * @description Why the attempt failed, such as `declined` or `error`. Vivamo publishes no complete list of
             *     values, so treat it as free text.
             * @example declined
             */
            subStatus?: string;
            /**
             * Format: date-time
             * @description When the attempt was made (ISO 8601, UTC).
             * @example 2025-06-17T10:05:12.482Z
             */
            createdAt: string;
            type: components["schemas"]["PaymentMethodType"];
            /**
             * @description Messages recorded while the attempt was processed.
             * @example []
             */
            messages: components["schemas"]["ProcessingMessage"][];
        };
        /**
         * @description The state of one payment attempt: `pending`, `success` or `failed`.
         * @example success
         * @enum {string}
         */
        PaymentState: "pending" | "success" | "failed";
        /** @description What you send to create a disbursement (payout) intent for an existing customer. */
        CreateDisbursementIntentRequest: {
            customer: components["schemas"]["CustomerReference"];
            disbursementIntent: components["schemas"]["DisbursementIntentInput"];
        };
        /** @description The payout to set up. */
        DisbursementIntentInput: {
            /**
             * @description Your reference for this payout, included in webhooks so you can reconcile. Vivamo does not
             *     require it to be unique: repeating a create call makes a second intent.
             * @example 9b1e7c52-3f0a-4d8e-b6a1-2c5d7e9f0a13
             */
            externalDisbursementIntentId: string;
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            customData?: components["schemas"]["CustomData"];
            /**
             * @description Whether Vivamo emails the customer at each stage of the payout.
             * @default false
             * @example false
             */
            sendStatusEmail?: boolean;
        };
        /**
         * @description A disbursement intent that was just created, with the client secret the frontend SDK needs to
         *     let the customer choose a payout method. The intent expires two hours after creation.
         */
        DisbursementIntent: {
            /**
             * @description Vivamo's identifier of the intent; use it to ask for its status and to approve it.
             * @example 6851c0a94a1c2d0012ab35f2
             */
            disbursementIntentId: string;
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            /**
             * @description Your identifier of the customer being paid.
             * @example demo-user
             */
            externalCustomerId: string;
            /**
             * @description Your reference for this payout, as you sent it.
             * @example 9b1e7c52-3f0a-4d8e-b6a1-2c5d7e9f0a13
             */
            externalDisbursementIntentId: string;
            /**
             * @description The secret to initialise the frontend SDK with. Pass it to the SDK, never show it to the
             *     customer. Its format is not documented.
             * @example 6851c0a94a1c2d0012ab35f2_secret_1f7a93d05c2be864
             */
            clientSecretKey: string;
            /**
             * Format: date-time
             * @description When the client secret stops working, 24 hours after creation (ISO 8601, UTC).
             * @example 2025-06-18T10:00:00.000Z
             */
            clientSecretKeyValidTill: string;
            /**
             * Format: date-time
             * @description When the intent itself expires, 2 hours after creation (ISO 8601, UTC).
             * @example 2025-06-17T12:00:00.000Z
             */
            expirationTime: string;
        };
        /** @description Where a disbursement intent stands, with its disbursement. */
        DisbursementIntentStatus: {
            status: components["schemas"]["DisbursementIntentState"];
            disbursement: components["schemas"]["Disbursement"];
        };
        /**
         * @description The overall state of a disbursement intent:
         *     - `pending-validation`: the customer chose a payout method; the payout waits for your approval.
         *     - `pending`: approved and being processed.
         *     - `success`: the funds were sent.
         *     - `failed`: the payout failed.
         *     - `rejected`: you rejected the payout; nothing was sent.
         * @example pending-validation
         * @enum {string}
         */
        DisbursementIntentState: "pending-validation" | "pending" | "success" | "failed" | "rejected";
        /** @description The payout made for a disbursement intent. */
        Disbursement: {
            /**
             * @description Vivamo's identifier of the disbursement.
             * @example 6851c1d34a1c2d0012ab3611
             */
            id: string;
            status: components["schemas"]["DisbursementState"];
            /**
             * Format: date-time
             * @description When the disbursement was created (ISO 8601, UTC).
             * @example 2025-06-17T10:12:40.907Z
             */
            createdAt: string;
            type: components["schemas"]["PaymentMethodType"];
            /**
             * @description Messages recorded while the disbursement was processed.
             * @example []
             */
            messages: components["schemas"]["ProcessingMessage"][];
        };
        /**
         * @description The state of the disbursement itself: `pending-validation`, `pending`, `success`, `failed`,
         *     `rejected` or `declined`.
         * @example pending-validation
         * @enum {string}
         */
        DisbursementState: "pending-validation" | "pending" | "success" | "failed" | "rejected" | "declined";
        /**
         * @description Every disbursement waiting for your approval. Not paginated; the documentation gives no upper
         *     bound, so none is set here.
         */
        PendingDisbursementList: components["schemas"]["PendingDisbursement"][];
        /**
         * @description A payout the customer has set up and that waits for you to approve or reject it. Note the field
         *     names as Vivamo documents them: your reference is `externalDisbursementId` here (it is
         *     `externalDisbursementIntentId` when creating the intent), and `customerId` holds a customer
         *     summary object, not an identifier.
         */
        PendingDisbursement: {
            /**
             * @description Vivamo's identifier of the disbursement intent; pass it to Proceed With Disbursement.
             * @example 6851c0a94a1c2d0012ab35f2
             */
            disbursementIntentId: string;
            /**
             * @description Your identifier of the customer being paid.
             * @example demo-user
             */
            externalCustomerId: string;
            /**
             * @description Your reference for this payout (the `externalDisbursementIntentId` you sent).
             * @example 9b1e7c52-3f0a-4d8e-b6a1-2c5d7e9f0a13
             */
            externalDisbursementId: string;
            customerId: components["schemas"]["CustomerSummary"];
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            type: components["schemas"]["PaymentMethodType"];
            status: components["schemas"]["PendingDisbursementStatus"];
            /**
             * Format: date-time
             * @description When the customer submitted the payout (ISO 8601, UTC).
             * @example 2025-06-17T10:12:40.907Z
             */
            createdAt: string;
        };
        /** @description The stage a disbursement awaiting approval is in, and since when. */
        PendingDisbursementStatus: {
            /**
             * @description The stage; always `pending-validation` in this list.
             * @example pending-validation
             * @enum {string}
             */
            name: "pending-validation";
            /**
             * Format: date-time
             * @description When the disbursement entered this stage (ISO 8601, UTC).
             * @example 2025-06-17T10:12:40.907Z
             */
            createdAt: string;
        };
        /** @description The contact details of a customer, as shown in the list of payouts awaiting approval. */
        CustomerSummary: {
            /**
             * @description The customer's name and contact details.
             * @example {
             *       "firstName": "John",
             *       "lastName": "Smith",
             *       "email": "demo@vivamo.co",
             *       "phone": "+15551234567"
             *     }
             */
            data: {
                /**
                 * @description The customer's given name.
                 * @example John
                 */
                firstName?: string;
                /**
                 * @description The customer's family name.
                 * @example Smith
                 */
                lastName?: string;
                /**
                 * Format: email
                 * @description The customer's email address.
                 * @example demo@vivamo.co
                 */
                email: string;
                /**
                 * @description The customer's mobile number in international format.
                 * @example +15551234567
                 */
                phone?: string;
            };
        };
        /** @description The disbursement after your decision. */
        DisbursementDecisionResult: {
            /**
             * @description Vivamo's identifier of the disbursement.
             * @example 6851c1d34a1c2d0012ab3611
             */
            disbursementId: string;
            amount: components["schemas"]["Amount"];
            /**
             * @description Your identifier of the customer being paid.
             * @example demo-user
             */
            externalCustomerId: string;
            /**
             * @description Your reference for this payout (the `externalDisbursementIntentId` you sent).
             * @example 9b1e7c52-3f0a-4d8e-b6a1-2c5d7e9f0a13
             */
            externalDisbursementId: string;
            currency: components["schemas"]["Currency"];
            /**
             * @description `pending` when you approved it (the funds are being sent), `rejected` when you rejected it.
             * @example pending
             * @enum {string}
             */
            status: "pending" | "rejected";
        };
        /** @description What you send to register a webhook endpoint. */
        RegisterWebhookRequest: {
            /**
             * Format: uri
             * @description The HTTPS address Vivamo posts deliveries to.
             * @example https://your-app.com/webhooks/vivamo
             */
            url: string;
            headers?: components["schemas"]["WebhookHeaders"];
        };
        /**
         * @description The webhook that was just registered, including its signing secret. The secret is shown only in
         *     this response and cannot be read again; store it now.
         */
        RegisteredWebhook: {
            /**
             * @description Vivamo's identifier of the webhook; use it to update the webhook.
             * @example 6851d0f24a1c2d0012ab3702
             */
            _id: string;
            /**
             * Format: uri
             * @description The address deliveries are posted to.
             * @example https://your-app.com/webhooks/vivamo
             */
            url: string;
            status: components["schemas"]["WebhookStatus"];
            /**
             * @description The key Vivamo signs every delivery with: the `signature` header of a delivery is the hex
             *     HMAC-SHA512 of its body keyed with this secret. Returned only once; updating the webhook
             *     never changes it (delete and re-create the webhook to rotate it).
             * @example 3f9a1c7e5b2d4f60a8e1c3b5d7f9021436587a9bc0de1f2a3b4c5d6e7f809a1b
             */
            secretKey: string;
            headers: components["schemas"]["WebhookHeaders"];
        };
        /**
         * @description The webhook settings to change. Every field is optional; fields you leave out keep their value.
         *     The signing secret cannot be changed.
         */
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description A new address to post deliveries to.
             * @example https://your-app.com/webhooks/vivamo-updated
             */
            url?: string;
            status?: components["schemas"]["WebhookStatus"];
            /**
             * @description The event types to deliver. An empty list subscribes to all events.
             * @example [
             *       "transaction",
             *       "kyc_verification"
             *     ]
             */
            eventTypes?: components["schemas"]["WebhookEventType"][];
            headers?: components["schemas"]["WebhookHeaders"];
        };
        /** @description A registered webhook, without its signing secret. */
        Webhook: {
            /**
             * @description Vivamo's identifier of the webhook.
             * @example 6851d0f24a1c2d0012ab3702
             */
            _id: string;
            /**
             * Format: uri
             * @description The address deliveries are posted to.
             * @example https://your-app.com/webhooks/vivamo-updated
             */
            url: string;
            status: components["schemas"]["WebhookStatus"];
            /**
             * @description The event types delivered; empty means all events.
             * @example [
             *       "transaction",
             *       "kyc_verification"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
            headers: components["schemas"]["WebhookHeaders"];
        };
        /**
         * @description `active` webhooks receive deliveries; `inactive` ones are paused.
         * @example active
         * @enum {string}
         */
        WebhookStatus: "active" | "inactive";
        /**
         * @description A kind of event a webhook can subscribe to:
         *     - `transaction`: a payment or disbursement changed stage.
         *     - `kyc_verification`: a customer's KYC status changed.
         *     - `customer_w9_required`: a customer must provide a W-9 form.
         *     - `customer_w9_completed`: a customer completed their W-9 form.
         * @example transaction
         * @enum {string}
         */
        WebhookEventType: "transaction" | "kyc_verification" | "customer_w9_required" | "customer_w9_completed";
        /**
         * @description Custom HTTP headers Vivamo adds to every delivery of the webhook, as a map from header name to
         *     value, for example a pre-shared key your endpoint checks.
         * @example {
         *       "X-Custom-Auth": "your_pre_shared_key"
         *     }
         */
        WebhookHeaders: {
            [key: string]: string;
        };
        /** @description The address to check against your operator's location rules. */
        GeolocationCheckRequest: {
            /**
             * @description The customer's public IP address, IPv4 or IPv6.
             * @example 8.8.8.8
             */
            ip: string;
        };
        /**
         * @description Whether a payment or payout from this address would pass your location rules. When your operator
         *     has no rules, the answer is always `allowed: true`, no lookup is made and the location fields are
         *     left out. Outside production an address that cannot be located is allowed; in production it is
         *     refused.
         */
        GeolocationCheckResult: {
            /**
             * @description `true` when the address passes your rules.
             * @example true
             */
            allowed: boolean;
            /**
             * @description Full name of the country the address is in; `null` when unknown.
             * @example United States
             */
            country?: string | null;
            /**
             * @description The country as an ISO 3166-1 alpha-2 code; `null` when unknown.
             * @example US
             */
            countryCode?: string | null;
            /**
             * @description Full name of the state or region; `null` when unknown.
             * @example California
             */
            state?: string | null;
            /**
             * @description The state or region as an ISO 3166-2 code; `null` when unknown.
             * @example US-CA
             */
            stateCode?: string | null;
        };
        /**
         * @description The body of a payment result delivery (event type `transaction`), common to all payment methods.
         *     Only the fields shown in Vivamo's examples are modelled; the documented example is cut short, so
         *     deliveries may carry further fields, and your handler should ignore fields it does not know.
         */
        PaymentWebhookPayload: {
            amount: components["schemas"]["Amount"];
            /**
             * @description The outcome of the payment.
             * @example success
             * @enum {string}
             */
            status: "success" | "failed";
            /**
             * @description On failure, why the payment failed, such as `declined`.
             * @example declined
             */
            subStatus?: string;
            /**
             * @description What kind of transaction this delivery reports; `payment` for payments.
             * @example payment
             * @enum {string}
             */
            transactionType: "payment";
            /**
             * @description Your identifier of the paying customer.
             * @example abc123
             */
            externalCustomerId: string;
            /**
             * @description Vivamo's identifier of the payment intent.
             * @example 671f4e90c0811b1056da1653
             */
            paymentIntentId?: string;
            /**
             * @description Your reference for the payment, as sent when creating the intent.
             * @example 42cd8fa2-69da-4813-a312-eb061f9e535d
             */
            externalPaymentIntentId: string;
        };
    };
    responses: {
        /**
         * @description The request was refused: a missing or invalid field, a duplicate, an expired intent or another
         *     business rule. `message` says which; `errors` lists failed validations.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The API gateway refused the request: the secret key is missing or invalid, a client secret has
         *     expired, or the caller's location is blocked by your geolocation rules. Vivamo answers `403`,
         *     not `401`, for a bad key.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description No such customer. The legacy Customers page documents `404` for a customer that does not exist;
         *     the current error guide lists no `404` and files most errors under `400`, so be ready for either.
         *     The exact message text is not documented.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description A webhook with the same URL and overlapping event types already exists. The exact message text is
         *     not documented.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description An unexpected error on Vivamo's side. Safe to retry a read after a short wait. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Which page of results to return, counting from 1.
         * @example 1
         */
        Page: number;
        /**
         * @description How many records each page holds. No maximum is documented.
         * @example 10
         */
        Size: number;
        /**
         * @description Your identifier of the customer, as given when you created it. Sent as one URL path segment
         *     (the client encodes it). Avoid the id `kyc-for-review`: `GET /customers/kyc-for-review` is the
         *     list of customers awaiting KYC review, so a customer with that id cannot be fetched by id.
         * @example demo-user
         */
        ExternalCustomerId: string;
        /**
         * @description The kind of KYC verification to decide on; only `proof_of_id` exists today.
         * @example proof_of_id
         */
        KycType: components["schemas"]["KycVerificationType"];
        /**
         * @description Vivamo's identifier of the payment intent, from Create Payment Intent.
         * @example 671f4e90c0811b1056da1653
         */
        PaymentIntentId: string;
        /**
         * @description Vivamo's identifier of the disbursement intent, from Create Disbursement Intent or the list of
         *     disbursements awaiting approval.
         * @example 6851c0a94a1c2d0012ab35f2
         */
        DisbursementIntentId: string;
        /**
         * @description `true` approves the payout and the funds are sent at once; `false` rejects it and nothing is
         *     sent. Written as `true` or `false` in the URL.
         * @example true
         */
        Allow: boolean;
        /**
         * @description Vivamo's identifier of the webhook (the `_id` returned when it was registered).
         * @example 6851d0f24a1c2d0012ab3702
         */
        WebhookId: string;
        /**
         * @description Proves the delivery comes from Vivamo: the hexadecimal HMAC-SHA512 of the raw request body,
         *     keyed with the webhook's `secretKey`. Compute the same HMAC over the bytes you received (before
         *     any JSON parsing) and compare the two in constant time; refuse the delivery when they differ.
         *     The example is the signature of the `success` payment example body, serialised with
         *     `JSON.stringify`, keyed with the example `secretKey` of Register Webhook.
         * @example 7b56297dc0280570296a143a20e9624e5d2eaf71c4fb6b54c41913bd0eb5fcfcdf82c63b80f072e1ada36cfdc4fd7a6c3f71c4c2703b6925b2fcfbc269df3134
         */
        Signature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Customer = components['schemas']['Customer'];
export type CustomerData = components['schemas']['CustomerData'];
export type CustomerList = components['schemas']['CustomerList'];
export type KycVerification = components['schemas']['KycVerification'];
export type KycVerificationType = components['schemas']['KycVerificationType'];
export type KycStatus = components['schemas']['KycStatus'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type CreateCustomerRequest = components['schemas']['CreateCustomerRequest'];
export type CreatedCustomer = components['schemas']['CreatedCustomer'];
export type KycInfo = components['schemas']['KycInfo'];
export type KycInfoVerification = components['schemas']['KycInfoVerification'];
export type KycVerificationLinks = components['schemas']['KycVerificationLinks'];
export type CustomersForKycReview = components['schemas']['CustomersForKycReview'];
export type KycDecision = components['schemas']['KycDecision'];
export type KycDecisionResult = components['schemas']['KycDecisionResult'];
export type Amount = components['schemas']['Amount'];
export type Currency = components['schemas']['Currency'];
export type CustomData = components['schemas']['CustomData'];
export type PaymentMethodType = components['schemas']['PaymentMethodType'];
export type CustomerReference = components['schemas']['CustomerReference'];
export type ProcessingMessage = components['schemas']['ProcessingMessage'];
export type CreatePaymentIntentRequest = components['schemas']['CreatePaymentIntentRequest'];
export type PaymentIntentInput = components['schemas']['PaymentIntentInput'];
export type PaymentIntent = components['schemas']['PaymentIntent'];
export type PaymentIntentStatus = components['schemas']['PaymentIntentStatus'];
export type PaymentIntentState = components['schemas']['PaymentIntentState'];
export type Payment = components['schemas']['Payment'];
export type PaymentState = components['schemas']['PaymentState'];
export type CreateDisbursementIntentRequest = components['schemas']['CreateDisbursementIntentRequest'];
export type DisbursementIntentInput = components['schemas']['DisbursementIntentInput'];
export type DisbursementIntent = components['schemas']['DisbursementIntent'];
export type DisbursementIntentStatus = components['schemas']['DisbursementIntentStatus'];
export type DisbursementIntentState = components['schemas']['DisbursementIntentState'];
export type Disbursement = components['schemas']['Disbursement'];
export type DisbursementState = components['schemas']['DisbursementState'];
export type PendingDisbursementList = components['schemas']['PendingDisbursementList'];
export type PendingDisbursement = components['schemas']['PendingDisbursement'];
export type PendingDisbursementStatus = components['schemas']['PendingDisbursementStatus'];
export type CustomerSummary = components['schemas']['CustomerSummary'];
export type DisbursementDecisionResult = components['schemas']['DisbursementDecisionResult'];
export type RegisterWebhookRequest = components['schemas']['RegisterWebhookRequest'];
export type RegisteredWebhook = components['schemas']['RegisteredWebhook'];
export type UpdateWebhookRequest = components['schemas']['UpdateWebhookRequest'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookStatus = components['schemas']['WebhookStatus'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookHeaders = components['schemas']['WebhookHeaders'];
export type GeolocationCheckRequest = components['schemas']['GeolocationCheckRequest'];
export type GeolocationCheckResult = components['schemas']['GeolocationCheckResult'];
export type PaymentWebhookPayload = components['schemas']['PaymentWebhookPayload'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterSize = components['parameters']['Size'];
export type ParameterExternalCustomerId = components['parameters']['ExternalCustomerId'];
export type ParameterKycType = components['parameters']['KycType'];
export type ParameterPaymentIntentId = components['parameters']['PaymentIntentId'];
export type ParameterDisbursementIntentId = components['parameters']['DisbursementIntentId'];
export type ParameterAllow = components['parameters']['Allow'];
export type ParameterWebhookId = components['parameters']['WebhookId'];
export type ParameterSignature = components['parameters']['Signature'];
export type $defs = Record<string, never>;
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Which page of results to return, counting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description How many records each page holds. No maximum is documented.
                 * @example 10
                 */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paginated list of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description The customer was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCustomer"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your identifier of the customer, as given when you created it. Sent as one URL path segment
                 *     (the client encodes it). Avoid the id `kyc-for-review`: `GET /customers/kyc-for-review` is the
                 *     list of customers awaiting KYC review, so a customer with that id cannot be fetched by id.
                 * @example demo-user
                 */
                externalCustomerId: components["parameters"]["ExternalCustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listCustomersForKycReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers awaiting a KYC decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomersForKycReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCustomerKycInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your identifier of the customer, as given when you created it. Sent as one URL path segment
                 *     (the client encodes it). Avoid the id `kyc-for-review`: `GET /customers/kyc-for-review` is the
                 *     list of customers awaiting KYC review, so a customer with that id cannot be fetched by id.
                 * @example demo-user
                 */
                externalCustomerId: components["parameters"]["ExternalCustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's KYC state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    verifyCustomerKyc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Your identifier of the customer, as given when you created it. Sent as one URL path segment
                 *     (the client encodes it). Avoid the id `kyc-for-review`: `GET /customers/kyc-for-review` is the
                 *     list of customers awaiting KYC review, so a customer with that id cannot be fetched by id.
                 * @example demo-user
                 */
                externalCustomerId: components["parameters"]["ExternalCustomerId"];
                /**
                 * @description The kind of KYC verification to decide on; only `proof_of_id` exists today.
                 * @example proof_of_id
                 */
                type: components["parameters"]["KycType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycDecision"];
            };
        };
        responses: {
            /** @description The decision was recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycDecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPaymentIntent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentIntentRequest"];
            };
        };
        responses: {
            /** @description The payment intent was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntent"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPaymentIntentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Vivamo's identifier of the payment intent, from Create Payment Intent.
                 * @example 671f4e90c0811b1056da1653
                 */
                paymentIntentId: components["parameters"]["PaymentIntentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment intent's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentIntentStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createDisbursementIntent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisbursementIntentRequest"];
            };
        };
        responses: {
            /** @description The disbursement intent was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementIntent"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDisbursementIntentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Vivamo's identifier of the disbursement intent, from Create Disbursement Intent or the list of
                 *     disbursements awaiting approval.
                 * @example 6851c0a94a1c2d0012ab35f2
                 */
                disbursementIntentId: components["parameters"]["DisbursementIntentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disbursement intent's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementIntentStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listPendingDisbursements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disbursements awaiting approval. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingDisbursementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    proceedWithDisbursement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Vivamo's identifier of the disbursement intent, from Create Disbursement Intent or the list of
                 *     disbursements awaiting approval.
                 * @example 6851c0a94a1c2d0012ab35f2
                 */
                disbursementIntentId: components["parameters"]["DisbursementIntentId"];
                /**
                 * @description `true` approves the payout and the funds are sent at once; `false` rejects it and nothing is
                 *     sent. Written as `true` or `false` in the URL.
                 * @example true
                 */
                allow: components["parameters"]["Allow"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementDecisionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook was registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Vivamo's identifier of the webhook (the `_id` returned when it was registered).
                 * @example 6851d0f24a1c2d0012ab3702
                 */
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook after the update (without its secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    checkGeolocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeolocationCheckRequest"];
            };
        };
        responses: {
            /** @description Whether the address is allowed, and where it is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeolocationCheckResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    paymentResultWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Proves the delivery comes from Vivamo: the hexadecimal HMAC-SHA512 of the raw request body,
                 *     keyed with the webhook's `secretKey`. Compute the same HMAC over the bytes you received (before
                 *     any JSON parsing) and compare the two in constant time; refuse the delivery when they differ.
                 *     The example is the signature of the `success` payment example body, serialised with
                 *     `JSON.stringify`, keyed with the example `secretKey` of Register Webhook.
                 * @example 7b56297dc0280570296a143a20e9624e5d2eaf71c4fb6b54c41913bd0eb5fcfcdf82c63b80f072e1ada36cfdc4fd7a6c3f71c4c2703b6925b2fcfbc269df3134
                 */
                signature: components["parameters"]["Signature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentWebhookPayload"];
            };
        };
        responses: {
            /** @description Your endpoint accepted the delivery. The response body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Any other status (or no answer) counts as a failed delivery, which Vivamo retries up to 5
             *     times.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

// Friendly names for each operation's parts, derived from `operations`.
/** `GET /customers` */
export type ListCustomersQuery = NonNullable<operations["listCustomers"]["parameters"]["query"]>;
export type ListCustomersResponse = operations["listCustomers"]["responses"][200]["content"]["application/json"];
/** `POST /customers` */
export type CreateCustomerBody = NonNullable<operations["createCustomer"]["requestBody"]>["content"]["application/json"];
export type CreateCustomerResponse = operations["createCustomer"]["responses"][200]["content"]["application/json"];
/** `GET /customers/{externalCustomerId}` */
export type GetCustomerPathParams = operations["getCustomer"]["parameters"]["path"];
export type GetCustomerResponse = operations["getCustomer"]["responses"][200]["content"]["application/json"];
/** `GET /customers/kyc-for-review` */
export type ListCustomersForKycReviewResponse = operations["listCustomersForKycReview"]["responses"][200]["content"]["application/json"];
/** `GET /customers/{externalCustomerId}/kyc-info` */
export type GetCustomerKycInfoPathParams = operations["getCustomerKycInfo"]["parameters"]["path"];
export type GetCustomerKycInfoResponse = operations["getCustomerKycInfo"]["responses"][200]["content"]["application/json"];
/** `POST /customers/{externalCustomerId}/kyc-verify/{type}` */
export type VerifyCustomerKycPathParams = operations["verifyCustomerKyc"]["parameters"]["path"];
export type VerifyCustomerKycBody = NonNullable<operations["verifyCustomerKyc"]["requestBody"]>["content"]["application/json"];
export type VerifyCustomerKycResponse = operations["verifyCustomerKyc"]["responses"][200]["content"]["application/json"];
/** `POST /payment-intents` */
export type CreatePaymentIntentBody = NonNullable<operations["createPaymentIntent"]["requestBody"]>["content"]["application/json"];
export type CreatePaymentIntentResponse = operations["createPaymentIntent"]["responses"][200]["content"]["application/json"];
/** `GET /payment-intents/{paymentIntentId}/status` */
export type GetPaymentIntentStatusPathParams = operations["getPaymentIntentStatus"]["parameters"]["path"];
export type GetPaymentIntentStatusResponse = operations["getPaymentIntentStatus"]["responses"][200]["content"]["application/json"];
/** `POST /disbursement-intents` */
export type CreateDisbursementIntentBody = NonNullable<operations["createDisbursementIntent"]["requestBody"]>["content"]["application/json"];
export type CreateDisbursementIntentResponse = operations["createDisbursementIntent"]["responses"][200]["content"]["application/json"];
/** `GET /disbursement-intents/{disbursementIntentId}/status` */
export type GetDisbursementIntentStatusPathParams = operations["getDisbursementIntentStatus"]["parameters"]["path"];
export type GetDisbursementIntentStatusResponse = operations["getDisbursementIntentStatus"]["responses"][200]["content"]["application/json"];
/** `GET /disbursements/pending-validation` */
export type ListPendingDisbursementsResponse = operations["listPendingDisbursements"]["responses"][200]["content"]["application/json"];
/** `POST /disbursements/{disbursementIntentId}/proceed/{allow}` */
export type ProceedWithDisbursementPathParams = operations["proceedWithDisbursement"]["parameters"]["path"];
export type ProceedWithDisbursementResponse = operations["proceedWithDisbursement"]["responses"][200]["content"]["application/json"];
/** `POST /operators/webhooks` */
export type RegisterWebhookBody = NonNullable<operations["registerWebhook"]["requestBody"]>["content"]["application/json"];
export type RegisterWebhookResponse = operations["registerWebhook"]["responses"][200]["content"]["application/json"];
/** `PATCH /operators/webhooks/{webhookId}` */
export type UpdateWebhookPathParams = operations["updateWebhook"]["parameters"]["path"];
export type UpdateWebhookBody = NonNullable<operations["updateWebhook"]["requestBody"]>["content"]["application/json"];
export type UpdateWebhookResponse = operations["updateWebhook"]["responses"][200]["content"]["application/json"];
/** `POST /operators/check-geolocation` */
export type CheckGeolocationBody = NonNullable<operations["checkGeolocation"]["requestBody"]>["content"]["application/json"];
export type CheckGeolocationResponse = operations["checkGeolocation"]["responses"][200]["content"]["application/json"];
