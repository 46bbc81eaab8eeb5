import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempConfigDir } from '../support/cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const codeDir = (configDir: string) => join(configDir, 'cache', 'code');
describe('code cache of the bundles', () => {
  it('is left by a run that parsed the roadmap, written by the next, and changes no output', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const first = await runCli(['list', '--json'], dir);
    expect(first.code).toBe(0);
    // The first run parsed the roadmap (cold-run.ts): only the parser's own cache is written.
    expect(readdirSync(codeDir(dir))).toEqual([expect.stringMatching(/^v\d+\.\d+\.\d+-.*-parse\.cjs\.bin$/)]);
    const second = await runCli(['list', '--json'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const files = readdirSync(codeDir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^v\d+\.\d+\.\d+-.*-main\.cjs\.list\.bin$/);
    const third = await runCli(['list', '--json'], dir);
    expect(third.stdout).toBe(first.stdout);
    const plain = await runCli(['list', '--json'], dir, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(plain.stdout).toBe(first.stdout);
  });

  const header = (path: string) => JSON.parse(readFileSync(path).subarray(0, readFileSync(path).indexOf(10)).toString());

  it('gives the first commands a main-bundle cache of their own, written once', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const own = (command: string) => join(codeDir(dir), readdirSync(codeDir(dir)).find((f) => f.endsWith(`-main.cjs.${command}.bin`))!);
    // The first run parses the roadmap, and leaves the main bundle's cache to the next.
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect(header(own('status'))).toEqual(['status']);
    expect((await runCli(['next', '--json'], dir)).code).toBe(0);
    expect(header(own('next'))).toEqual(['next']);
    const written = statSync(own('status')).mtimeMs;
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect(statSync(own('status')).mtimeMs).toBe(written); // a command with its cache leaves it as it is
    // A lazily loaded bundle keeps one cache, naming the runs that loaded it.
    expect((await runCli(['quiz', 'python', '--plain', '-n', '1', '--seed', '1'], dir, { input: '1\n' })).code).toBe(0);
    const fsrs = readdirSync(codeDir(dir)).find((f) => f.endsWith('-fsrs.cjs.bin'));
    expect(fsrs).toBeDefined();
    expect(header(join(codeDir(dir), fsrs!))).toEqual(['quiz']);
    expect(header(own('quiz'))).toEqual(['quiz']);
    expect(readdirSync(codeDir(dir)).filter((f) => f.includes('-main.cjs.'))).toHaveLength(3);
  });

  it('past eight commands with their own file, the others share one that names them', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    const build = readdirSync(codeDir(dir))
      .find((f) => f.endsWith('-main.cjs.status.bin'))!
      .replace(/\.status\.bin$/, '');
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) writeFileSync(join(codeDir(dir), `${build}.${name}.bin`), '["x"]\n');
    const first = await runCli(['next', '--json'], dir);
    expect(first.code).toBe(0);
    expect((await runCli(['list', '--json'], dir)).code).toBe(0);
    expect(existsSync(join(codeDir(dir), `${build}.next.bin`))).toBe(false);
    expect(header(join(codeDir(dir), `${build}.bin`))).toEqual(['next', 'list']);
    const again = await runCli(['next', '--json'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  });

  it('removes the cache files of other builds once they are a day old, and keeps the rest', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    mkdirSync(codeDir(dir), { recursive: true });
    const path = (name: string) => join(codeDir(dir), name);
    const old = ['v20.0.0-x64-1-1-main.cjs.bin', 'v20.0.0-x64-1-1-main.cjs.quiz.bin', 'v20.0.0-x64-1-1-main.cjs.bin.77.tmp'];
    const kept = ['v20.0.0-x64-2-2-main.cjs.next.bin', 'v20.0.0-x64-1-1-fsrs.cjs.bin', 'notes.txt'];
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const name of [...old, ...kept]) writeFileSync(path(name), 'x');
    for (const name of [...old, 'v20.0.0-x64-1-1-fsrs.cjs.bin', 'notes.txt']) utimesSync(path(name), twoDaysAgo, twoDaysAgo);
    expect((await runCli(['status', '--json'], dir)).code).toBe(0); // parses the roadmap: writes no main cache
    expect((await runCli(['status', '--json'], dir)).code).toBe(0);
    for (const name of old) expect(existsSync(path(name)), name).toBe(false);
    for (const name of kept) expect(existsSync(path(name)), name).toBe(true);
    expect(readdirSync(codeDir(dir)).some((f) => f.endsWith('-main.cjs.status.bin'))).toBe(true);
  });

  it('a damaged cache file is rejected by V8, rewritten, and the command still works', async () => {
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
