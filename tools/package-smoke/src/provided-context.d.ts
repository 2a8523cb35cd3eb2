// What global-setup.mjs hands the test files through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    consumerProject: string;
    tsc: Record<string, string>;
    runtimeCommands: Record<string, { executable: string; args: string[]; version: string }> | null;
    denoDir: string;
  }
}
export {};
