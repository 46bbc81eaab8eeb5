import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Quiz } from '../core/roadmap/types.js';
import { RoadmapError } from '../errors.js';
import { type FileStamp, stampOf } from './file-stamp.js';
import { applyRefresh, cacheFolder, planRefresh, readCachedRoadmap, writeRoadmapCache } from './roadmap-cache.js';
import { parseFromDisk } from './roadmap-loader.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function cached(edit?: (main: string) => string) {
  const root = mkdtempSync(join(tmpdir(), 'mlroad-cache-edge-'));
  roots.push(root);
  const dir = join(root, 'roadmap');
  cpSync(new URL('../../test/fixtures/mini/', import.meta.url), dir, { recursive: true });
  const main = join(dir, 'roadmap.yaml');
  if (edit) writeFileSync(main, edit(readFileSync(main, 'utf8')));
  // Whole seconds, so that putting an mtime back gives the very same one.
  for (const file of [main, join(dir, 'quizzes', 'arithmetic.yaml')]) utimesSync(file, 1_700_000_000, 1_700_000_000);
  const cacheDir = join(root, 'cache');
  const { bundle, files, sources } = await parseFromDisk(main);
  writeRoadmapCache(cacheDir, main, files, bundle, sources);
  const folder = cacheFolder(cacheDir, main);
  const manifestPath = join(folder, 'manifest.json');
  const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8'));
  const generation = () => join(folder, manifest().generation);
  return { root, dir, main, cacheDir, folder, manifestPath, manifest, generation, bundle, files };
}

