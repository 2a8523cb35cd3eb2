#!/usr/bin/env node
// The main command's last step: serve what the build produced, on loopback, until Ctrl-C.
import { startMock } from "@vivamo/mock-server";

const mock = await startMock({ port: Number(process.env.VIVAMO_MOCK_PORT ?? 4010) });
console.log(`\nVivamo mock API (Prism):  ${mock.url}`);
console.log("Press Ctrl-C to stop.");
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await mock.close();
    process.exit(0);
  });
}
