// Types of what the tests share outside of imports.

declare module "vitest" {
  // What test/setup/mock.mjs provides to the test files: `inject("mockUrl")`.
  export interface ProvidedContext {
    /** The shared mock's URL, e.g. `http://127.0.0.1:4010`. */
    mockUrl: string;
  }
}

declare global {
  interface Window {
    /** The MSW page's flow (test/helpers/msw-page.mjs): runs it and returns what happened. */
    vivamoFlow?: () => Promise<any>;
  }
}

export {};
