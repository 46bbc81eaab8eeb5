import { copyFileSync, linkSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { type Exercise, type Quiz, quizInfo, type Roadmap, type RoadmapBundle, type Stage, type Topic } from '../core/roadmap/types.js';
import { RoadmapError } from '../errors.js';
import { writeFileAtomic } from './atomic-file.js';
import { type FileStamp, filesUnchanged, readOwnFile } from './file-stamp.js';
import { makeDir } from './make-dir.js';

export type { FileStamp } from './file-stamp.js';

// The validated roadmap, cached in pieces so that a warm run reads only what it uses:
//   manifest.json    the mlroad version and every source file's size and mtime: the stamp
//   <gen>/index.json the roadmap with each stage's topic ids, optional flags, quizzes and
//                    exercise ids, and each exercise's id and title
//   <gen>/exercises  the exercises whole (instructions, hints, check), for the exercise commands
//   <gen>/titles-N   topic titles of stage N (for `list`, and the one topic `status` names)
//   <gen>/stage-N    the full topics of stage N (for `next`, `show`)
//   <gen>/quiz-ID    one quiz's questions
// At 20,000 topics the outline is 7 MB, the index a few hundred KB. Each write goes to a new
// generation folder and the manifest is written last, so a reader never mixes two versions.
// Deleting the cache is always safe.

// Bump when the shape of the cache changes; the mlroad version is checked too.
const CACHE_VERSION = 4; // 4: exercises in a piece of their own, topics' exercise ids in the index
declare const __MLROAD_VERSION__: string;
const MLROAD_VERSION = typeof __MLROAD_VERSION__ === 'string' ? __MLROAD_VERSION__ : 'dev';

interface Manifest {
  cacheVersion: number;
  mlroad: string;
  generation: string;
  /**
   * [path, size, mtimeMs, quiz id] of every source file, the main file first; paths under the
   * main file's folder are relative to it. The quiz id (of an included file) lets an edit of
   * that one file be re-read alone.
   */
  files: ManifestFile[];
}

type ManifestFile = [path: string, size: number, mtimeMs: number, quizId?: string];

interface IndexStage extends Omit<Stage, 'topics'> {
  ids: string[];
  /** Positions of optional topics. */
  optional: number[];
  /** Quiz id by topic position. */
  quizzes: Record<number, string>;
  /** Exercise ids by topic position, for topics that list any. */
  exercises: Record<number, string[]>;
}

interface Index extends Omit<Roadmap, 'stages' | 'exercises'> {
  stages: IndexStage[];
  /** Each exercise's id and title: enough to count and name them. */
  exercises: Pick<Exercise, 'id' | 'title'>[];
}

export function cacheFolder(cacheDir: string, mainFile: string): string {
  return join(cacheDir, 'roadmaps', fnv1a(mainFile));
}

/** 64-bit FNV-1a of a path, as hex: a stable folder name without loading node:crypto at start-up. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  // Stryker disable next-line StringLiteral: Buffer.from with an empty encoding name is utf8 too
  for (const byte of Buffer.from(text, 'utf8')) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

const readJson = <T>(path: string): T => JSON.parse(readOwnFile(path)) as T;

export interface CachedRoadmap {
  roadmap: Roadmap;
  files: FileStamp[];
  /** Reads one quiz's questions; undefined when the cache lost it, or its file changed unchecked. */
  quiz(id: string): Quiz | undefined;
}

/**
 * The quizzes whose files a command reads, given the roadmap's id; every other quiz's entry in
 * `roadmap.quizzes` may be older than its file. Absent: every file is checked.
 */
export type QuizzesUsed = (roadmapId: string) => ReadonlySet<string>;

