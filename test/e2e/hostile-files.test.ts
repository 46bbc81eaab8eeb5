import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempConfigDir } from '../support/cli.js';

// Devices, FIFOs and symlinks that leave the roadmap: refused with a clear message, never read.
// The deadline only guards against a hang (a FIFO read would block forever); no timing is asserted.

let dir: string;
let cleanup: () => void;
let roadmap: string;
beforeEach(() => {
  ({ dir, cleanup } = tempConfigDir());
  roadmap = join(dir, 'rm');
  cpSync(join(FIXTURES, 'mini'), roadmap, { recursive: true });
});
afterEach(() => cleanup());

const fifo = (path: string) => execFileSync('mkfifo', [path]);
const run = (args: string[]) => runCli(args, dir, { timeoutMs: 30_000 });
const include = () => join(roadmap, 'quizzes', 'arithmetic.yaml');

describe('files that are not regular', () => {
  it('/dev/zero and a FIFO as the roadmap are refused', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    fifo(join(dir, 'pipe.yaml'));
    for (const [file, word] of [
      ['zero.yaml', 'device'],
      ['pipe.yaml', 'FIFO'],
    ] as const) {
      const r = await run(['validate', join(dir, file)]);
      expect(r.signal, file).toBeNull();
      expect(r.code, file).toBe(2);
      expect(r.stdout + r.stderr).toContain(`is a ${word}`);
    }
  });

  it('/dev/zero and a FIFO as an include are refused', async () => {
    // /dev/zero resolves outside the roadmap, so containment refuses it before the type check.
    const cases = [
      [() => symlinkSync('/dev/zero', include()), 'leads outside'],
      [() => fifo(include()), 'is a FIFO'],
    ] as const;
    for (const [make, says] of cases) {
      rmSync(include());
      make();
      const r = await run(['validate', roadmap]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(says);
    }
  });

  it('/dev/zero and a FIFO to import are refused', async () => {
    fifo(join(dir, 'pipe.json'));
    for (const [file, word] of [
      ['/dev/zero', 'device'],
      [join(dir, 'pipe.json'), 'FIFO'],
    ] as const) {
      const r = await run(['progress', 'import', file]);
      expect(r.signal, file).toBeNull();
      expect(r.code, file).toBe(2);
      expect(r.stdout + r.stderr).toContain(`is a ${word}`);
    }
  });

  it('a FIFO as the progress file is refused, not waited on', async () => {
    fifo(join(dir, 'progress.json'));
    const r = await run(['status']);
    expect(r.signal).toBeNull();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('is a FIFO');
  });
});

describe("FIFOs in place of mlroad's own files", () => {
  it('a cache or a record beside the progress file that is a FIFO counts as none: nothing waits on it', async () => {
    expect((await run(['done', 'python'])).code).toBe(0);
    expect((await run(['list'])).code).toBe(0);
    expect((await run(['next'])).code).toBe(0);
    for (const name of ['status-view.json', 'list-view.txt', 'next-view.txt', 'prompt.json', '.progress.json.verified', '.progress.log.jsonl.summary.json']) {
      rmSync(join(dir, name), { force: true });
      fifo(join(dir, name));
    }
    // Each command reads its file while it is still a FIFO (none of them rewrites another's).
    const status = await run(['status', '--json']);
    expect([status.signal, status.code, JSON.parse(status.stdout).done]).toEqual([null, 0, 1]);
    const prompt = await run(['status', '--prompt']);
    expect([prompt.signal, prompt.code, prompt.stdout]).toEqual([null, 0, 'ml 3%\n']);
    const stats = await run(['stats']);
    expect([stats.signal, stats.code]).toEqual([null, 0]);
    const list = await run(['list']);
    expect([list.signal, list.code]).toEqual([null, 0]);
    expect(list.stdout).toMatch(/✓ python/);
    const next = await run(['next']);
    expect([next.signal, next.code]).toEqual([null, 0]);
    expect(next.stdout).toContain('(math-for-ml)');
    expect((await run(['done', 'math-for-ml'])).code).toBe(0);
  });
});

describe('includes that leave the roadmap through a symlink', () => {
  const secret = () => join(dir, 'secret.yaml');
  beforeEach(() => writeFileSync(secret(), 'id: arithmetic\ntitle: SECRET\nquestions:\n  - {id: q, type: truefalse, prompt: SECRET?, answer: true}\n'));

  it('a symlinked file is refused by validate, and quiz never serves it', async () => {
    rmSync(include());
    symlinkSync('../../secret.yaml', include());
    const v = await run(['validate', roadmap]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('leads outside the roadmap');
    const q = await runCli(['--roadmap', roadmap, 'quiz', 'arithmetic', '--plain'], dir, { input: '\n' });
    expect(q.code).toBe(2);
    expect(q.stdout + q.stderr).not.toContain('SECRET');
  });

  it('a symlinked directory is refused too', async () => {
    rmSync(join(roadmap, 'quizzes'), { recursive: true });
    mkdirSync(join(dir, 'outside'));
    cpSync(secret(), join(dir, 'outside', 'arithmetic.yaml'));
    symlinkSync(join(dir, 'outside'), join(roadmap, 'quizzes'));
    const v = await run(['validate', roadmap]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('leads outside the roadmap');
  });

  it('a symlink that stays inside is fine', async () => {
    cpSync(include(), join(roadmap, 'real.yaml'));
    rmSync(include());
    symlinkSync('../real.yaml', include());
    const v = await run(['validate', roadmap]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });
});
