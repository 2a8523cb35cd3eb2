// Types for src/vitest.mjs, so that TypeScript tests can import `scaled`.
export declare function scaled(ms: number): number;
export declare const sharedTestConfig: {
  reporters: string[];
  outputFile: { json: string };
  testTimeout: number;
  hookTimeout: number;
  teardownTimeout: number;
};
/** TypeScript 7's tsc, for vitest's `typecheck.checker`. */
export declare const typeChecker: string;
