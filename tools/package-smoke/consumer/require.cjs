// Loads the PACKED packages with require(), as a CommonJS application does, and prints what it
// got: the client's CommonJS build must export the same API as its ES module build.
const client = require("@vivamo/api-client");
const types = require("@vivamo/api-types");

console.log(
  JSON.stringify({
    client: Object.keys(client).sort(),
    types: Object.keys(types).sort(),
  }),
);
