// `npm start` builds only when something the build reads is newer than the last build.
// The stamp records the newest input time of the build that wrote dist/; inputs are the API and web
// sources, the libraries, and the build configuration (a folder's own time counts: a deleted file).
// `tools/start.cjs` runs the check in the server's own process; `node tools/build-if-stale.cjs` alone
// builds if needed and exits.
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const INPUTS = ['apps/api/src', 'apps/web', 'libs', 'package-lock.json', '.swcrc', 'tsconfig.base.json'];
const OUTPUTS = ['dist/api/apps/api/src/main.js', 'dist/web/index.html'];
const SKIP = new Set(['node_modules', 'dist', '.data']);
const stampFile = (root) => join(root, 'dist', '.build-stamp');

/** The newest modification time under `path` (0 when it does not exist). */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(path)) {
    if (!SKIP.has(name)) latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

/** The newest time among the build's inputs. */
function newestInput(root) {
  return Math.max(...INPUTS.map((p) => newest(join(root, p))));
}

/** Whether `root` needs a build: an output is missing, or an input is newer than the stamp. */
function buildState(root) {
  const inputs = newestInput(root);
  let built = 0;
  try {
    built = Number(readFileSync(stampFile(root), 'utf8'));
  } catch {
    // Never built here.
  }
  const outputs = OUTPUTS.every((p) => statSync(join(root, p), { throwIfNoEntry: false }));
  return { stale: !outputs || !(built >= inputs), inputs };
}

/** Builds when stale (exiting with the build's status when it fails), then records the stamp. */
function ensureBuilt(root) {
  const { stale, inputs } = buildState(root);
  if (!stale) {
    process.stdout.write('Build is up to date.\n');
    return;
  }
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile(root), String(inputs));
}

module.exports = { INPUTS, OUTPUTS, buildState, ensureBuilt, newestInput, stampFile };

if (require.main === module) ensureBuilt(resolve(__dirname, '..'));
