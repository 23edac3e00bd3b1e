import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildState, newestInput, stampFile } from './build-if-stale.cjs';

// `npm start` skips the build when nothing it reads is newer than the stamp of the last build.
describe('the staleness check of npm start', () => {
  let root: string;
  const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);
  const file = (path: string, seconds: number) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, path);
    utimesSync(full, at(seconds), at(seconds));
  };
  /** Every folder gets an old time, so only the files' times count. */
  const ageFolders = (...paths: string[]) => paths.forEach((p) => utimesSync(join(root, p), at(0), at(0)));
  const built = () => writeFileSync(stampFile(root), String(newestInput(root)));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'haven-stale-'));
    file('apps/api/src/main.ts', 10);
    file('apps/web/index.html', 10);
    file('libs/server/core/src/index.ts', 20);
    file('package-lock.json', 5);
    file('dist/api/apps/api/src/main.js', 30);
    file('dist/web/index.html', 30);
    ageFolders('apps/api/src', 'apps/web', 'libs', 'libs/server', 'libs/server/core', 'libs/server/core/src');
    built();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date after a build, and stale when a source is newer than it', () => {
    expect(buildState(root)).toEqual({ stale: false, inputs: at(20).getTime() });
    file('libs/server/core/src/index.ts', 40);
    expect(buildState(root)).toEqual({ stale: true, inputs: at(40).getTime() });
  });

  it('counts a build setting, a new file and a deleted one (its folder changes)', () => {
    file('package-lock.json', 50);
    expect(buildState(root).stale).toBe(true);
    built();
    file('apps/web/src/new-page.tsx', 60);
    ageFolders('apps/web', 'apps/web/src');
    expect(buildState(root).stale).toBe(true);
    built();
    rmSync(join(root, 'apps/web/src/new-page.tsx'));
    utimesSync(join(root, 'apps/web/src'), at(70), at(70));
    expect(buildState(root).stale).toBe(true);
  });

  it('ignores dependencies, build output and data folders inside the sources', () => {
    file('apps/web/node_modules/x/index.js', 90);
    file('libs/dist/out.js', 90);
    file('libs/.data/postgres/PG_VERSION', 90);
    ageFolders('apps/web', 'libs');
    expect(buildState(root).stale).toBe(false);
  });

  it('is stale when an output is missing or nothing was built here yet', () => {
    rmSync(join(root, 'dist/web/index.html'));
    expect(buildState(root).stale).toBe(true);
    file('dist/web/index.html', 30);
    rmSync(stampFile(root));
    expect(buildState(root).stale).toBe(true);
  });
});
