// The customer every benchmark page is made of, for bench/run.mjs and bench/validation.mjs: a
// realistic CustomerList item (valid against the spec, so validation has real work to do).

/** Customer number `i`: a full record with one KYC verification, all fields set. */
export const customer = (i) => ({
  externalCustomerId: `customer-${i}`,
  data: { email: `user${i}@example.com`, firstName: "Ada", lastName: "Lovelace", country: "GB" },
  kycVerifications: [
    { type: "proof_of_id", status: "verified", createdAt: "2025-06-17T00:16:31.155Z" },
  ],
  createdAt: "2025-06-05T04:57:11.151Z",
});
