import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

// The published package: what `npm pack` puts in the tarball, installed globally into a
// temporary prefix, with nothing fetched (the bundle holds every runtime package).
let work: string;
let prefix: string;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlroad-pack-'));
  prefix = join(work, 'prefix');
  // dist/ is already built by `npm test`; the tarball must not rebuild it.
  const name = execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  execFileSync(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, name)], {
    cwd: work,
    encoding: 'utf8',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package', () => {
  it('declares no runtime dependency: the bundle holds them all', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = join(prefix, 'lib', 'node_modules', 'mlroad');
    expect(existsSync(join(installed, 'dist', 'main.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules')) ? readdirSync(join(installed, 'node_modules')) : []).toEqual([]);
  });

  it('runs next and status --prompt from the global install', () => {
    const config = join(work, 'config');
    const env = { PATH: process.env.PATH, HOME: config, MLROAD_CONFIG_DIR: config, LANG: 'C', NO_COLOR: '1' };
    const bin = join(prefix, 'bin', 'mlroad');
    const next = spawnSync(bin, ['next'], { env, encoding: 'utf8' });
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('Programming (Python, no question about it)');
    const prompt = spawnSync(bin, ['status', '--prompt'], { env, encoding: 'utf8' });
    expect(prompt.status).toBe(0);
    expect(prompt.stdout.trim()).toBe('ml 0%');
  });
});
