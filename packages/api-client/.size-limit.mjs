// @ts-check
// The size budgets of `pnpm check-package` (size-limit: minified, gzipped, every dependency
// included). What grows with the API has a budget that grows with it: a base plus an allowance per
// operation of the spec, so adding an operation never fails the build, while a bigger base (the
// hand-written client) or a bigger cost per operation (the generated layer, the validators) does.
// The numbers and how they were measured (bench/size-per-operation.mjs): CONTRIBUTING.md, "Size
// budget".
import { readOperations } from "@vivamo/spec-model/operations";
import { bundledSpec } from "@vivamo/spec-tools/bundled";

const ON_DEMAND = ["./validation.js", "./middleware.js", "./call-log.js"];

/** Each check, with its budget in bytes: `base + perOperation × operations`. */
const BUDGETS = [
  {
    name: "createVivamoClient with every resource, request core and openapi-fetch helpers",
    path: "dist/index.js",
    import: "{ createVivamoClient }",
    ignore: ON_DEMAND,
    base: 7650,
    perOperation: 30,
  },
  {
    name: "error classes only: the rest tree-shakes away",
    path: "dist/index.js",
    import: "{ VivamoApiError, NotFoundError }",
    ignore: ON_DEMAND,
    base: 400,
    perOperation: 0,
  },
  {
    name: "webhook helpers only",
    path: "dist/index.js",
    import: "{ verifyWebhookSignature, parseWebhookPayload }",
    ignore: ON_DEMAND,
    base: 1000,
    perOperation: 0,
  },
  {
    name: "validation chunk: loaded on demand, only by createVivamoClient({ validateResponses: true })",
    path: "dist/validation.js",
    import: "{ validateResponse }",
    // 3,000 B when tsup built the package; Rolldown's output of the same validators is about 380 B
    // bigger once minified and gzipped, at every spec size (CONTRIBUTING.md, "Size budget").
    base: 3350,
    perOperation: 450,
  },
  {
    name: "middleware chunk: loaded on demand, only by a call with a middleware (use() or per-request middleware)",
    path: "dist/middleware.js",
    import: "{ runMiddleware }",
    base: 600,
    perOperation: 0,
  },
  {
    name: "call-log chunk: loaded on demand, only by a client whose logLevel is info or debug",
    path: "dist/call-log.js",
    import: "{ logAttempt, logFailedAttempt, logRetry }",
    base: 1000,
    perOperation: 0,
  },
];

/**
 * size-limit's checks for an API of `operations` operations; without a count, the checks alone,
 * with no limit (what bench/size-per-operation.mjs measures).
 * @param {number} [operations]
 */
export function checks(operations) {
  return BUDGETS.map(({ base, perOperation, name, ...check }) => {
    if (operations === undefined) return { name, ...check, gzip: true };
    const budget = perOperation
      ? `${base} B + ${perOperation} B × ${operations} operations`
      : `${base} B`;
    return {
      name: `${name} (min+gzip; budget ${budget})`,
      ...check,
      gzip: true,
      limit: `${base + perOperation * operations} B`,
    };
  });
}

export default checks(readOperations(bundledSpec).length);
