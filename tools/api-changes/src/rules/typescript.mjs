// @ts-check
// The TypeScript opinion's rules: the release gate (classify.mjs) also compiles the types
// @vivamo/api-types generates for both sides (type-opinion.mjs) and reports a break the other
// rules missed under these ids. Only the gate runs it (it needs this repository's type generator,
// and operationIds); compareSpecs and `--base/--revision` do not.

const OLD_REQUESTS_NO_LONGER_FIT = {
  id: "typescript-old-requests-no-longer-fit",
  side: "request",
  level: "breaking",
  reason: "the old request parameters or body are not assignable to the new generated types",
};
const NEW_RESPONSES_NO_LONGER_FIT = {
  id: "typescript-new-responses-no-longer-fit",
  side: "response",
  level: "breaking",
  reason: "a new response (or webhook delivery) is not assignable to the old generated type",
};

export const RULES = [OLD_REQUESTS_NO_LONGER_FIT, NEW_RESPONSES_NO_LONGER_FIT];

/** The rule of a TypeScript finding, by direction. */
export const TYPESCRIPT_RULES = {
  request: OLD_REQUESTS_NO_LONGER_FIT.id,
  response: NEW_RESPONSES_NO_LONGER_FIT.id,
};