export function readCachedRoadmap(cacheDir: string, mainFile: string, quizzesUsed?: QuizzesUsed): CachedRoadmap | undefined {
  const folder = cacheFolder(cacheDir, mainFile);
  try {
    const manifest = readManifest(folder);
    // Stryker disable next-line ConditionalExpression,BlockStatement: without it stampsOf throws on undefined, and the catch below returns the same undefined
    if (!manifest) return undefined;
    const files = stampsOf(manifest, mainFile);
    // A 20,000-topic roadmap has 2,000 quiz files, and stat'ing them all is most of a warm
    // `status`, which reads none of them but those with attempts (their pass marks).
    if (!filesUnchanged(quizzesUsed ? files.filter((f) => f.quiz === undefined) : files)) return undefined;
    const gen = join(folder, manifest.generation);
    const index = readJson<Index>(join(gen, 'index.json'));
    const used = quizzesUsed?.(index.id);
    // (Without `f.quiz !== undefined`, a set of quiz ids has no undefined either: an equivalent mutant.)
    if (used && !filesUnchanged(files.filter((f) => f.quiz !== undefined && used.has(f.quiz)))) return undefined;
    const unchecked = (id: string) => used !== undefined && !used.has(id);
    return {
      roadmap: expand(index, gen),
      files,
      quiz: (id) => {
        try {
          if (unchecked(id) && !filesUnchanged(files.filter((f) => f.quiz === id))) return undefined;
          return readJson<Quiz>(join(gen, `quiz-${id}.json`));
          // (An emptied catch returns the same undefined: Stryker's BlockStatement here is equivalent.)
        } catch {
          return undefined;
        }
      },
    };
    // (As above: an emptied catch returns the same undefined.)
  } catch {
    return undefined;
  }
}

function readManifest(folder: string): Manifest | undefined {
  try {
    const manifest = readJson<Manifest>(join(folder, 'manifest.json'));
    return manifest.cacheVersion === CACHE_VERSION && manifest.mlroad === MLROAD_VERSION ? manifest : undefined;
    // (An emptied catch falls through to the same undefined: an equivalent mutant.)
  } catch {
    return undefined;
  }
}

function stampsOf(manifest: Manifest, mainFile: string): FileStamp[] {
  const base = dirname(mainFile) + sep;
  return manifest.files.map(([path, size, mtimeMs, quiz]) => ({
    path: isAbsolute(path) ? path : base + path,
    size,
    mtimeMs,
    // Stryker disable next-line ConditionalExpression: a `quiz: undefined` key reads as no quiz everywhere (and JSON drops it)
    ...(quiz === undefined ? {} : { quiz }),
  }));
}

/** `files` with the quiz each included quiz file holds (`sources`: quiz id → file); the main file holds none of its own. */
export function withQuizIds(mainFile: string, files: readonly FileStamp[], sources: Readonly<Record<string, string>>): FileStamp[] {
  const quizOf = new Map(Object.entries(sources).map(([id, file]) => [file, id]));
  return files.map((f) => {
    const quiz = f.path === mainFile ? undefined : quizOf.get(f.path);
    // Stryker disable next-line ConditionalExpression: as in stampsOf, `quiz: undefined` reads as no quiz
    return quiz === undefined ? f : { ...f, quiz };
  });
}

/** Included quiz files that changed since the cache was written, when nothing else did. */
export interface RefreshPlan {
  folder: string;
  manifest: Manifest;
  changed: { at: number; path: string; quizId: string }[];
}

export function planRefresh(cacheDir: string, mainFile: string): RefreshPlan | undefined {
  const folder = cacheFolder(cacheDir, mainFile);
  const manifest = readManifest(folder);
  if (!manifest) return undefined;
  const changed: RefreshPlan['changed'] = [];
  const stamps = stampsOf(manifest, mainFile);
  for (let at = 0; at < stamps.length; at++) {
    const f = stamps[at]!;
    const now = statSync(f.path, { throwIfNoEntry: false });
    if (!now) return undefined;
    if (now.size === f.size && now.mtimeMs === f.mtimeMs) continue;
    const quizId = manifest.files[at]![3];
    // The main file's row never has a quiz id (writeRoadmapCache), so it lands here too.
    if (quizId === undefined) return undefined;
    changed.push({ at, path: f.path, quizId });
  }
  return changed.length > 0 ? { folder, manifest, changed } : undefined;
}

/**
 * A new generation from the old one with the re-read quizzes put in; the rest is linked, not
 * rewritten. Undefined when a re-read quiz changed its id (references may break: parse it all).
 */
