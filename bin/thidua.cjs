#!/usr/bin/env node
'use strict';
// The `thidua` command runs the TypeScript sources directly through tsx, so that `npx thidua …` works
// right after `npm ci`, with no build step (WORKBOOK.md §5).
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // Last resort: never a stack trace (WORKBOOK.md §5); exit 2 = the command could not run.
    process.stderr.write(`thidua: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
