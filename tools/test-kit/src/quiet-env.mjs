// @ts-check
// The one list of the variables that turn our tools' telemetry and update notices off. The root
// commands (npm start, npm test, pnpm dev), the Redocly runner and the tests that run turbo or
// Redocly in scratch copies all start their children with it: nothing we run phones home or nags.
// (Redocly's Node.js end-of-life box has no switch: tools/spec-tools/src/redocly-cli.mjs filters it.)

/** @type {Readonly<Record<string, string>>} */
export const QUIET_TOOL_ENV = Object.freeze({
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
  npm_config_update_notifier: "false",
  DO_NOT_TRACK: "1",
});
