// Types for the workspace's JavaScript-only mock server package.
declare module "@vivamo/mock-server" {
  export function startMock(options?: {
    port?: number;
    host?: string;
    errors?: boolean;
    dynamic?: boolean;
    log?: (line: string) => void;
  }): Promise<{ url: string; port: number; close: () => Promise<void> }>;
  export const bundledSpecPath: string;
}
