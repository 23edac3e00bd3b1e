// `npm start`: builds when a source or build setting is newer than the last build, then runs the API in
// this same process (no second Node start), compiling its modules through a V8 code cache kept beside
// the build (apps/api/src/compile-cache.ts).
const { join, resolve, sep } = require('node:path');
const { ensureBuilt } = require('./build-if-stale.cjs');

const root = resolve(__dirname, '..');
ensureBuilt(root);
const { installCompileCache } = require('../dist/api/apps/api/src/compile-cache.js');
installCompileCache(join(root, 'dist', '.compile-cache'), root + sep);
require('../dist/api/apps/api/src/main.js');
