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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
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
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterSize = components['parameters']['Size'];
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
}

// Friendly names for each operation's parts, derived from `operations`.
/** `GET /customers` */
export type ListCustomersQuery = NonNullable<operations["listCustomers"]["parameters"]["query"]>;
export type ListCustomersResponse = operations["listCustomers"]["responses"][200]["content"]["application/json"];
