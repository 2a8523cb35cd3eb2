// Stand-in on this branch for the client's src/options.ts (issue 9 moves the options there).
export type { RequestOptions, VivamoClientOptions } from "./client.js";