/** 64-bit FNV-1a, written from its definition. */
function fnv(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

describe('where a roadmap is cached', () => {
  it('is roadmaps/<64-bit FNV-1a of the main file, 16 hex digits>', () => {
    expect(fnv('a')).toBe('af63dc4c8601ec8c'); // the published test vector
    expect(cacheFolder('/c', 'a')).toBe(join('/c', 'roadmaps', 'af63dc4c8601ec8c'));
    expect(cacheFolder('/c', '/r/ñ.yaml')).toBe(join('/c', 'roadmaps', fnv('/r/ñ.yaml')));
    // A hash with leading zeros keeps all 16 digits.
    let name = 0;
    while (!fnv(`/r/${name}.yaml`).startsWith('0')) name++;
    expect(cacheFolder('/c', `/r/${name}.yaml`)).toBe(join('/c', 'roadmaps', fnv(`/r/${name}.yaml`)));
  });
});

describe('the manifest', () => {
  it('holds the main file first, then each quiz file relative to its folder with the quiz id', async () => {
    const c = await cached();
    const [mainRow, quizRow, ...rest] = c.manifest().files;
    expect(rest).toEqual([]);
    const mainStamp = stampOf(c.main)!;
    const quizStamp = stampOf(join(c.dir, 'quizzes', 'arithmetic.yaml'))!;
    expect(mainRow).toEqual(['roadmap.yaml', mainStamp.size, mainStamp.mtimeMs]);
    expect(quizRow).toEqual(['quizzes/arithmetic.yaml', quizStamp.size, quizStamp.mtimeMs, 'arithmetic']);
  });

  it('gives the main file no quiz id even when it holds a quiz inline', async () => {
    const inline = `  - id: inline-one
    title: Inline
    questions:
      - id: q
        type: boolean
        prompt: Yes?
        answer: true
        explanation: Yes.
`;
    const c = await cached((text) => `${text}${inline}`);
    expect(c.manifest().files[0]).toHaveLength(3);
    expect(readCachedRoadmap(c.cacheDir, c.main)!.quiz('inline-one')!.title).toBe('Inline');
  });

  it('is not read when another cache layout or another mlroad wrote it', async () => {
    const c = await cached();
    const good = c.manifest();
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeDefined();
    writeFileSync(c.manifestPath, JSON.stringify({ ...good, cacheVersion: good.cacheVersion - 1 }));
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
    expect(planRefresh(c.cacheDir, c.main)).toBeUndefined();
    writeFileSync(c.manifestPath, JSON.stringify({ ...good, mlroad: `${good.mlroad}-other` }));
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
    writeFileSync(c.manifestPath, '{"cacheVersion":');
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
    writeFileSync(c.manifestPath, JSON.stringify(good));
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeDefined();
  });

  it('keeps an absolute path as it is, and stats it there', async () => {
    const c = await cached();
    const elsewhere = join(c.root, 'elsewhere.yaml');
    writeFileSync(elsewhere, 'x');
    const s = stampOf(elsewhere)!;
    const good = c.manifest();
    writeFileSync(c.manifestPath, JSON.stringify({ ...good, files: [...good.files, [elsewhere, s.size, s.mtimeMs]] }));
    const hit = readCachedRoadmap(c.cacheDir, c.main)!;
    expect(hit.files.map((f: FileStamp) => f.path)).toEqual([c.main, join(c.dir, 'quizzes', 'arithmetic.yaml'), elsewhere]);
    utimesSync(elsewhere, new Date(), new Date(s.mtimeMs + 5000));
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
  });
});

describe('pieces', () => {
  it('flags optional topics by position and gives a topic with no exercises an empty list', async () => {
    const c = await cached();
    const index = JSON.parse(readFileSync(join(c.generation(), 'index.json'), 'utf8'));
    expect(index.stages.map((s: { optional: number[]; exercises: object }) => [s.optional, s.exercises])).toEqual([
      [[], {}],
      [[1], {}],
    ]);
    const topics = readCachedRoadmap(c.cacheDir, c.main)!.roadmap.stages.flatMap((s) => s.topics);
    expect(topics.map((t) => [t.id, t.optional, t.exercises])).toEqual([
      ['alpha', false, []],
      ['beta', false, []],
      ['gamma', false, []],
      ['delta', true, []],
    ]);
  });

  it('a piece read once is kept: deleting it afterwards changes nothing for that run', async () => {
    const c = await cached();
    const roadmap = readCachedRoadmap(c.cacheDir, c.main)!.roadmap;
    const topic = roadmap.stages[0]!.topics[0]!;
    expect(topic.summary).toBe('The first topic.');
    rmSync(join(c.generation(), 'stage-0.json'));
    rmSync(join(c.generation(), 'titles-0.json'));
    expect(topic.learn).toEqual(['one thing']);
    expect(() => topic.title).toThrow(RoadmapError);
  });

  it('a lost piece is named in the error', async () => {
    const c = await cached();
    const roadmap = readCachedRoadmap(c.cacheDir, c.main)!.roadmap;
    rmSync(join(c.generation(), 'stage-1.json'));
    let error: unknown;
    try {
      void roadmap.stages[1]!.topics[0]!.summary;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).unworded).toEqual({ key: 'roadmap.cacheLost', params: { id: 'stage-1' } });
  });

  it('a generation that lost its index is a miss, not an error', async () => {
    const c = await cached();
    rmSync(join(c.generation(), 'index.json'));
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
  });

  it('a missing quiz piece reads as undefined', async () => {
    const c = await cached();
    const hit = readCachedRoadmap(c.cacheDir, c.main)!;
    expect(hit.quiz('arithmetic')!.id).toBe('arithmetic');
    expect(hit.quiz('no-such-quiz')).toBeUndefined();
  });
});

describe('planRefresh', () => {
  const touch = (path: string, ms: number) => utimesSync(path, new Date(), new Date(ms));

  it('nothing changed: no plan', async () => {
    const c = await cached();
    expect(planRefresh(c.cacheDir, c.main)).toBeUndefined();
  });

  it('an included quiz file with a new mtime or size: a plan naming it', async () => {
    const c = await cached();
    const quizFile = join(c.dir, 'quizzes', 'arithmetic.yaml');
    touch(quizFile, stampOf(quizFile)!.mtimeMs + 5000);
    expect(planRefresh(c.cacheDir, c.main)?.changed).toEqual([{ at: 1, path: quizFile, quizId: 'arithmetic' }]);
    utimesSync(quizFile, 1_700_000_000, 1_700_000_000);
    expect(planRefresh(c.cacheDir, c.main)).toBeUndefined();
    writeFileSync(quizFile, `${readFileSync(quizFile, 'utf8')}# more\n`);
    utimesSync(quizFile, 1_700_000_000, 1_700_000_000);
    expect(planRefresh(c.cacheDir, c.main)?.changed.map((x) => x.quizId)).toEqual(['arithmetic']);
  });

  it('the main file changed, a source file is gone, or a changed file is not a quiz: no plan (parse it all)', async () => {
    const c = await cached();
    touch(c.main, stampOf(c.main)!.mtimeMs + 5000);
    expect(planRefresh(c.cacheDir, c.main)).toBeUndefined();

    const d = await cached();
    rmSync(join(d.dir, 'quizzes', 'arithmetic.yaml'));
    expect(planRefresh(d.cacheDir, d.main)).toBeUndefined();

    const e = await cached();
    const other = join(e.dir, 'notes.yaml');
    writeFileSync(other, 'x');
    const s = stampOf(other)!;
    const good = e.manifest();
    writeFileSync(e.manifestPath, JSON.stringify({ ...good, files: [...good.files, ['notes.yaml', s.size, s.mtimeMs]] }));
    expect(planRefresh(e.cacheDir, e.main)).toBeUndefined();
    touch(other, s.mtimeMs + 5000);
    expect(planRefresh(e.cacheDir, e.main)).toBeUndefined();
  });
});

