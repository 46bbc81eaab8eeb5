import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressFile, ReviewLogEntry } from '../core/progress/model.js';
import { mergeProgress, readExport } from '../core/progress/transfer.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { ProgressStore, type StoreNotice } from './progress-store.js';

let dir: string;
let notices: StoreNotice[];
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-store-'));
  notices = [];
  clock = Date.parse('2026-03-01T10:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => {
  clock += 1000;
  return new Date(clock);
};
const store = (fs?: StoreFs) => new ProgressStore({ dir, now: tick, notice: (n) => notices.push(n), fs });
const entry = (i: number): ReviewLogEntry => ({
  card: `q/c${i % 50}`,
  at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
  rating: 1 + (i % 4),
  scheduled: i % 3 === 0,
  source: i % 2 ? 'quiz' : 'review',
});
const card = (i: number) => ({ due: '2026-04-01T00:00:00.000Z', stability: i, difficulty: 5, reps: 3, state: 2, last_review: '2026-03-01T00:00:00.000Z' });
const disk = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
const logLines = () =>
  readFileSync(join(dir, 'progress.log.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const markDone =
  (id: string) =>
  (f: ProgressFile): ProgressFile => {
    const r = f.roadmaps.r ?? { topics: {}, attempts: [], cards: {}, reviewLog: [] };
    return { ...f, roadmaps: { ...f.roadmaps, r: { ...r, topics: { ...r.topics, [id]: { status: 'done', at: '2026-03-01T00:00:00.000Z' } } } } };
  };
const addReviews =
  (...entries: ReviewLogEntry[]) =>
  (f: ProgressFile): ProgressFile => {
    const r = f.roadmaps.r ?? { topics: {}, attempts: [], cards: {}, reviewLog: [] };
    return { ...f, roadmaps: { ...f.roadmaps, r: { ...r, reviewLog: [...r.reviewLog, ...entries] } } };
  };

describe('the review log', () => {
  it('is appended to its own file; progress.json keeps only topics, attempts and cards', async () => {
    await store().update(addReviews(entry(1), entry(2)));
    await store().update(addReviews(entry(3)));
    expect(Object.keys(disk().roadmaps.r).sort()).toEqual(['attempts', 'cards', 'topics']);
    expect(disk().version).toBe(2);
    expect(logLines()).toEqual([entry(1), entry(2), entry(3)].map((e) => ({ roadmap: 'r', ...e })));
    expect((await store().read({ log: true })).roadmaps.r!.reviewLog).toEqual([entry(1), entry(2), entry(3)]);
    expect((await store().read()).roadmaps.r!.reviewLog).toEqual([]); // not read unless asked for
  });

  it('a torn last line (a crash mid-append) is skipped, then kept aside in a named file and reported', async () => {
    await store().update(addReviews(entry(1)));
    const torn = '{"roadmap":"r","card":"q/c2","at":"2025-';
    appendFileSync(join(dir, 'progress.log.jsonl'), torn);
    expect((await store().read({ log: true })).roadmaps.r!.reviewLog).toEqual([entry(1)]);
    expect(notices.map((n) => n.code)).toEqual(['logTorn']);
    await store().update(addReviews(entry(3)));
    const aside = notices.find((n) => n.code === 'logTornSetAside');
    expect(aside).toBeDefined();
    const asidePath = (aside as { aside: string }).aside;
    expect(asidePath).toMatch(/progress\.log\.jsonl\.torn-/);
    expect(readFileSync(asidePath, 'utf8')).toBe(torn);
    expect(logLines()).toEqual([entry(1), entry(3)].map((e) => ({ roadmap: 'r', ...e })));
  });

  it('reset --all style changes (entries removed) rewrite the log without them', async () => {
    await store().update(addReviews(entry(1), entry(2)));
    await store().update((f) => ({ ...f, roadmaps: { ...f.roadmaps, r: { topics: {}, attempts: [], cards: {}, reviewLog: [] } } }), { log: true });
    expect(readFileSync(join(dir, 'progress.log.jsonl'), 'utf8')).toBe('');
  });
});

describe('version 1 files (log inside)', () => {
  const v1 = (n: number) => ({
    version: 1,
    settings: { lang: 'es' },
    roadmaps: {
      r: {
        topics: { a: { status: 'done', at: '2026-01-01T00:00:00.000Z' } },
        attempts: [],
        cards: { 'q/c1': card(1) },
        reviewLog: Array.from({ length: n }, (_, i) => entry(i)),
      },
    },
  });

  it('migrate on the first write, after a named backup, losing no log entry', async () => {
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(v1(500)));
    expect((await store().read({ log: true })).roadmaps.r!.reviewLog).toHaveLength(500); // readable before migrating
    expect(disk().version).toBe(1); // reading changes nothing
    await store().update(markDone('b'));
    expect(disk().version).toBe(2);
    expect(disk().roadmaps.r.reviewLog).toBeUndefined();
    expect(logLines()).toEqual(v1(500).roadmaps.r.reviewLog.map((e) => ({ roadmap: 'r', ...e })));
    const migrated = notices.find((n) => n.code === 'migrated') as { backup: string } | undefined;
    expect(migrated?.backup).toMatch(/progress\.json\.before-v2-/);
    expect(JSON.parse(readFileSync(migrated!.backup, 'utf8'))).toEqual(v1(500));
    expect(Object.keys(disk().roadmaps.r.topics).sort()).toEqual(['a', 'b']);
    expect(disk().settings).toEqual({ lang: 'es' });
  });
});

describe('what the store keeps', () => {
  it('keeps unknown fields verbatim: top level, settings and per roadmap', async () => {
    writeFileSync(
      join(dir, 'progress.json'),
      JSON.stringify({
        version: 2,
        futureKey: { a: [1, 2] },
        settings: { theme: 'dark' },
        roadmaps: { r: { topics: {}, attempts: [], cards: {}, myNotes: 'mine' } },
      }),
    );
    await store().update(markDone('x'));
    expect(disk()).toMatchObject({ futureKey: { a: [1, 2] }, settings: { theme: 'dark' }, roadmaps: { r: { myNotes: 'mine' } } });
  });

  it('a value nested too deep is not "valid": inspect (doctor) calls it damaged, and a write still works', async () => {
    let deep = '0';
    for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
    writeFileSync(
      join(dir, 'progress.json'),
      `{"version":2,"roadmaps":{"r":{"topics":{},"attempts":[],"cards":{"q/x":{"due":"2026-01-01T00:00:00.000Z","x":${deep}}}}}}`,
    );
    const seen = store().inspect();
    expect(seen.kind).toBe('corrupt');
    await store().update(markDone('a'));
    expect(disk().roadmaps.r.topics.a.status).toBe('done');
    expect(store().inspect().kind).toBe('ok');
  });

  it('keeps the last five backups of a label', async () => {
    await store().update(markDone('a'));
    for (let i = 0; i < 8; i++) store().backup('before-import');
    expect(readdirSync(dir).filter((f) => f.startsWith('progress.json.before-import-'))).toHaveLength(5);
  });

  it('removes temp files older than an hour on the next write', async () => {
    const stale = join(dir, 'progress.json.tmp-123');
    writeFileSync(stale, 'x');
    const { utimesSync } = await import('node:fs');
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    await store().update(markDone('a'));
    expect(existsSync(stale)).toBe(false);
  });
});

describe('failed writes (injected file system)', () => {
  for (const step of ['openSync', 'writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`a ${step} failure: StorageError with a code, the old progress intact`, async () => {
      await store().update(markDone('a'));
      const before = readFileSync(join(dir, 'progress.json'), 'utf8');
      const fs = {
        ...nodeFs,
        [step]: () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      };
      await expect(store(fs).update(markDone('b'))).rejects.toMatchObject({ code: 'failed', data: { errno: 'ENOSPC', action: 'write' } });
      expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(before);
      expect(existsSync(join(dir, 'progress.json.lock'))).toBe(false);
    });
  }

  it('checkWritable fails before a quiz when nothing can be written', async () => {
    const fs = {
      ...nodeFs,
      writeSync: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    expect(() => store(fs).checkWritable()).toThrow(expect.objectContaining({ code: 'failed' }));
    expect(() => store().checkWritable()).not.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a recovery file is an export that import merges back', async () => {
    const answers = addReviews(entry(7))(markDone('z')({ version: 2, settings: {}, roadmaps: {} } as ProgressFile));
    const path = store().writeRecovery(answers);
    try {
      const read = readExport(JSON.parse(readFileSync(path, 'utf8')));
      expect(read.ok).toBe(true);
      const merged = mergeProgress({ version: 2, settings: {}, roadmaps: {} } as ProgressFile, read.ok ? read.progress : answers).file;
      expect(merged.roadmaps.r!.topics.z!.status).toBe('done');
      expect(merged.roadmaps.r!.reviewLog).toEqual([entry(7)]);
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe('parsing once per process', () => {
  it('reuses the parse while the file is unchanged, and sees another process’s write', async () => {
    await store().update(markDone('a'));
    const a = store().inspect();
    expect(store().inspect()).toBe(a);
    const next = { ...disk(), settings: { lang: 'es' } };
    writeFileSync(join(dir, 'progress.json.new'), JSON.stringify(next));
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, 'progress.json.new'), join(dir, 'progress.json'));
    expect(store().savedLanguage()).toBe('es');
    expect(statSync(join(dir, 'progress.json')).size).toBeGreaterThan(0);
  });
});

describe('files this store wrote are not checked again', () => {
  const verified = () => join(dir, '.progress.json.verified');
  const keyOf = (path: string) => {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  };

  it('a write records its file key beside the file; a file that still has it is adopted as it is', async () => {
    await store().update(markDone('a'));
    expect(JSON.parse(readFileSync(verified(), 'utf8')).key).toBe(keyOf(join(dir, 'progress.json')));
    // Proof that the check is skipped: a bad record under a matching key is taken as written.
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 2, settings: {}, roadmaps: { r: { topics: { a: { status: 'bogus' } } } } }));
    const { VERSION } = await import('../version.js');
    writeFileSync(verified(), JSON.stringify({ mlroad: VERSION, key: keyOf(join(dir, 'progress.json')), size: 0 }));
    expect(store().inspect()).toMatchObject({ kind: 'ok', file: { roadmaps: { r: { topics: { a: { status: 'bogus' } }, attempts: [], reviewLog: [] } } } });
    // Never for another format version (it must migrate), nor for a record another mlroad wrote.
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, settings: {}, roadmaps: { r: { topics: { a: { status: 'bogus' } } } } }));
    writeFileSync(verified(), JSON.stringify({ mlroad: VERSION, key: keyOf(join(dir, 'progress.json')), size: 0 }));
    expect(store().inspect().kind).toBe('corrupt');
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 2, settings: {}, roadmaps: { r: { topics: { a: { status: 'bogus' } } } } }));
    writeFileSync(verified(), JSON.stringify({ mlroad: `${VERSION}-other`, key: keyOf(join(dir, 'progress.json')), size: 0 }));
    expect(store().inspect().kind).toBe('corrupt');
  });

  it('a copy put back (a restored backup: new inode, same bytes) is checked again; one with a bad card is repaired', async () => {
    const path = join(dir, 'progress.json');
    const many = (f: ProgressFile): ProgressFile => {
      const cards: Record<string, ReturnType<typeof card>> = {};
      for (let i = 0; i < 300; i++) cards[`q/c${i}`] = card(i);
      return { ...f, roadmaps: { r: { topics: {}, attempts: [], cards, reviewLog: [] } } };
    };
    await store().update(many);
    const text = readFileSync(path, 'utf8');
    const { renameSync } = await import('node:fs');
    writeFileSync(`${path}.copy`, text);
    renameSync(`${path}.copy`, path); // new inode and ctime, same bytes
    expect(store().inspect()).toMatchObject({ kind: 'ok', file: { roadmaps: { r: { cards: { 'q/c7': card(7) } } } } });
    // A card's due time now a number: the check calls it damaged, adoption would not.
    const edited = text.replace('"q/c7":{"due":"2026-04-01T00:00:00.000Z"', '"q/c7":{"due":12345678901234567890123456');
    expect(edited).not.toBe(text);
    writeFileSync(`${path}.copy`, edited);
    renameSync(`${path}.copy`, path);
    expect(store().inspect().kind).toBe('corrupt');
  });

  it('a topic mark writes the cards and attempts back as the bytes they were, and records what they hold', async () => {
    const path = join(dir, 'progress.json');
    const attempt = { quiz: 'q', at: '2026-01-01T00:00:00.000Z', seed: 's', score: 9, total: 10, finished: true, questions: [] };
    await store().update((f) => ({ ...f, roadmaps: { r: { topics: {}, attempts: [attempt], cards: { 'q/c1': card(1), 'q/c2': card(40) }, reviewLog: [] } } }));
    const cardsLine = (text: string) => text.split('\n').find((l) => l.startsWith('"cards":'));
    const before = readFileSync(path, 'utf8');
    let seen: ProgressFile | undefined;
    await new ProgressStore({ dir, now: tick, lazySections: ['cards', 'attempts'] }).update((f) => {
      seen = f;
      return { ...f, roadmaps: { r: { ...f.roadmaps.r!, topics: { a: { status: 'done', at: '2026-03-01T00:00:00.000Z' } } } } };
    });
    const { untouchedBytes } = await import('./lazy-section.js');
    expect(untouchedBytes(seen!.roadmaps.r!.cards)).toBeDefined(); // never parsed
    const after = readFileSync(path, 'utf8');
    expect(cardsLine(after)).toBe(cardsLine(before));
    expect(JSON.parse(after).roadmaps.r).toEqual({
      topics: { a: { status: 'done', at: '2026-03-01T00:00:00.000Z' } },
      attempts: [attempt],
      cards: { 'q/c1': card(1), 'q/c2': card(40) },
    });
    // Both cards fall due on 2026-04-01, after the store's clock: none due yet, and that time next.
    const facts = JSON.parse(readFileSync(verified(), 'utf8')).facts.r;
    expect(facts.attempts).toEqual({ best: [['q', 90]], attempted: ['q'] });
    expect(facts.due).toMatchObject({ due: 0, next: '2026-04-01T00:00:00.000Z' });
    expect(Date.parse(facts.due.at)).toBeLessThan(Date.parse('2026-04-01T00:00:00.000Z'));
  });

  it('leaves sections lazy only for a store that asks: any other gets them parsed, not behind a Proxy', async () => {
    await store().update((f) => ({ ...f, roadmaps: { r: { topics: {}, attempts: [], cards: { 'q/c1': card(1) }, reviewLog: [] } } }));
    const { types } = await import('node:util');
    const lazy = new ProgressStore({ dir, now: tick, lazySections: ['cards', 'attempts'] }).inspect().file.roadmaps.r!;
    expect([types.isProxy(lazy.cards), types.isProxy(lazy.attempts)]).toEqual([true, true]);
    // The same file, read again in the same process by a store that did not ask: its own parse.
    const plain = store().inspect().file.roadmaps.r!;
    expect([types.isProxy(plain.cards), types.isProxy(plain.attempts)]).toEqual([false, false]);
    expect(plain.cards).toEqual({ 'q/c1': card(1) });
    const some = new ProgressStore({ dir, now: tick, lazySections: ['attempts'] }).inspect().file.roadmaps.r!;
    expect([types.isProxy(some.cards), types.isProxy(some.attempts)]).toEqual([false, true]);
  });

  it('an edit in place that keeps the size and puts the mtime back is still checked, and repaired', async () => {
    await store().update(markDone('a'));
    const path = join(dir, 'progress.json');
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('"status":"done"');
    writeFileSync(path, text.replace('"status":"done"', '"status":"dune"'));
    const { utimesSync } = await import('node:fs');
    utimesSync(path, before.atime, before.mtime);
    expect(Math.abs(statSync(path).mtimeMs - before.mtimeMs)).toBeLessThan(1);
    expect(statSync(path).size).toBe(before.size);
    expect(store().inspect().kind).toBe('corrupt');
    const repaired = await store().read();
    expect(repaired.roadmaps.r?.topics).toEqual({});
    expect(notices.map((n) => n.code)).toContain('damaged');
  });
});
