import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBigProgress } from '../support/big-progress.js';
import { runCli, runJson, tempConfigDir } from '../support/cli.js';
import { startHangingWriter } from '../support/hang-mid-write.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const progress = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
const logLines = () => readFileSync(join(dir, 'progress.log.jsonl'), 'utf8').split('\n').filter(Boolean);
const env = () => ({ MLROAD_CONFIG_DIR: dir, HOME: dir, LANG: 'C', NO_COLOR: '1' });

async function requiredTopics(): Promise<string[]> {
  const list = await runJson<{ stages: { topics: { id: string; optional: boolean }[] }[] }>(['list'], dir);
  return list.stages.flatMap((s) => s.topics.filter((t) => !t.optional).map((t) => t.id));
}

describe('a 5-year progress file (5,000 cards, 200,000 log entries)', () => {
  beforeEach(() => writeBigProgress(dir));

  it('done rewrites a file under 2 MB, leaves the log alone, and status sees the change', async () => {
    const logBefore = statSync(join(dir, 'progress.log.jsonl')).size;
    const r = await runCli(['done', 'python'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(dir, 'progress.json')).size).toBeLessThan(2 * 1024 * 1024);
    expect(statSync(join(dir, 'progress.log.jsonl')).size).toBe(logBefore);
    expect(Object.keys(progress().roadmaps['ml-engineer'].cards)).toHaveLength(5_000);
    const status = await runJson<{ done: number }>(['status'], dir);
    expect(status.done).toBe(1);
  });

  it('8 parallel done: every one that printed Done is recorded, and none fails on the lock', async () => {
    const ids = (await requiredTopics()).slice(0, 8);
    const results = await Promise.all(ids.map((id) => runCli(['done', id], dir, { timeoutMs: 120_000 })));
    for (const r of results) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Done:');
    }
    expect(Object.keys(progress().roadmaps['ml-engineer'].topics).sort()).toEqual([...ids].sort());
  }, 180_000);

  it('20 concurrent writers lose nothing', async () => {
    const ids = (await requiredTopics()).slice(0, 20);
    const results = await Promise.all(ids.map((id) => runCli(['done', id], dir, { timeoutMs: 170_000 })));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(progress().roadmaps['ml-engineer'].topics).sort()).toEqual([...ids].sort());
    expect(logLines()).toHaveLength(200_000);
  }, 240_000);

  it('export then import round-trips every card and log entry', async () => {
    const exported = await runCli(['progress', 'export', join(dir, 'all.json')], dir);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'));
    expect(doc.progress.version).toBe(1); // today's import reads it
    expect(doc.progress.roadmaps['ml-engineer'].reviewLog).toHaveLength(200_000);
    const other = tempConfigDir();
    try {
      const r = await runCli(['progress', 'import', join(dir, 'all.json')], other.dir);
      expect(r.code, r.stderr).toBe(0);
      const theirs = JSON.parse(readFileSync(join(other.dir, 'progress.json'), 'utf8')).roadmaps['ml-engineer'];
      expect(theirs.cards).toEqual(progress().roadmaps['ml-engineer'].cards);
      expect(readFileSync(join(other.dir, 'progress.log.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'progress.log.jsonl'), 'utf8'));
    } finally {
      other.cleanup();
    }
  }, 120_000);
});

describe('a version-1 file with its log inside', () => {
  it('migrates a 5-year file on the first write without losing one entry, after a backup named on stderr', async () => {
    writeBigProgress(dir, { layout: 'v1' });
    const before = progress().roadmaps['ml-engineer'].reviewLog.map((e: object) => JSON.stringify({ roadmap: 'ml-engineer', ...e }));
    const r = await runCli(['done', 'python'], dir);
    expect(r.code, r.stderr).toBe(0);
    const backup = readdirSync(dir).find((f) => f.startsWith('progress.json.before-v2-'));
    expect(backup).toBeDefined();
    expect(r.stderr).toContain(join(dir, backup!));
    expect(progress().version).toBe(2);
    expect(logLines()).toEqual(before);
    expect((await runCli(['config', 'path'], dir)).stdout.trim()).toBe(join(dir, 'progress.json'));
  }, 120_000);
});

describe('kill -9 in the middle of an append to the review log', () => {
  it('leaves a log every command works with, and doctor names what was set aside', async () => {
    const rounds = 4;
    let killedMidWrite = 0;
    for (let round = 0; round < rounds; round++) {
      const writer = startHangingWriter(['quiz', 'python', '--plain', '--count', '2', '--seed', String(round + 1)], /progress\.log\.jsonl$/, env(), '1\n1\n');
      if (await writer.midWrite) killedMidWrite++;
      await writer.kill();
    }
    expect(killedMidWrite).toBe(rounds); // no silently skipped round
    expect(readFileSync(join(dir, 'progress.log.jsonl'), 'utf8').endsWith('\n')).toBe(false); // torn right now
    for (const args of [['status', '--json'], ['stats', '--json'], ['review', '--json'], ['next'], ['progress', 'export'], ['list', '--json']]) {
      const r = await runCli(args, dir);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const before = await runCli(['doctor'], dir);
    expect(before.stdout).toContain('incomplete line');
    const fixed = await runCli(['doctor', '--fix'], dir); // sets the last torn tail aside now
    expect(fixed.stdout).toMatch(/moved to .*progress\.log\.jsonl\.torn-/);
    expect(readFileSync(join(dir, 'progress.log.jsonl'), 'utf8').endsWith('\n')).toBe(true);
    const quiz = await runCli(['quiz', 'python', '--plain', '--count', '1', '--seed', '9'], dir, { input: '1\n' });
    expect(quiz.code, quiz.stderr).toBe(0);
    const aside = readdirSync(dir).filter((f) => f.startsWith('progress.log.jsonl.torn-'));
    expect(aside).toHaveLength(rounds); // each torn tail kept, one per killed append
    const doctor = await runCli(['doctor'], dir);
    expect(doctor.code).toBe(0);
    for (const f of aside) expect(doctor.stdout).toContain(f);
    for (const line of logLines()) expect(() => JSON.parse(line)).not.toThrow();
  }, 120_000);
});

describe('kill -9 in the middle of writing progress.json', () => {
  it('leaves the old file byte for byte, every round', async () => {
    expect((await runCli(['done', 'math-for-ml'], dir)).code).toBe(0);
    const before = readFileSync(join(dir, 'progress.json'), 'utf8');
    const rounds = 5;
    let killedMidWrite = 0;
    for (let round = 0; round < rounds; round++) {
      const writer = startHangingWriter(['done', 'python'], /\.progress\.json\..*\.tmp$/, env());
      if (await writer.midWrite) killedMidWrite++;
      await writer.kill();
      expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(before);
    }
    expect(killedMidWrite).toBe(rounds);
    // The next writer takes over the dead writer's lock at once and says so.
    const r = await runCli(['done', 'python'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/took over the lock .* pid \d+/);
    expect(Object.keys(progress().roadmaps['ml-engineer'].topics).sort()).toEqual(['math-for-ml', 'python']);
  }, 120_000);
});

describe('the lock', () => {
  it('a live holder keeps it: the waiter fails past its deadline naming the pid, exit 3', async () => {
    writeFileSync(join(dir, 'progress.json.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: 0, nonce: 'x' }));
    const r = await runCli(['done', 'python'], dir, { env: { MLROAD_LOCK_WAIT_MS: '200' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`pid ${process.pid}`);
    expect(existsSync(join(dir, 'progress.json'))).toBe(false);
  });

  it('a dead holder loses it at once, reported on stderr', async () => {
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(join(dir, 'progress.json.lock'), JSON.stringify({ pid: dead, host: hostname(), started: 0, nonce: 'x' }));
    const r = await runCli(['done', 'python'], dir, { env: { MLROAD_LOCK_WAIT_MS: '0' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`pid ${dead}`);
    expect(progress().roadmaps['ml-engineer'].topics.python.status).toBe('done');
  });
});

describe('kept as they are', () => {
  it('an unknown top-level key survives done', async () => {
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 2, fromTheFuture: { keep: ['me'] }, settings: {}, roadmaps: {} }));
    expect((await runCli(['done', 'python'], dir)).code).toBe(0);
    expect(progress().fromTheFuture).toEqual({ keep: ['me'] });
  });

  it('a progress file that is a symlink is written through to its target', async () => {
    const real = join(dir, 'elsewhere.json');
    writeFileSync(real, JSON.stringify({ version: 2, settings: {}, roadmaps: {} }));
    spawnSync('ln', ['-s', real, join(dir, 'progress.json')]);
    expect((await runCli(['done', 'python'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8')).roadmaps['ml-engineer'].topics.python.status).toBe('done');
  });
});

describe('doctor and the writer agree', () => {
  it('a card nested 100,000 levels deep: doctor calls the file damaged, and done still works', async () => {
    let deep = '0';
    for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
    writeFileSync(
      join(dir, 'progress.json'),
      `{"version":2,"roadmaps":{"ml-engineer":{"topics":{},"attempts":[],"cards":{"q/x":{"due":"2026-01-01T00:00:00.000Z","x":${deep}}}}}}`,
    );
    const doctor = await runCli(['doctor'], dir);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('nested deeper than');
    const done = await runCli(['done', 'python'], dir);
    expect(done.code, done.stderr).toBe(0);
    expect(progress().roadmaps['ml-engineer'].topics.python.status).toBe('done');
    expect((await runCli(['doctor'], dir)).code).toBe(0);
  });
});

describe('not a regular file', () => {
  it('a FIFO as progress.json is refused with exit 3, not waited on', async () => {
    spawnSync('mkfifo', [join(dir, 'progress.json')]);
    const r = await runCli(['status'], dir, { timeoutMs: 15_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('not a regular file');
  });
});

describe('one write path', () => {
  it('with SNAP set too, a write replaces the file by rename (a new inode), never in place', async () => {
    expect((await runCli(['done', 'python'], dir, { env: { SNAP: '/snap/node/1' } })).code).toBe(0);
    const before = statSync(join(dir, 'progress.json')).ino;
    expect((await runCli(['done', 'math-for-ml'], dir, { env: { SNAP: '/snap/node/1' } })).code).toBe(0);
    expect(statSync(join(dir, 'progress.json')).ino).not.toBe(before);
    expect(Object.keys(progress().roadmaps['ml-engineer'].topics).sort()).toEqual(['math-for-ml', 'python']);
  });
});
