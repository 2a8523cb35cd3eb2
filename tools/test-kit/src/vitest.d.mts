// Types for src/vitest.mjs, so that TypeScript tests can import `scaled`.
export declare function scaled(ms: number): number;
export declare const sharedTestConfig: {
  reporters: string[];
  outputFile: { json: string };
  testTimeout: number;
  hookTimeout: number;
  teardownTimeout: number;
};
