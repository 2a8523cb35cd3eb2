// Types for the workspace's JavaScript-only test helper package.
declare module "@vivamo/mock-server" {
  export function startMock(options?: {
    port?: number;
    host?: string;
    errors?: boolean;
    dynamic?: boolean;
    spec?: string;
    log?: (line: string) => void;
    startupTimeoutMs?: number;
  }): Promise<{ url: string; port: number; close: () => Promise<void> }>;
  export const bundledSpecPath: string;
  export function freePort(host?: string): Promise<number>;
}
