#!/usr/bin/env node
'use strict';
// The `thidua` command. It runs build/thidua.cjs, the command line compiled by `npm ci` / `npm install`
// (the `prepare` step, scripts/build-cli.mjs), so it starts in node's own time. When that build is missing
// or older than a source it was made from (someone editing src/), it runs the TypeScript sources through
// tsx instead: slower to start, never stale.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const built = path.join(root, 'build', 'thidua.cjs');

function buildIsFresh() {
  try {
    const at = fs.statSync(built).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(path.join(root, 'build', 'inputs.json'), 'utf8'));
    return inputs.length > 0 && inputs.every((f) => fs.statSync(path.join(root, f)).mtimeMs <= at);
  } catch {
    return false;
  }
}

let main;
if (process.env.THIDUA_TSX !== '1' && buildIsFresh()) {
  ({ main } = require(built));
} else {
  require('tsx/cjs');
  ({ main } = require('../src/cli/main.ts'));
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last resort: never a stack trace (WORKBOOK.md §5); exit 2 = the command could not run.
    process.stderr.write(`thidua: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
