import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoadmapError } from '../errors.js';
import { exerciseDirState, loadRoadmap, mainFileOf, parseFromDisk } from './roadmap-loader.js';

let root: string;
let dir: string;
let main: string;
let quizFile: string;
let cacheDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-loader-'));
  dir = join(root, 'roadmap');
  cpSync(new URL('../../test/fixtures/mini/', import.meta.url), dir, { recursive: true });
  main = join(dir, 'roadmap.yaml');
  quizFile = join(dir, 'quizzes', 'arithmetic.yaml');
  cacheDir = join(root, 'cache');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

const caught = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};
/** The main file with its quiz include pointing at `include` instead. */
const includeOf = (include: string) => writeFileSync(main, readFileSync(main, 'utf8').replace(/include: .*/, `include: ${include}`));
const includeIssue = async () => {
  const error = (await caught(() => parseFromDisk(main))) as RoadmapError;
  expect(error).toBeInstanceOf(RoadmapError);
  return error.issues.find((i) => i.code === 'includeFailed')?.params;
};

describe('mainFileOf', () => {
  it('a location that does not exist is the user’s mistake, named in full', () => {
    const error = (() => {
      try {
        mainFileOf(join(root, 'nope'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RoadmapError);
    expect(error).toMatchObject({ unworded: { key: 'roadmap.notFound', params: { path: join(root, 'nope') } } });
  });

  it('a directory means its roadmap.yaml', () => {
    expect(resolve(mainFileOf(dir))).toBe(main);
  });
});

describe('loadRoadmap', () => {
  it('without a cache: the roadmap, its files, and its quizzes by id', async () => {
    const loaded = await loadRoadmap(main);
    expect(loaded.roadmap.id).toBe('mini');
    expect(loaded.mainFile).toBe(main);
    expect(loaded.files.map((f) => f.path).sort()).toEqual([main, quizFile].sort());
    expect(loaded.quiz('arithmetic').id).toBe('arithmetic');
    expect(() => loaded.quiz('nope')).toThrow(expect.objectContaining({ unworded: { key: 'error.unknownQuiz', params: { id: 'nope' } } }));
  });

  it('a cold cache is filled; a warm one gives the same roadmap and quizzes, each quiz read once', async () => {
    const cold = await loadRoadmap(main, { cacheDir });
    expect(cold.quiz('arithmetic').id).toBe('arithmetic');
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    const warm = await loadRoadmap(main, { cacheDir });
    expect(warm.roadmap.id).toBe('mini');
    expect(warm.mainFile).toBe(main);
    expect(warm.files).toEqual(cold.files);
    const quiz = warm.quiz('arithmetic');
    expect(quiz).toEqual(cold.quiz('arithmetic'));
    expect(warm.quiz('arithmetic')).toBe(quiz);
    expect(() => warm.quiz('nope')).toThrow(expect.objectContaining({ unworded: { key: 'roadmap.cacheLost', params: { id: 'nope' } } }));
  });

  it('an edited quiz file past the size limit is not re-read alone: the full parse refuses it', async () => {
    await loadRoadmap(main, { cacheDir, maxBytes: 1500 });
    appendFileSync(quizFile, `# ${'x'.repeat(400)}\n`);
    const error = await caught(() => loadRoadmap(main, { cacheDir, maxBytes: 1500 }));
    expect(error).toMatchObject({ unworded: { key: 'roadmap.invalid', params: { file: main, count: 1 } } });
  });

  it('an edited quiz file under the limit is re-read: the load works', async () => {
    await loadRoadmap(main, { cacheDir, maxBytes: 1500 });
    appendFileSync(quizFile, '# a comment\n');
    expect((await loadRoadmap(main, { cacheDir, maxBytes: 1500 })).quiz('arithmetic').id).toBe('arithmetic');
  });

  it('a quiz file that now leads outside the roadmap is refused by the full parse', async () => {
    await loadRoadmap(main, { cacheDir });
    const outside = join(root, 'elsewhere.yaml');
    writeFileSync(outside, `${readFileSync(quizFile, 'utf8')}# moved\n`);
    rmSync(quizFile);
    symlinkSync(outside, quizFile);
    const error = (await caught(() => loadRoadmap(main, { cacheDir }))) as RoadmapError;
    expect(error.issues.map((i) => i.params?.key)).toEqual(['roadmap.includeOutside']);
  });

  it('a quiz file broken by an edit sends the load through the full parse, which reports it', async () => {
    await loadRoadmap(main, { cacheDir });
    writeFileSync(quizFile, 'id: arithmetic\nquestions: 3\n');
    const error = await caught(() => loadRoadmap(main, { cacheDir }));
    expect(error).toMatchObject({ unworded: { key: 'roadmap.invalid' } });
  });
});

describe('parseFromDisk: files it cannot read', () => {
  it('a missing main file is named as shown', async () => {
    rmSync(main);
    expect(await caught(() => parseFromDisk(main))).toMatchObject({ unworded: { key: 'roadmap.missingFile', params: { file: main } } });
  });

  it('a FIFO, or a file past the limit, is refused in its own words', async () => {
    const error = await caught(() => parseFromDisk(main, 100));
    expect(error).toBeInstanceOf(RoadmapError);
    expect(error).toMatchObject({ unworded: { key: 'file.tooBig', params: { path: main } } });
    rmSync(main);
    execFileSync('mkfifo', [main]);
    expect(await caught(() => parseFromDisk(main))).toMatchObject({ unworded: { key: 'file.notRegular.fifo', params: { path: main } } });
  });

  it('any other failure passes through as it is', async () => {
    rmSync(main);
    symlinkSync(main, main);
    const error = await caught(() => parseFromDisk(main));
    expect(error).not.toBeInstanceOf(RoadmapError);
    expect(error).toMatchObject({ code: 'ELOOP' });
  });

  it('an included file that is missing, not regular, or unreadable is an issue saying so', async () => {
    rmSync(quizFile);
    expect(await includeIssue()).toEqual({ key: 'roadmap.missingFile', file: quizFile });
    execFileSync('mkfifo', [quizFile]);
    expect(await includeIssue()).toEqual({ key: 'file.notRegular.fifo', path: quizFile });
    rmSync(quizFile);
    symlinkSync(quizFile, quizFile);
    const params = await includeIssue();
    expect(Object.keys(params!)).toEqual(['detail']);
    expect(params!.detail).toMatch(new RegExp(`^cannot read ${quizFile}: ELOOP`));
  });

  it('an include leading outside the directory, to it, or to its parent is refused with where it leads', async () => {
    const outside = join(root, 'elsewhere.yaml');
    cpSync(quizFile, outside);
    symlinkSync(outside, join(dir, 'out.yaml'));
    includeOf('out.yaml');
    expect(await includeIssue()).toEqual({ key: 'roadmap.includeOutside', path: join(dir, 'out.yaml'), target: outside });
    includeOf('.');
    expect(await includeIssue()).toEqual({ key: 'roadmap.includeOutside', path: dir, target: dir });
    symlinkSync('..', join(dir, 'up'));
    includeOf('up');
    expect(await includeIssue()).toEqual({ key: 'roadmap.includeOutside', path: join(dir, 'up'), target: root });
  });

  it('an include whose name starts with two dots but stays inside is read', async () => {
    cpSync(quizFile, join(dir, '..quiz.yaml'));
    includeOf('..quiz.yaml');
    const { bundle } = await parseFromDisk(main);
    expect(bundle.quizzes.map((q) => q.id)).toEqual(['arithmetic']);
  });
});

describe('parseFromDisk: what it checks', () => {
  it('an invalid roadmap carries every issue, and their count', async () => {
    writeFileSync(main, readFileSync(main, 'utf8').replace('id: mini', 'id: Not An Id'));
    const error = (await caught(() => parseFromDisk(main))) as RoadmapError;
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error).toMatchObject({ unworded: { key: 'roadmap.invalid', params: { file: main, count: error.issues.length } } });
  });

  it('a required language missing somewhere is an issue', async () => {
    await expect(parseFromDisk(main)).resolves.toBeDefined();
    const error = (await caught(() => parseFromDisk(main, undefined, 'fr'))) as RoadmapError;
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('exercise folders are checked on disk', async () => {
    const ex = join(root, 'ex');
    cpSync(new URL('../../test/fixtures/exercises/', import.meta.url), ex, { recursive: true });
    await expect(parseFromDisk(join(ex, 'roadmap.yaml'))).resolves.toBeDefined();
    rmSync(join(ex, 'add', 'check'), { recursive: true });
    const error = (await caught(() => parseFromDisk(join(ex, 'roadmap.yaml')))) as RoadmapError;
    expect(error.issues.map((i) => [i.code, i.params])).toEqual([['exerciseDirMissing', { path: 'add/check' }]]);
  });

  it('returns the sources it read and the stamps of both files', async () => {
    const { files, sources, warnings } = await parseFromDisk(main);
    expect(files.map((f) => f.path)).toEqual([main, quizFile]);
    expect(Object.keys(sources).length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });
});

describe('the size limit from MLROAD_MAX_ROADMAP_MB', () => {
  it('is in MiB: 0.001 MiB holds the main file but not the quiz file', async () => {
    vi.stubEnv('MLROAD_MAX_ROADMAP_MB', '0.001');
    const error = await caught(() => parseFromDisk(main));
    expect(error).toMatchObject({ unworded: { key: 'roadmap.invalid', params: { count: 1 } } });
    expect(await caught(() => loadRoadmap(main, { cacheDir }))).toMatchObject({ unworded: { key: 'roadmap.invalid' } });
  });

  it('zero, negative or not a number: the default', async () => {
    for (const value of ['0', '-1', 'lots', 'Infinity']) {
      vi.stubEnv('MLROAD_MAX_ROADMAP_MB', value);
      await expect(parseFromDisk(main)).resolves.toBeDefined();
    }
  });
});

describe('exerciseDirState', () => {
  it('ok for a directory inside, the roadmap’s own directory included', () => {
    mkdirSync(join(dir, 'ex', 'starter'), { recursive: true });
    mkdirSync(join(dir, '..ex'));
    expect(exerciseDirState(dir, 'ex/starter')).toBe('ok');
    expect(exerciseDirState(dir, '.')).toBe('ok');
    expect(exerciseDirState(dir, '..ex')).toBe('ok');
  });

  it('missing when absent or not a directory', () => {
    expect(exerciseDirState(dir, 'nope')).toBe('missing');
    expect(exerciseDirState(dir, 'roadmap.yaml')).toBe('missing');
  });

  it('outside when absolute, above, or linked out', () => {
    mkdirSync(join(root, 'other'));
    symlinkSync(join(root, 'other'), join(dir, 'link'));
    mkdirSync(join(dir, '..\\win'));
    expect(exerciseDirState(dir, join(root, 'other'))).toBe('outside');
    expect(exerciseDirState(dir, '..')).toBe('outside');
    expect(exerciseDirState(dir, '../other')).toBe('outside');
    expect(exerciseDirState(dir, 'link')).toBe('outside');
    expect(exerciseDirState(dir, '..\\win')).toBe('outside'); // a Windows parent, as it would read there
  });
});

describe('the files a loaded roadmap came from', () => {
  it('name the quiz each included quiz file holds, parsed or cached alike', async () => {
    const tagged = (files: { path: string; quiz?: string }[]) => files.map((f) => [f.path, f.quiz]);
    const parsed = await loadRoadmap(dir, { cacheDir });
    expect(tagged(parsed.files)).toEqual([
      [main, undefined],
      [quizFile, 'arithmetic'],
    ]);
    const cached = await loadRoadmap(dir, { cacheDir });
    expect(tagged(cached.files)).toEqual(tagged(parsed.files));
  });
});
