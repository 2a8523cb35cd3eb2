// Types for document.mjs, so TypeScript tests can read the bundled spec with the same helper.

/** The bundled spec that the `bundle` task writes (JSON twin of dist/openapi.yaml). */
export declare const bundledSpecPath: string;

/** Reads a bundled spec (default: this repository's). Throws an error that says how to fix it. */
export declare function readBundledSpec(file?: string): any;

/** Escapes one JSON pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`. */
export declare function escapePointerSegment(segment: string | number): string;

/** The node at a local reference or JSON pointer (`#/components/schemas/Customer`). */
export declare function resolvePointer(document: unknown, pointer: string): any;

/** Follows a local `$ref` one level; other nodes pass through. */
export declare function derefIn(document: unknown, node: any): any;

export interface SpecOperation {
  operationId: string;
  /** Upper case: "GET", "POST", ... */
  method: string;
  /** The path template, e.g. "/customers/{externalCustomerId}". */
  path: string;
  /** JSON pointer of the operation object, e.g. "#/paths/~1customers/get". */
  pointer: string;
  operation: any;
}

/** Every operation under `paths`, in document order (webhooks are not listed). */
export declare function operationsOf(document: unknown): SpecOperation[];
