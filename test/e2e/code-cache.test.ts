import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

describe('code cache of the main bundle (Node without module.enableCompileCache)', () => {
  it.skipIf(hasBuiltIn)('is written by the first run, used by the next, and changes no output', async () => {
    const { dir, cleanup } = tempConfigDir();
    cleanups.push(cleanup);
    const first = await runCli(['list', '--json'], dir);
    expect(first.code).toBe(0);
    const files = readdirSync(codeDir(dir));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^v\d+\.\d+\.\d+-.*-main\.cjs\.bin$/);
    const second = await runCli(['list', '--json'], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const plain = await runCli(['list', '--json'], dir, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(plain.stdout).toBe(first.stdout);
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
