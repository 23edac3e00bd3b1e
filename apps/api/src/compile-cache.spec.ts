import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { transformFileSync } from '@swc/core';
import { compileModule, decodeCache, encodeCache, sourceHash, type CacheEntries } from './compile-cache';

/** Runs a compiled module wrapper and returns what it exported. */
function run(wrapper: (...args: unknown[]) => unknown): unknown {
  const module = { exports: {} as unknown };
  wrapper.call(module.exports, module.exports, () => undefined, module, 'x.js', '.');
  return module.exports;
}

describe('the code cache of npm start', () => {
  it('encodes and decodes entries, and reads anything unreadable as an empty cache', () => {
    const entries: CacheEntries = new Map([
      ['/a.js', { hash: 'h1', data: Buffer.from([1, 2, 3]) }],
      ['/b.js', { hash: 'h2', data: Buffer.from([4]) }],
    ]);
    expect(decodeCache(encodeCache(entries))).toEqual(entries);
    expect(decodeCache(Buffer.from('not a cache'))).toEqual(new Map());
    expect(decodeCache(Buffer.alloc(0))).toEqual(new Map());
  });

  it('uses cached code only for the very source it was made from', () => {
    const before = 'module.exports = { answer: () => 41 + 1 };';
    const after = 'module.exports = { answer: () => 40 + 7 };'; // the same length: V8 alone would accept it
    const first = compileModule(before, '/app/x.js', new Map());
    expect(first.cached).toBe(false);
    const cache: CacheEntries = new Map([
      ['/app/x.js', { hash: first.hash, data: first.script.createCachedData() }],
    ]);

    const again = compileModule(before, '/app/x.js', cache);
    expect(again.cached).toBe(true);
    expect((run(again.wrapper) as { answer(): number }).answer()).toBe(42);

    const changed = compileModule(after, '/app/x.js', cache);
    expect(changed.cached).toBe(false);
    expect(changed.hash).toBe(sourceHash(after));
    expect((run(changed.wrapper) as { answer(): number }).answer()).toBe(47);
  });

  // Jest loads modules itself, so the installed cache runs in a Node process of its own.
  it('loads modules through the cache with their own require, and writes what it compiled', () => {
    const root = mkdtempSync(join(tmpdir(), 'haven-code-cache-'));
    try {
      const { code } = transformFileSync(join(__dirname, 'compile-cache.ts'), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      writeFileSync(join(root, 'compile-cache.js'), code);
      mkdirSync(join(root, 'app'));
      writeFileSync(join(root, 'app', 'b.js'), 'exports.name = "b";');
      writeFileSync(
        join(root, 'app', 'a.js'),
        'const b = require("./b"); module.exports = { b: b.name, file: __filename, same: require.cache[require.resolve("./b")].exports === b };',
      );
      const start = () =>
        JSON.parse(
          execFileSync(process.execPath, [
            '-e',
            `const cache = require(${JSON.stringify(join(root, 'compile-cache.js'))})
              .installCompileCache(${JSON.stringify(join(root, 'cache.bin'))}, ${JSON.stringify(join(root, 'app') + sep)});
            const a = require(${JSON.stringify(join(root, 'app', 'a.js'))});
            cache.saveNow();
            console.log(JSON.stringify({ a, ...cache.stats() }));`,
          ]).toString(),
        ) as { a: unknown; cached: number; compiled: number };
      const expected = { b: 'b', file: join(root, 'app', 'a.js'), same: true };

      expect(start()).toEqual({ a: expected, cached: 0, compiled: 2 });
      const written = decodeCache(readFileSync(join(root, 'cache.bin')));
      expect([...written.keys()].sort()).toEqual([join(root, 'app', 'a.js'), join(root, 'app', 'b.js')]);
      expect(written.get(join(root, 'app', 'b.js'))?.hash).toBe(sourceHash('exports.name = "b";'));

      expect(start()).toEqual({ a: expected, cached: 2, compiled: 0 });
      writeFileSync(join(root, 'app', 'b.js'), 'exports.name = "c";');
      expect(start()).toEqual({ a: { ...expected, b: 'c' }, cached: 1, compiled: 1 });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
