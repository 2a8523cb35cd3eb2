// The one Node.js global the README snippets use, typed as @types/node types it (`string | undefined`).
// Declared here rather than installing @types/node, so that the check also proves the packed
// declarations need no Node.js types: a browser, Deno or edge consumer compiles without them.
declare const process: { readonly env: Record<string, string | undefined> };
