import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { makeDir } from '../store/make-dir.js';
import { cacheDir } from '../store/paths.js';

// Node 20 has no module.enableCompileCache(), so every start compiles the 190 KB main bundle
// again: ~10 ms of parsing, and more compiling its functions as they first run. V8 can keep
// that work (a code cache) if asked; this asks, for the main bundle only, and stores it in the
// learner's cache directory. V8 checks the cache against the source and its own version and
// flags, and rejects one that does not match; a rejected or missing cache is written afresh.
// Bundled alone (dist/code-cache.cjs) and required by bin/mlroad.cjs before anything else.

interface CjsModule {
  exports: unknown;
  filename: string;
  paths: string[];
  loaded: boolean;
}
type ModuleStatics = {
  new (id: string, parent?: unknown): CjsModule;
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
  _cache: Record<string, unknown>;
};

/** Loads a CommonJS file as require() would, through a V8 code cache kept under `env`'s cache directory. */
export function requireWithCodeCache(file: string, env: NodeJS.ProcessEnv = process.env): unknown {
  const source = readFileSync(file, 'utf8');
  const stamp = statSync(file);
  const cacheFile = join(cacheDir(env), 'code', `${process.version}-${process.arch}-${stamp.size}-${Math.floor(stamp.mtimeMs)}-${baseName(file)}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const M = Module as unknown as ModuleStatics;
  const script = new Script(M.wrap(source), { filename: file, cachedData });
  const mod = new M(file, undefined);
  mod.filename = file;
  mod.paths = M._nodeModulePaths(dirname(file));
  M._cache[file] = mod;
  try {
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: CjsModule, filename: string, dirname: string) => void;
    wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  } catch (error) {
    delete M._cache[file]; // so that a plain require() can try again
    throw error;
  }
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit, so the cache also holds the functions this run compiled, not only the top level.
    process.once('exit', () => saveQuietly(cacheFile, () => script.createCachedData()));
  }
  return mod.exports;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9.-]/g, '_');
}

/** Best effort and atomic: a cache that cannot be written only costs speed. */
function saveQuietly(path: string, data: () => Buffer): void {
  try {
    makeDir(dirname(path));
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data());
    renameSync(temp, path);
  } catch {
    // ignored on purpose
  }
}
