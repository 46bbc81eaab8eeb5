import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isColdRun } from '../store/cold-run.js';
import { makeDir } from '../store/make-dir.js';
import { cacheDir } from '../store/paths.js';

// Without a code cache every start compiles the 250 KB main bundle again: ~10 ms of parsing,
// and more compiling its functions as they first run. V8 can keep that work (a code cache) if
// asked; this asks, for the main bundle and the bundles it loads lazily, and stores it in the
// learner's cache directory. Node 20 has nothing of the kind; the module.enableCompileCache()
// of Node >= 22.1 keeps what compiles as a module loads, not what its functions compile as
// they run, and a quiz measured 2.60x (Node 22) and 2.52x (Node 24) with it against 2.20x and
// 2.11x with this, so mlroad uses this on every Node. V8 checks the cache against the
// source and its own version and flags, and rejects one that does not match; a rejected or
// missing cache is written afresh.
// A cache holds only the functions compiled by the runs that wrote it, and the rest compile
// lazily at every start: so each file also names the commands whose runs it holds, and the
// first run of another command writes it again, with its own functions added to the others.
// The main bundle keeps a file per command for the first few commands run (a cache covering
// every command is a fifth larger, and V8 reads all of it at each start); later ones share one.
// Files of another build are removed once a day old, so upgrades leave nothing behind.
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

/** How many commands a cache file names at most: a bound on rewrites, whatever the arguments. */
const MAX_COVERED = 40;
/** How many commands get a main-bundle cache file of their own. */
const OWN_FILES = 8;
/** A cache file of another build (or a temp file) older than this is removed when a cache is written. */
const STALE_MS = 24 * 60 * 60 * 1000;
const RUN_LABEL = /^[a-z][a-z-]{0,19}$/;

/**
 * Loads a CommonJS file as require() would, through a V8 code cache kept under `env`'s cache
 * directory. `run` names what this run does (its command), for the cache to cover it; with
 * `perRun`, the run gets a file of its own while there are fewer than OWN_FILES.
 */
export function requireWithCodeCache(file: string, env: NodeJS.ProcessEnv = process.env, run = '', perRun = false): unknown {
  const source = readFileSync(file, 'utf8');
  const stamp = statSync(file);
  const dir = join(cacheDir(env), 'code');
  const build = `${process.version}-${process.arch}-${stamp.size}-${Math.floor(stamp.mtimeMs)}-${baseName(file)}`;
  const { cacheFile, cachedData, covered } = chooseCache(dir, build, perRun && RUN_LABEL.test(run) ? run : undefined);
  const M = Module as unknown as ModuleStatics;
  const script = new Script(M.wrap(source), { filename: file, cachedData });
  const mod = new M(file, undefined);
  mod.filename = file;
  mod.paths = M._nodeModulePaths(dirname(file));
  M._cache[file] = mod;
  try {
    const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: CjsModule, filename: string, dirname: string) => void;
    wrapper.call(mod.exports, mod.exports, bundleRequire(file, env, run), mod, file, dirname(file));
  } catch (error) {
    delete M._cache[file]; // so that a plain require() can try again
    throw error;
  }
  mod.loaded = true;
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  if (fresh || (!covered.includes(run) && covered.length < MAX_COVERED)) {
    // At exit, so the cache also holds the functions this run compiled, not only the top level.
    const names = fresh ? [run] : [...covered, run];
    process.once('exit', () => {
      if (perRun && isColdRun()) return; // see store/cold-run.ts: the next run writes it
      saveQuietly(cacheFile, () => Buffer.concat([Buffer.from(`${JSON.stringify(names)}\n`), script.createCachedData()]));
      removeStale(dir, baseName(file), build);
    });
  }
  return mod.exports;
}

/**
 * The require a bundle is given: the bundles it loads lazily, beside it (`./lib/x.cjs` from
 * the main bundle, `./x.cjs` from one of them), load through a code cache of their own; anything
 * else, and any of them that fails so, is a plain require.
 */
function bundleRequire(file: string, env: NodeJS.ProcessEnv, run: string): NodeJS.Require {
  const plain = createRequire(file);
  const M = Module as unknown as ModuleStatics;
  const own = (id: string): unknown => {
    if (!/^\.\/(lib\/)?[a-z0-9-]+\.cjs$/.test(id)) return plain(id);
    const path = join(dirname(file), id);
    const loaded = M._cache[path] as CjsModule | undefined;
    if (loaded) return loaded.exports;
    try {
      return requireWithCodeCache(path, env, run);
    } catch {
      return plain(id);
    }
  };
  return Object.assign(own, { resolve: plain.resolve, cache: plain.cache, main: plain.main, extensions: plain.extensions }) as NodeJS.Require;
}

/**
 * The run's own file when it has one or may start one, else the file the other runs share. A
 * run starting its own file borrows another's data meanwhile: the same bundle, so most of what
 * it runs is there (and a run that never exits normally, killed once its output is read, would
 * otherwise compile everything every time).
 */
export function chooseCache(dir: string, build: string, run: string | undefined): { cacheFile: string; cachedData: Buffer | undefined; covered: string[] } {
  const shared = join(dir, `${build}.bin`);
  if (run === undefined) return { cacheFile: shared, ...readCache(shared) };
  const own = join(dir, `${build}.${run}.bin`);
  const found = readCache(own);
  if (found.cachedData !== undefined) return { cacheFile: own, ...found };
  let others: string[] = [];
  try {
    others = readdirSync(dir).filter((name) => name.startsWith(`${build}.`) && name.endsWith('.bin') && name !== `${build}.bin`);
  } catch {
    // no folder yet: none owned
  }
  if (others.length >= OWN_FILES) return { cacheFile: shared, ...readCache(shared) };
  let borrowed: Buffer | undefined;
  for (const path of [shared, ...others.map((name) => join(dir, name))]) {
    borrowed = readCache(path).cachedData;
    if (borrowed) break;
  }
  return { cacheFile: own, cachedData: borrowed, covered: [] };
}

/** Removes the cache files of other builds of this bundle, and temp files, once a day old. */
function removeStale(dir: string, base: string, build: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const ours = name.startsWith(build);
    const thisBundle = name.includes(`-${base}.`) && /\.bin(\.\d+\.tmp)?$/.test(name);
    if (!thisBundle || (ours && !name.endsWith('.tmp'))) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > STALE_MS) unlinkSync(join(dir, name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** The cache's data and the runs it covers: a JSON line of names, then V8's bytes. Anything else is no cache. */
function readCache(path: string): { cachedData: Buffer | undefined; covered: string[] } {
  try {
    const raw = readFileSync(path);
    const end = raw.indexOf(10);
    const covered: unknown = JSON.parse(raw.subarray(0, end).toString('utf8'));
    if (end > 0 && Array.isArray(covered) && covered.every((name) => typeof name === 'string')) return { cachedData: raw.subarray(end + 1), covered };
  } catch {
    // none yet, or not ours
  }
  return { cachedData: undefined, covered: [] };
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
