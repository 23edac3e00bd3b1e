// A V8 code cache for `npm start`: the compiled code of every CommonJS module the API loads (its own
// build and node_modules), kept in one file so a restart deserialises code instead of parsing and
// compiling several thousand modules again. An entry is used only for the exact source it was made from
// (a SHA-1 of the text); anything else compiles as usual. The file is written once the app is serving,
// and only when some module was compiled afresh, so it holds the functions the boot ran, too.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script, constants } from 'node:vm';

/** One module's cached code, by the hash of the source it was compiled from. */
interface Entry {
  hash: string;
  data: Buffer;
}

export type CacheEntries = Map<string, Entry>;

/** Encodes entries as one buffer: a 4-byte header length, a JSON header, then the code. */
export function encodeCache(entries: CacheEntries): Buffer {
  const header: Record<string, [string, number, number]> = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [file, { hash, data }] of entries) {
    header[file] = [hash, offset, data.length];
    parts.push(data);
    offset += data.length;
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json, ...parts]);
}

/** Decodes `encodeCache`'s buffer; an unreadable one is an empty cache. */
export function decodeCache(buffer: Buffer): CacheEntries {
  const entries: CacheEntries = new Map();
  try {
    const length = buffer.readUInt32LE(0);
    const header = JSON.parse(buffer.subarray(4, 4 + length).toString()) as Record<
      string,
      [string, number, number]
    >;
    const code = buffer.subarray(4 + length);
    for (const [file, [hash, offset, size]] of Object.entries(header)) {
      if (offset + size <= code.length)
        entries.set(file, { hash, data: code.subarray(offset, offset + size) });
    }
  } catch {
    entries.clear();
  }
  return entries;
}

export const sourceHash = (source: string) => createHash('sha1').update(source).digest('base64');

export interface Compiled {
  /** The module wrapper: (exports, require, module, __filename, __dirname). */
  wrapper: (...args: unknown[]) => unknown;
  script: Script;
  hash: string;
  /** Whether the code came from the cache (same source, accepted by V8). */
  cached: boolean;
}

/** Compiles a CommonJS module's source, with the cached code when it was made from this very source. */
export function compileModule(source: string, filename: string, cache: CacheEntries): Compiled {
  const hash = sourceHash(source);
  const entry = cache.get(filename);
  const cachedData = entry?.hash === hash ? entry.data : undefined;
  const script = new Script(Module.wrap(source), {
    filename,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const wrapper = script.runInThisContext({ displayErrors: true }) as Compiled['wrapper'];
  return { wrapper, script, hash, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** The parts of a CommonJS module, and of Node's loader, that compiling one needs (not in the typings). */
interface LoadedModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(source: string, filename: string, format?: string): unknown;
}
interface Loader {
  prototype: LoadedModule;
  _resolveFilename(request: string, parent: LoadedModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: LoadedModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}
const loader = Module as unknown as Loader;

/** The `require` a module's code is given, as Node makes it. */
function requireFor(module: LoadedModule): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) =>
    loader._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => loader._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions as NodeJS.RequireExtensions;
  require.cache = loader._cache as NodeJS.Dict<NodeModule>;
  return require;
}

export interface InstalledCache {
  /** Modules compiled from the cache, and afresh (new, changed, or refused by V8). */
  stats(): { cached: number; compiled: number };
  /** Writes the cache (when some module was compiled afresh) `delayMs` from now; idempotent. */
  saveLater(delayMs: number): void;
  /** Writes it now, unless it was written already (a server stopped before `saveLater` came due). */
  saveNow(): void;
}

let installed: InstalledCache | null = null;

/**
 * Compiles CommonJS modules under `root` through the cache in `file` from now on. ES modules, files
 * elsewhere and sources V8 cannot compile as a script go through Node's own compile unchanged.
 */
export function installCompileCache(file: string, root: string): InstalledCache {
  if (installed) return installed;
  let cache: CacheEntries = new Map();
  try {
    cache = decodeCache(readFileSync(file));
  } catch {
    // No cache yet.
  }
  let recording = true;
  const scripts = new Map<string, { script: Script; hash: string }>();
  let cached = 0;
  let compiled = 0;
  let saving: NodeJS.Timeout | null = null;
  const original = loader.prototype._compile;

  loader.prototype._compile = function (this: LoadedModule, source, filename, format) {
    if (format === 'module' || !filename.startsWith(root))
      return original.call(this, source, filename, format);
    let result: Compiled;
    try {
      result = compileModule(source, filename, cache);
    } catch {
      // Not a script V8 compiles as CommonJS (ES module syntax in a .js file): Node decides.
      return original.call(this, source, filename, format);
    }
    if (result.cached) cached += 1;
    else compiled += 1;
    if (recording) scripts.set(filename, { script: result.script, hash: result.hash });
    return result.wrapper.call(
      this.exports,
      this.exports,
      requireFor(this),
      this,
      filename,
      dirname(filename),
    );
  };

  const save = () => {
    if (!recording) return;
    if (saving) clearTimeout(saving);
    if (compiled > 0) {
      const entries: CacheEntries = new Map();
      for (const [filename, { script, hash }] of scripts)
        entries.set(filename, { hash, data: script.createCachedData() });
      try {
        writeFileSync(`${file}.${process.pid}`, encodeCache(entries));
        renameSync(`${file}.${process.pid}`, file);
      } catch {
        // A read-only build folder: every start compiles, as without the cache.
      }
    }
    // What loads from here on still reads the cache; nothing more is kept for writing.
    scripts.clear();
    recording = false;
  };

  installed = {
    stats: () => ({ cached, compiled }),
    saveLater(delayMs: number) {
      saving ??= setTimeout(save, delayMs).unref();
    },
    saveNow: save,
  };
  return installed;
}

/** The cache installed in this process, if any (`npm start` installs it; tests and Docker do not). */
export const compileCache = (): InstalledCache | null => installed;
