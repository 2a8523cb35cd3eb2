// Types for the mock server's JavaScript API (src/index.js), so TypeScript tests and apps need no
// local declarations of their own.

export interface StartMockOptions {
  /** A fixed port; default: a free one picked by the OS. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Prism's `--errors`: a request or response that violates the spec becomes an error response. */
  errors?: boolean;
  /** Generate responses from the schemas instead of the examples. */
  dynamic?: boolean;
  /** Another bundled spec to serve. */
  spec?: string;
  /** Receives Prism's log lines (default: dropped). */
  log?: (line: string) => void;
  /** Default 30 000. */
  startupTimeoutMs?: number;
}

export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  /** Stops Prism and waits for the process to exit. */
  close(): Promise<void>;
}

/** The bundled spec Prism serves (spec/dist/openapi.yaml). */
export declare const bundledSpecPath: string;

/** Starts Prism and resolves once it accepts requests. */
export declare function startMock(options?: StartMockOptions): Promise<RunningMock>;

/** Asks the OS for a free TCP port on `host`. */
export declare function freePort(host?: string): Promise<number>;
