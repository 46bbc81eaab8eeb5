import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../core/roadmap/types.js';
import { RoadmapError } from '../errors.js';
import { cacheFolder, readCachedRoadmap, writeRoadmapCache } from './roadmap-cache.js';
import { BUNDLED_ROADMAP, loadRoadmap, parseFromDisk } from './roadmap-loader.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A private copy of the mini fixture and a cache directory. */
function setup() {
  const root = mkdtempSync(join(tmpdir(), 'mlroad-cache-'));
  roots.push(root);
  const dir = join(root, 'roadmap');
  cpSync(new URL('../../test/fixtures/mini/', import.meta.url), dir, { recursive: true });
  return { dir, main: join(dir, 'roadmap.yaml'), cacheDir: join(root, 'cache') };
}

/** Every field a command reads from a topic, by name (cached topics carry details as getters). */
const topicFields = (t: {
  id: string;
  title: unknown;
  summary: unknown;
  learn: unknown;
  resources: unknown;
  milestones: unknown;
  optional: boolean;
  quiz?: string;
}) => ({
  id: t.id,
  title: t.title,
  summary: t.summary,
  learn: t.learn,
  resources: t.resources,
  milestones: t.milestones,
  optional: t.optional,
  quiz: t.quiz,
});

describe('roadmap cache', () => {
  it('gives back the roadmap it was given: every topic field, stage, quiz outline and question bank', async () => {
    const { main, cacheDir } = setup();
    const { bundle, files } = await parseFromDisk(main);
    writeRoadmapCache(cacheDir, main, files, bundle);
    const cached = readCachedRoadmap(cacheDir, main)!;
    expect(cached).toBeDefined();
    const { stages, ...rest } = bundle.roadmap;
    const { stages: cachedStages, ...cachedRest } = cached.roadmap;
    expect(cachedRest).toEqual(rest);
    expect(cachedStages.map(({ topics, ...s }) => s)).toEqual(stages.map(({ topics, ...s }) => s));
    expect(cachedStages.flatMap((s) => s.topics.map(topicFields))).toEqual(stages.flatMap((s) => s.topics.map(topicFields)));
    for (const quiz of bundle.quizzes) expect(cached.quiz(quiz.id)).toEqual(quiz);
    expect(cached.files).toEqual(files);
  });

  it('keeps exercises whole in a piece of their own: ids, titles and topic lists come from the index alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlroad-cache-'));
    roots.push(root);
    const main = join(BUNDLED_ROADMAP, 'roadmap.yaml');
    const { bundle, files } = await parseFromDisk(main);
    expect(bundle.roadmap.exercises.length).toBeGreaterThan(0);
    writeRoadmapCache(root, main, files, bundle);
    const pick = ({ id, title, instructions, starter, check, requires, hints, solution, limits }: Exercise) => ({
      id,
      title,
      instructions,
      starter,
      check,
      requires,
      hints,
      solution,
      limits,
    });
    expect(readCachedRoadmap(root, main)!.roadmap.exercises.map(pick)).toEqual(bundle.roadmap.exercises.map(pick));

    const folder = cacheFolder(root, main);
    const { generation } = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    for (const name of readdirSync(join(folder, generation)))
      if (name === 'exercises.json' || name.startsWith('stage-')) rmSync(join(folder, generation, name));
    const cached = readCachedRoadmap(root, main)!.roadmap;
    expect(cached.exercises.map((e) => [e.id, e.title])).toEqual(bundle.roadmap.exercises.map((e) => [e.id, e.title]));
    const topicExercises = (r: typeof cached) => r.stages.flatMap((s) => s.topics.map((t) => t.exercises));
    expect(topicExercises(cached)).toEqual(topicExercises(bundle.roadmap));
    expect(() => cached.exercises[0]!.instructions).toThrow(RoadmapError);
  });

  it('is ignored once any source file changes, an included quiz file too', async () => {
    const { dir, main, cacheDir } = setup();
    const { bundle, files } = await parseFromDisk(main);
    writeRoadmapCache(cacheDir, main, files, bundle);
    const quizFile = files.find((f) => f.path !== main)!;
    expect(quizFile.path.startsWith(dir)).toBe(true);
    utimesSync(quizFile.path, new Date(), new Date(quizFile.mtimeMs + 5000));
    expect(readCachedRoadmap(cacheDir, main)).toBeUndefined();
  });

  it('reads only the index until a topic detail is asked for, and says so when that piece is gone', async () => {
    const { main, cacheDir } = setup();
    const { bundle, files } = await parseFromDisk(main);
    writeRoadmapCache(cacheDir, main, files, bundle);
    const cached = readCachedRoadmap(cacheDir, main)!;
    const folder = cacheFolder(cacheDir, main);
    const generation = readdirSync(folder).find((name) => name !== 'manifest.json')!;
    rmSync(join(folder, generation, 'stage-0.json'));
    const topic = cached.roadmap.stages[0]!.topics[0]!;
    expect(topic.id).toBe(bundle.roadmap.stages[0]!.topics[0]!.id);
    expect(topic.title).toEqual(bundle.roadmap.stages[0]!.topics[0]!.title);
    expect(() => topic.summary).toThrow(RoadmapError);
  });

  it('keeps one generation and drops a cache of the older layout', async () => {
    const { main, cacheDir } = setup();
    const folder = cacheFolder(cacheDir, main);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'outline.json'), '{"cacheVersion":1}');
    const old = join(folder, '1-1');
    mkdirSync(old);
    const { bundle, files } = await parseFromDisk(main);
    writeRoadmapCache(cacheDir, main, files, bundle);
    expect(readdirSync(folder).sort()).toHaveLength(2);
    expect(readdirSync(folder)).toContain('manifest.json');
    expect(readdirSync(folder)).not.toContain('outline.json');
    expect(readdirSync(folder)).not.toContain('1-1');
  });

  it('a loaded roadmap from a warm cache answers like a cold one', async () => {
    const { dir, cacheDir } = setup();
    const cold = await loadRoadmap(dir, { cacheDir });
    const warm = await loadRoadmap(dir, { cacheDir });
    const ids = (l: typeof cold) => l.roadmap.stages.flatMap((s) => s.topics.map(topicFields));
    expect(ids(warm)).toEqual(ids(cold));
    const quizId = cold.roadmap.quizzes[0]!.id;
    expect(warm.quiz(quizId)).toEqual(cold.quiz(quizId));
  });

  it('an edited quiz file is re-read alone: the main file is not parsed again', async () => {
    const { dir, main, cacheDir } = setup();
    const whole = 1_700_000_000; // whole seconds, so setting it again gives the very same mtime
    utimesSync(main, whole, whole);
    await loadRoadmap(dir, { cacheDir });
    // Break the main file without changing its size or mtime: a full parse would now fail.
    writeFileSync(main, readFileSync(main, 'utf8').replace('formatVersion: 1', 'formatVersion: 9'));
    utimesSync(main, whole, whole);
    const quizFile = join(dir, 'quizzes', 'arithmetic.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('{en: Arithmetic, es: Aritmética}', '{en: Sums, es: Sumas}'));
    utimesSync(quizFile, new Date(), new Date(Date.now() + 5000));
    const loaded = await loadRoadmap(dir, { cacheDir });
    expect(loaded.roadmap.quizzes.find((q) => q.id === 'arithmetic')!.title).toEqual({ en: 'Sums', es: 'Sumas' });
    expect(loaded.quiz('arithmetic').title).toEqual({ en: 'Sums', es: 'Sumas' });
    // And the next run finds the refreshed cache warm.
    expect(readCachedRoadmap(cacheDir, main)!.roadmap.quizzes.find((q) => q.id === 'arithmetic')!.title).toEqual({ en: 'Sums', es: 'Sumas' });
  });

  it('a quiz file whose id changed sends the load through a full parse, which reports the broken reference', async () => {
    const { dir, cacheDir } = setup();
    await loadRoadmap(dir, { cacheDir });
    const quizFile = join(dir, 'quizzes', 'arithmetic.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('id: arithmetic', 'id: algebra'));
    utimesSync(quizFile, new Date(), new Date(Date.now() + 5000));
    await expect(loadRoadmap(dir, { cacheDir })).rejects.toThrow(RoadmapError);
  });
});
