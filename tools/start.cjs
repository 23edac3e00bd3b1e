// `npm start`: builds when a source or build setting is newer than the last build, then runs the API in
// this same process (no second Node start).
const { resolve } = require('node:path');
const { ensureBuilt } = require('./build-if-stale.cjs');

const root = resolve(__dirname, '..');
ensureBuilt(root);
require('../dist/api/apps/api/src/main.js');
