// Loads the PACKED packages with import, as an ES module application does, and prints what it
// got; compared with require.cjs's output.
import * as client from "@vivamo/api-client";
import * as types from "@vivamo/api-types";

console.log(
  JSON.stringify({
    client: Object.keys(client).sort(),
    types: Object.keys(types).sort(),
  }),
);