describe('applyRefresh', () => {
  async function planned() {
    const c = await cached();
    const quizFile = join(c.dir, 'quizzes', 'arithmetic.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('{en: Arithmetic, es: Aritmética}', '{en: Sums, es: Sumas}'));
    utimesSync(quizFile, new Date(), new Date(Date.now() + 5000));
    const plan = planRefresh(c.cacheDir, c.main)!;
    const old = c.bundle.quizzes.find((q) => q.id === 'arithmetic')!;
    const quiz: Quiz = { ...old, title: { en: 'Sums', es: 'Sumas' } };
    return { ...c, quizFile, plan, oldGeneration: c.generation(), quiz };
  }

  it('writes a new generation: changed quizzes and the index anew, every other piece linked', async () => {
    const p = await planned();
    const refreshed = applyRefresh(p.cacheDir, p.main, p.plan, new Map([[p.quizFile, { quiz: p.quiz, stamp: stampOf(p.quizFile)! }]]))!;
    expect(refreshed.roadmap.quizzes.map((q) => q.title)).toEqual([{ en: 'Sums', es: 'Sumas' }]);
    const fresh = p.generation();
    expect(fresh).not.toBe(p.oldGeneration);
    expect(readdirSync(fresh).sort()).toEqual(readdirSync(p.oldGeneration).sort());
    const ino = (gen: string, name: string) => statSync(join(gen, name)).ino;
    expect(ino(fresh, 'stage-0.json')).toBe(ino(p.oldGeneration, 'stage-0.json'));
    expect(ino(fresh, 'index.json')).not.toBe(ino(p.oldGeneration, 'index.json'));
    expect(ino(fresh, 'quiz-arithmetic.json')).not.toBe(ino(p.oldGeneration, 'quiz-arithmetic.json'));
    expect(JSON.parse(readFileSync(join(p.oldGeneration, 'quiz-arithmetic.json'), 'utf8')).title).toEqual({ en: 'Arithmetic', es: 'Aritmética' });
    const row = p.manifest().files[1];
    expect(row).toEqual(['quizzes/arithmetic.yaml', stampOf(p.quizFile)!.size, stampOf(p.quizFile)!.mtimeMs, 'arithmetic']);
    expect(readCachedRoadmap(p.cacheDir, p.main)!.quiz('arithmetic')!.title).toEqual({ en: 'Sums', es: 'Sumas' });
  });

  it('a re-read quiz with another id, or none re-read, gives up (a full parse follows)', async () => {
    const p = await planned();
    const renamed = new Map([[p.quizFile, { quiz: { ...p.quiz, id: 'renamed' }, stamp: stampOf(p.quizFile)! }]]);
    expect(applyRefresh(p.cacheDir, p.main, p.plan, renamed)).toBeUndefined();
    expect(applyRefresh(p.cacheDir, p.main, p.plan, new Map())).toBeUndefined();
    // One of two re-read quizzes renamed is enough.
    const other = join(p.dir, 'quizzes', 'other.yaml');
    const two = { ...p.plan, changed: [...p.plan.changed, { at: 1, path: other, quizId: 'other' }] };
    const stamp = stampOf(p.quizFile)!;
    const both = new Map([
      [p.quizFile, { quiz: p.quiz, stamp }],
      [other, { quiz: { ...p.quiz, id: 'renamed' }, stamp }],
    ]);
    expect(applyRefresh(p.cacheDir, p.main, two, both)).toBeUndefined();
    expect(p.generation()).toBe(p.oldGeneration);
  });

  it('an old generation that lost its index gives up too', async () => {
    const p = await planned();
    rmSync(join(p.oldGeneration, 'index.json'));
    expect(applyRefresh(p.cacheDir, p.main, p.plan, new Map([[p.quizFile, { quiz: p.quiz, stamp: stampOf(p.quizFile)! }]]))).toBeUndefined();
    expect(p.manifest().generation).toBe(p.oldGeneration.slice(p.folder.length + 1));
  });
});

describe('old generations', () => {
  it('go once older than a minute; a newer one (a reader may still use it), dotfiles and the manifest stay', async () => {
    const c = await cached();
    const first = c.manifest().generation;
    const recent = join(c.folder, `${(Date.now() - 5_000).toString(36)}-1`);
    const old = join(c.folder, `${(Date.now() - 120_000).toString(36)}-1`);
    mkdirSync(recent);
    mkdirSync(old);
    writeFileSync(join(c.folder, '.manifest.json.1.tmp'), '');
    writeFileSync(join(c.folder, 'stray.json'), '');
    const { bundle, files } = await parseFromDisk(c.main);
    writeRoadmapCache(c.cacheDir, c.main, files, bundle);
    const left = readdirSync(c.folder).sort();
    // The first write's generation is seconds old: it stays too.
    expect(left).toEqual(['.manifest.json.1.tmp', first, c.manifest().generation, recent.slice(c.folder.length + 1), 'manifest.json'].sort());
  });
});

describe('a read that names the quizzes it uses', () => {
  const quizFile = (c: { dir: string }) => join(c.dir, 'quizzes', 'arithmetic.yaml');
  const editQuiz = (c: { dir: string }) => {
    writeFileSync(quizFile(c), readFileSync(quizFile(c), 'utf8').replace('passPercent: 50', 'passPercent: 90'));
    utimesSync(quizFile(c), 1_700_000_100, 1_700_000_100);
  };

  it('is given the roadmap id, and misses when a quiz it uses changed', async () => {
    const c = await cached();
    const asked: string[] = [];
    editQuiz(c);
    const used = (id: string) => {
      asked.push(id);
      return new Set(['arithmetic']);
    };
    expect(readCachedRoadmap(c.cacheDir, c.main, used)).toBeUndefined();
    expect(asked).toEqual(['mini']);
    expect(readCachedRoadmap(c.cacheDir, c.main)).toBeUndefined();
  });

  it('still hits when only a quiz it does not use changed, and keeps that quiz as cached', async () => {
    const c = await cached();
    editQuiz(c);
    const hit = readCachedRoadmap(c.cacheDir, c.main, () => new Set())!;
    expect(hit.roadmap.quizzes.find((q) => q.id === 'arithmetic')!.passPercent).toBe(50);
    // Its questions are not handed out from a cache older than its file.
    expect(hit.quiz('arithmetic')).toBeUndefined();
  });

  it('hands out an unused quiz whose file is unchanged', async () => {
    const c = await cached();
    expect(readCachedRoadmap(c.cacheDir, c.main, () => new Set())!.quiz('arithmetic')!.id).toBe('arithmetic');
  });

  it('still checks the main file', async () => {
    const c = await cached();
    utimesSync(c.main, 1_700_000_100, 1_700_000_100);
    expect(readCachedRoadmap(c.cacheDir, c.main, () => new Set())).toBeUndefined();
  });

  it('hands out, with no quizzes named, any quiz whose file is unchanged', async () => {
    const c = await cached();
    expect(readCachedRoadmap(c.cacheDir, c.main)!.quiz('arithmetic')!.id).toBe('arithmetic');
  });

  it('checks an unused quiz by its own file alone before handing it out', async () => {
    const c = await cached();
    // A second quiz file, and the cache written again from the roadmap that includes it.
    writeFileSync(join(c.dir, 'quizzes', 'second.yaml'), readFileSync(quizFile(c), 'utf8').replace('id: arithmetic', 'id: second'));
    writeFileSync(c.main, `${readFileSync(c.main, 'utf8')}  - include: quizzes/second.yaml\n`);
    const { bundle, files, sources } = await parseFromDisk(c.main);
    writeRoadmapCache(c.cacheDir, c.main, files, bundle, sources);
    editQuiz(c); // arithmetic changes; second does not
    const hit = readCachedRoadmap(c.cacheDir, c.main, () => new Set())!;
    expect(hit.quiz('second')!.id).toBe('second');
    expect(hit.quiz('arithmetic')).toBeUndefined();
  });
});