export function applyRefresh(
  cacheDir: string,
  mainFile: string,
  plan: RefreshPlan,
  reread: Map<string, { quiz: Quiz; stamp: FileStamp }>,
): CachedRoadmap | undefined {
  try {
    const { folder, manifest } = plan;
    // (Without `?.` a file not re-read throws, and the catch below gives the same undefined.)
    if (plan.changed.some((c) => reread.get(c.path)?.quiz.id !== c.quizId)) return undefined;
    const old = join(folder, manifest.generation);
    const index = readJson<Index>(join(old, 'index.json'));
    const generation = newGeneration();
    const gen = join(folder, generation);
    makeDir(gen);
    // Every piece is linked; the index and the re-read quizzes are then replaced by atomic writes,
    // which swap the new folder's entry and leave the old generation's file as it was.
    for (const name of readdirSync(old)) {
      try {
        linkSync(join(old, name), join(gen, name));
        // (Reached only on a file system without hard links, which the test machines lack: its mutant survives unrun.)
      } catch {
        copyFileSync(join(old, name), join(gen, name));
      }
    }
    const files = manifest.files.map((f) => [...f] as ManifestFile);
    const byId = new Map<string, Quiz>();
    for (const c of plan.changed) {
      const { quiz, stamp } = reread.get(c.path)!;
      byId.set(quiz.id, quiz);
      files[c.at] = [files[c.at]![0], stamp.size, stamp.mtimeMs, quiz.id];
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: a cache is never durable on purpose (deleting it is always safe); an fsync more shows in no output
      writeFileAtomic(join(gen, `quiz-${quiz.id}.json`), JSON.stringify(quiz), { durable: false });
    }
    const quizzes = index.quizzes.map((q) => (byId.has(q.id) ? quizInfo(byId.get(q.id)!) : q));
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: as above, durability of a cache shows in no output
    writeFileAtomic(join(gen, 'index.json'), JSON.stringify({ ...index, quizzes }), { durable: false });
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: as above
    writeFileAtomic(join(folder, 'manifest.json'), JSON.stringify({ ...manifest, generation, files } satisfies Manifest), { durable: false });
    removeOtherGenerations(folder, generation);
    return readCachedRoadmap(cacheDir, mainFile);
    // (An emptied catch returns the same undefined: an equivalent mutant.)
  } catch {
    return undefined;
  }
}

const newGeneration = () => `${Date.now().toString(36)}-${process.pid}`;

/** Rebuilds the roadmap from its index; each topic reads its title and details on first use. */
function expand(index: Index, gen: string): Roadmap {
  const stages = index.stages.map((s, stageIndex): Stage => {
    const { ids, optional, quizzes, exercises, ...stage } = s;
    const piece = lazyPiece(gen, stageIndex);
    const optionalAt = new Set(optional);
    const topics = ids.map((id, i) => new CachedTopic(id, optionalAt.has(i), quizzes[i], exercises?.[i] ?? [], piece, i) as unknown as Topic);
    return { ...stage, topics };
  });
  const whole = lazyLoad<Exercise[]>(gen, 'exercises');
  const exercises = index.exercises.map((e, at) => new CachedExercise(e.id, e.title, whole, at) as unknown as Exercise);
  return { ...index, stages, exercises };
}

type Piece = { titles(): Topic['title'][]; details(): Topic[] };

function lazyPiece(gen: string, stageIndex: number): Piece {
  return { titles: lazyLoad<Topic['title'][]>(gen, `titles-${stageIndex}`), details: lazyLoad<Topic[]>(gen, `stage-${stageIndex}`) };
}

/** One piece of a generation, read on first use and kept. */
function lazyLoad<T>(gen: string, name: string): () => T {
  let value: T | undefined;
  return () => {
    if (value !== undefined) return value;
    try {
      value = readJson<T>(join(gen, `${name}.json`));
    } catch {
      throw new RoadmapError({ key: 'roadmap.cacheLost', params: { id: name } });
    }
    return value;
  };
}

/**
 * A topic of a cached roadmap. Id, optional, quiz and exercises are plain fields; the rest are
 * getters on the prototype, so read fields by name (spreading or Object.keys sees only the plain ones).
 */
class CachedTopic {
  constructor(
    readonly id: string,
    readonly optional: boolean,
    readonly quiz: string | undefined,
    readonly exercises: string[],
    private readonly piece: Piece,
    private readonly at: number,
  ) {}
  get title(): Topic['title'] {
    return this.piece.titles()[this.at]!;
  }
  get summary(): Topic['summary'] {
    return this.detail().summary;
  }
  get learn(): Topic['learn'] {
    return this.detail().learn;
  }
  get resources(): Topic['resources'] {
    return this.detail().resources;
  }
  get milestones(): Topic['milestones'] {
    return this.detail().milestones;
  }
  private detail(): Topic {
    return this.piece.details()[this.at]!;
  }
}

