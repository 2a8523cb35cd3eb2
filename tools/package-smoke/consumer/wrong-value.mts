// A consumer with a type error, to prove the check fails when it should: the packed types are
// real types (not `any`), and an error in a consumer makes `tsc` fail with it.
import type { KycStatus } from "@vivamo/api-types";

export const status: KycStatus = "approved";
