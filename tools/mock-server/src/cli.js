#!/usr/bin/env node
// `vivamo-mock [--port 4010] [--dynamic] [--errors]`: serves the Prism mock until Ctrl-C.
import { parseArgs } from "node:util";
import { startMock } from "./index.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    dynamic: { type: "boolean", default: false },
    errors: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});

const mock = await startMock({
  port: Number(values.port),
  host: values.host,
  dynamic: values.dynamic,
  errors: values.errors,
  log: values.verbose ? (line) => console.log(line) : undefined,
});
console.log(`Vivamo mock API (Prism) listening on ${mock.url}`);
console.log(`Try: curl -H "Authorization: Bearer test" ${mock.url}/customers`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await mock.close();
    process.exit(0);
  });
}
