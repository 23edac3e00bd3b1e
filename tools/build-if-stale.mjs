// `npm start` builds only when something the build reads is newer than the last build.
// The stamp records the newest input time of the build that wrote dist/; inputs are the API and web
// sources, the libraries, and the build configuration.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const STAMP = join(root, 'dist', '.build-stamp');
const INPUTS = ['apps/api/src', 'apps/web', 'libs', 'package-lock.json', '.swcrc', 'tsconfig.base.json'];
const SKIP = new Set(['node_modules', 'dist', '.data']);

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

const inputs = Math.max(...INPUTS.map((p) => newest(join(root, p))));
const built = existsSync(STAMP) ? Number(readFileSync(STAMP, 'utf8')) : 0;
const outputs = ['dist/api/apps/api/src/main.js', 'dist/web/index.html'].every((p) =>
  existsSync(join(root, p)),
);

if (outputs && built >= inputs) {
  process.stdout.write('Build is up to date.\n');
} else {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, String(inputs));
}