/** An exercise of a cached roadmap: id and title are plain fields; the rest read the exercises piece on first use. */
class CachedExercise {
  constructor(
    readonly id: string,
    readonly title: Exercise['title'],
    private readonly whole: () => Exercise[],
    private readonly at: number,
  ) {}
  get instructions(): Exercise['instructions'] {
    return this.detail().instructions;
  }
  get starter(): Exercise['starter'] {
    return this.detail().starter;
  }
  get check(): Exercise['check'] {
    return this.detail().check;
  }
  get requires(): Exercise['requires'] {
    return this.detail().requires;
  }
  get hints(): Exercise['hints'] {
    return this.detail().hints;
  }
  get solution(): Exercise['solution'] {
    return this.detail().solution;
  }
  get limits(): Exercise['limits'] {
    return this.detail().limits;
  }
  private detail(): Exercise {
    return this.whole()[this.at]!;
  }
}

/** Best effort: a cache that cannot be written only costs speed. */
export function writeRoadmapCache(cacheDir: string, mainFile: string, files: FileStamp[], bundle: RoadmapBundle, sources: Record<string, string> = {}): void {
  try {
    const folder = cacheFolder(cacheDir, mainFile);
    const generation = newGeneration();
    const gen = join(folder, generation);
    makeDir(gen);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: as in applyRefresh, durability of a cache shows in no output
    const write = (name: string, value: unknown) => writeFileAtomic(join(gen, name), JSON.stringify(value), { durable: false });
    for (const quiz of bundle.quizzes) write(`quiz-${quiz.id}.json`, quiz);
    const { stages, exercises, ...rest } = bundle.roadmap;
    write('exercises.json', exercises);
    const indexStages = stages.map((stage, i): IndexStage => {
      const { topics, ...head } = stage;
      write(`stage-${i}.json`, topics);
      write(
        `titles-${i}.json`,
        topics.map((topic) => topic.title),
      );
      const optional = topics.flatMap((topic, at) => (topic.optional ? [at] : []));
      const quizzes = byPosition(topics, (topic) => topic.quiz);
      // (A parsed topic always has `exercises`, zod's default: the `?.` guards hand-made bundles only.)
      const exerciseIds = byPosition(topics, (topic) => (topic.exercises?.length ? topic.exercises : undefined));
      return { ...head, ids: topics.map((topic) => topic.id), optional, quizzes, exercises: exerciseIds };
    });
    write('index.json', { ...rest, stages: indexStages, exercises: exercises.map(({ id, title }) => ({ id, title })) } satisfies Index);
    const entry = (f: FileStamp): ManifestFile => {
      const row: ManifestFile = [relativeTo(dirname(mainFile) + sep, f.path), f.size, f.mtimeMs];
      return f.quiz === undefined ? row : [row[0], row[1], row[2], f.quiz];
    };
    const manifest: Manifest = { cacheVersion: CACHE_VERSION, mlroad: MLROAD_VERSION, generation, files: withQuizIds(mainFile, files, sources).map(entry) };
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: as above
    writeFileAtomic(join(folder, 'manifest.json'), JSON.stringify(manifest), { durable: false });
    removeOtherGenerations(folder, generation);
  } catch {
    // ignored on purpose
  }
}

/** Topic position → what `pick` finds, for the topics that have something: the index stays small. */
function byPosition<T>(topics: readonly Topic[], pick: (topic: Topic) => T | undefined): Record<number, T> {
  const out: Record<number, T> = {};
  topics.forEach((topic, at) => {
    const value = pick(topic);
    // Stryker disable next-line ConditionalExpression: JSON.stringify drops keys whose value is undefined, so the stored index is the same
    if (value !== undefined) out[at] = value;
  });
  return out;
}

/** Shorter manifests parse faster: 2,000 absolute paths are most of one. */
function relativeTo(base: string, path: string): string {
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** Generations older than a minute go: a command that is still reading one has long finished. */
function removeOtherGenerations(folder: string, keep: string): void {
  const before = Date.now() - 60_000;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    // (`entry.name !== keep` made true is equivalent: the generation kept was just made, so its age keeps it.)
    if (entry.isDirectory() && entry.name !== keep) {
      const made = Number.parseInt(entry.name.split('-')[0]!, 36);
      // Stryker disable next-line EqualityOperator: > and >= differ only for a generation made in the very millisecond of the cut-off
      if (!(made > before)) rmSync(join(folder, entry.name), { recursive: true, force: true });
      // (Here and above, `force: false` differs only if another process removed the entry in between: equivalent mutants.)
    } else if (entry.isFile() && entry.name !== 'manifest.json' && !entry.name.startsWith('.')) rmSync(join(folder, entry.name), { force: true });
  }
}
