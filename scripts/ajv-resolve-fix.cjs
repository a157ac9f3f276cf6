/**
 * Work-around for the installed dependency tree, loaded by webpack.config.js. schema-utils (used by
 * webpack-dev-server to check its options) loads ajv-keywords, which npm placed at the root of
 * node_modules next to ajv 6 (eslint's), while it needs ajv 8 (schema-utils' own, nested copy): with
 * `legacy-peer-deps` its peer dependency is not installed beside it. This points ajv-keywords' requests
 * for `ajv` at that ajv 8. It does nothing when the root ajv is already 8 (a tree without the problem);
 * the lasting fix is in package.json (see docs/addin.md, "Known issues").
 */
const fs = require('fs');
const path = require('path');
const Module = require('module');

const root = path.join(__dirname, '..', 'node_modules');
const rootAjv = path.join(root, 'ajv', 'package.json');
const ajv8 = path.join(root, 'schema-utils', 'node_modules', 'ajv');
const keywords = `${path.sep}node_modules${path.sep}ajv-keywords${path.sep}`;

function major(pkgJson) {
  try {
    return parseInt(JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version, 10);
  } catch {
    return null;
  }
}

if (major(rootAjv) !== 8 && major(path.join(ajv8, 'package.json')) === 8) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if ((request === 'ajv' || request.startsWith('ajv/')) && parent && parent.filename && parent.filename.includes(keywords)) {
      return resolve.call(this, ajv8 + request.slice(3), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
}
