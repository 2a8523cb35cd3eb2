#!/usr/bin/env node
// vivamo-mock: the mock API, webhook deliveries and the live contract check, from one command
// (src/command.js). See README.md for every option; `vivamo-mock --help` prints the summary.
import { runCli } from "./command.js";

const code = await runCli(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
