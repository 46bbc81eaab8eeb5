import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempConfigDir } from '../support/cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const codeDir = (configDir: string) => join(configDir, 'cache', 'code');
// Where Node has its own compile cache, mlroad uses that one instead.
const hasBuiltIn = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('code cache of the bundles (Node without module.enableCompileCache)', () => {
  it.skipIf(hasBuiltIn)('is written by the first run, used by the next, and changes no output', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const first = await runCli(['list', '--json'], dir);
    expect(first.code).toBe(0);
    // The main bundle, and the roadmap parser that this first (cold) run loaded lazily.
    const files = readdirSync(codeDir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^v\d+\.\d+\.\d+-.*-main\.cjs\.bin$/);
    expect(files[1]).toMatch(/^v\d+\.\d+\.\d+-.*-parse\.cjs\.bin$/);
    const second = await runCli(['list', '--json'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const plain = await runCli(['list', '--json'], dir, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(plain.stdout).toBe(first.stdout);
  });

  it.skipIf(hasBuiltIn)('names the commands whose runs it holds, and the first run of another adds its own', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const mainCache = () => join(codeDir(dir), readdirSync(codeDir(dir)).find((f) => f.endsWith('-main.cjs.bin'))!);
    const covered = () => JSON.parse(readFileSync(mainCache()).subarray(0, readFileSync(mainCache()).indexOf(10)).toString());
    // The first run parses the roadmap, which changes a V8 flag for a while: V8 would refuse a
    // cache written under it, and the next run would start the list again.
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect(covered()).toEqual(['status']);
    expect((await runCli(['next', '--json'], dir)).code).toBe(0);
    expect(covered()).toEqual(['status', 'next']);
    const written = statSync(mainCache()).mtimeMs;
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect(covered()).toEqual(['status', 'next']);
    expect(statSync(mainCache()).mtimeMs).toBe(written); // a covered command leaves it as it is
    // A lazily loaded bundle keeps a cache of its own, named for the run that loaded it.
    expect((await runCli(['quiz', 'python', '--plain', '-n', '1', '--seed', '1'], dir, { input: '1\n' })).code).toBe(0);
    const fsrs = readdirSync(codeDir(dir)).find((f) => f.endsWith('-fsrs.cjs.bin'));
    expect(fsrs).toBeDefined();
    const raw = readFileSync(join(codeDir(dir), fsrs!));
    expect(JSON.parse(raw.subarray(0, raw.indexOf(10)).toString())).toEqual(['quiz']);
    expect(covered()).toEqual(['status', 'next', 'quiz']);
  });

  it.skipIf(hasBuiltIn)('a damaged cache file is rejected by V8, rewritten, and the command still works', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    const [name] = readdirSync(codeDir(dir));
    writeFileSync(join(codeDir(dir), name!), 'not a code cache');
    const again = await runCli(['status', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).roadmap.id).toBe('ml-engineer');
  });

  it('loads a module as require() would: exports, __filename, relative require', () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const mod = join(dir, 'mod');
    mkdirSync(mod, { recursive: true });
    writeFileSync(join(mod, 'dep.cjs'), 'module.exports = 41;');
    writeFileSync(join(mod, 'main.cjs'), "exports.answer = require('./dep.cjs') + 1; exports.file = __filename;");
    const script = `const m = require(${JSON.stringify(join(ROOT, 'dist', 'code-cache.cjs'))}).requireWithCodeCache(${JSON.stringify(join(mod, 'main.cjs'))}); console.log(JSON.stringify(m));`;
    const env = { ...process.env, MLROAD_CONFIG_DIR: dir };
    for (let run = 0; run < 2; run++) {
      const r = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ answer: 42, file: join(mod, 'main.cjs') });
    }
    expect(existsSync(codeDir(dir))).toBe(true);
    rmSync(mod, { recursive: true, force: true });
  });
});
