import { isRecord } from '../is-record.js';
import { FREE_FORM_LIMITS, withinLimits } from './limits.js';
import { MIGRATIONS, type Migration, migrate } from './migrate.js';
import {
  type CardRecord,
  dict,
  emptyRoadmapProgress,
  NOTE_MAX_CHARS,
  type NoteRecord,
  PROGRESS_VERSION,
  type ProgressFile,
  type QuizAttempt,
  type ReviewLogEntry,
  type RoadmapProgress,
  type Settings,
  type TopicRecord,
} from './model.js';

export type ProgressCheck =
  | { kind: 'ok'; file: ProgressFile; migratedFrom?: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; problem: string; salvaged: ProgressFile };

// Hand-written rather than zod: the read path of every command runs it, and zod's start-up
// cost is most of a bare Node start.

/** Checks a parsed progress document; the version first, so a newer file is never "corrupt". */
export function checkProgress(data: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): ProgressCheck {
  if (!isRecord(data)) return invalid('the file does not hold a JSON object', {});
  const migrated = migrate(data, migrations);
  if (migrated.kind === 'newer') return { kind: 'newer', version: migrated.version };
  if (migrated.kind === 'unknown') return invalid(`unknown version ${JSON.stringify(migrated.version)}`, data);
  const problems: string[] = [];
  const file = salvage(migrated.data, problems);
  if (problems.length) return { kind: 'invalid', problem: problems.join('; '), salvaged: file };
  return migrated.kind === 'migrated' ? { kind: 'ok', file, migratedFrom: migrated.from } : { kind: 'ok', file };
}

/**
 * The file a previous check passed, taken as it is: the shapes salvage would build (records
 * keyed by outside ids without a prototype, absent lists empty), none of its checks. For a
 * file whose bytes are known to be ones that passed, as checkProgress(data).file would be.
 */
export function adoptChecked(data: Record<string, unknown>): ProgressFile {
  const roadmaps = dict<RoadmapProgress>();
  for (const [id, value] of Object.entries(data.roadmaps as Record<string, Record<string, unknown>>)) {
    const { topics, attempts, cards, reviewLog, ...rest } = value;
    roadmaps[id] = Object.assign(dict<unknown>(), rest, {
      topics: withoutPrototype(topics),
      attempts: (attempts as QuizAttempt[] | undefined) ?? [],
      cards: withoutPrototype(cards),
      reviewLog: (reviewLog as ReviewLogEntry[] | undefined) ?? [],
    }) as RoadmapProgress;
  }
  return { ...data, version: PROGRESS_VERSION, settings: Object.assign(dict(), data.settings), roadmaps } as ProgressFile;
}

/** The parsed object itself, made a dict: copying 5,000 cards into a new one costs more than the check it saves. */
function withoutPrototype<T>(value: unknown): Record<string, T> {
  return isRecord(value) ? (Object.setPrototypeOf(value, null) as Record<string, T>) : dict<T>();
}

function invalid(problem: string, data: Record<string, unknown>): ProgressCheck {
  // (salvage's problem list is thrown away here: what it holds changes nothing.)
  return { kind: 'invalid', problem, salvaged: salvage(data, []) };
}

const KNOWN_TOP = new Set(['version', 'settings', 'roadmaps']);
const KNOWN_SETTINGS = new Set(['lang', 'roadmap']);
const KNOWN_ROADMAP = new Set(['topics', 'attempts', 'cards', 'reviewLog', 'notes']);

/**
 * Keeps every well-formed record of `data` and notes what it had to drop. Fields it does not
 * know are kept as they are (a newer mlroad's data survives this one), if they are within the
 * limits a write can serialise.
 */
function salvage(data: Record<string, unknown>, problems: string[]): ProgressFile {
  const roadmaps = dict<RoadmapProgress>();
  if (data.roadmaps !== undefined && !isRecord(data.roadmaps)) problems.push('"roadmaps" is not an object');
  for (const [id, value] of entries(data.roadmaps)) {
    if (!isRecord(value)) {
      problems.push(`roadmaps.${id} is not an object`);
      continue;
    }
    roadmaps[id] = salvageRoadmap(id, value, problems);
  }
  const file = { ...unknownFields(data, KNOWN_TOP, '', problems), version: PROGRESS_VERSION, settings: salvageSettings(data.settings, problems), roadmaps };
  return file as ProgressFile;
}

/** The fields of `value` not in `known`, each kept only if it is within the limits. */
function unknownFields(value: Record<string, unknown>, known: ReadonlySet<string>, where: string, problems: string[]): Record<string, unknown> {
  const out = dict<unknown>();
  for (const [key, field] of Object.entries(value)) {
    if (known.has(key)) continue;
    const limit = withinLimits(field);
    if (limit) problems.push(`${where}${key} ${limit}`);
    else out[key] = field;
  }
  return out;
}

function salvageRoadmap(id: string, value: Record<string, unknown>, problems: string[]): RoadmapProgress {
  const out: RoadmapProgress = Object.assign(unknownFields(value, KNOWN_ROADMAP, `roadmaps.${id}.`, problems), emptyRoadmapProgress());
  // for-in over own keys, not entries(): thousands of [key, value] pairs on every read otherwise
  const topics = isRecord(value.topics) ? value.topics : {};
  for (const topic in topics) {
    if (!Object.hasOwn(topics, topic)) continue;
    const record = topics[topic];
    if (isTopicRecord(record)) out.topics[topic] = { status: record.status, at: record.at };
    else problems.push(`roadmaps.${id}.topics.${topic} is malformed`);
  }
  out.attempts = keep(value.attempts, isAttempt, `roadmaps.${id}.attempts`, problems, attemptLimit);
  const cards = isRecord(value.cards) ? value.cards : {};
  for (const key in cards) {
    if (!Object.hasOwn(cards, key)) continue;
    const card = cards[key];
    const limit = isRecord(card) && typeof card.due === 'string' ? cardLimit(card) : 'is malformed';
    if (limit) problems.push(`roadmaps.${id}.cards.${key} ${limit}`);
    else out.cards[key] = card as CardRecord;
  }
  out.reviewLog = keep(value.reviewLog, isReviewLogEntry, `roadmaps.${id}.reviewLog`, problems);
  // Absent until the first note, so files without notes stay as they were.
  if (value.notes !== undefined)
    out.notes = keep(value.notes, isNote, `roadmaps.${id}.notes`, problems).map((n) => ({ topic: n.topic, at: n.at, text: cleanNote(n.text) }));
  salvageExercises(id, value, out, problems);
  return out;
}

function salvageSettings(value: unknown, problems: string[]): Settings {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push('"settings" is not an object');
    return {};
  }
  const settings: Settings = unknownFields(value, KNOWN_SETTINGS, 'settings.', problems);
  if (value.lang === 'en' || value.lang === 'es') settings.lang = value.lang;
  else if (value.lang !== undefined) problems.push('settings.lang is not "en" or "es"');
  if (typeof value.roadmap === 'string') settings.roadmap = value.roadmap;
  else if (value.roadmap !== undefined) problems.push('settings.roadmap is not a path');
  for (const key of ['python', 'workspace'] as const) {
    if (typeof value[key] === 'string') settings[key] = value[key];
    else if (value[key] !== undefined) problems.push(`settings.${key} is not a path`);
  }
  if (isRecord(value.trusted)) {
    const trusted: Record<string, string> = {};
    for (const [file, hash] of entries(value.trusted)) if (typeof hash === 'string') trusted[file] = hash;
    settings.trusted = trusted;
  } else if (value.trusted !== undefined) problems.push('settings.trusted is not an object');
  return settings;
}

// A card is ts-fsrs state: a dozen flat numbers and dates. Room to spare, but no nesting.
export const CARD_LIMITS = { depth: 3, size: 4_096 };

// The quick passes below only ever say "within" or defer to withinLimits. Mutants that make them
// defer more often (a field counted as not flat, a size not trusted, a bound tightened) give the
// same answer, only slower: those that survive here are of that kind. quick-limits.test.ts kills
// the ones that would let an oversized record through.

/** withinLimits for a card, with a quick pass for the usual flat one (thousands are read on every command). */
export function cardLimit(card: Record<string, unknown>): string | undefined {
  const size = flatSize(card);
  return size >= 0 && size <= CARD_LIMITS.size ? undefined : withinLimits(card, CARD_LIMITS);
}

/** withinLimits for an attempt, with a quick pass for the usual shape: flat fields and a list of flat questions. */
export function attemptLimit(attempt: Record<string, unknown>): string | undefined {
  let size = 2;
  for (const key in attempt) {
    const value = attempt[key];
    if (key === 'questions' && Array.isArray(value)) {
      size += key.length + 5;
      for (const question of value) {
        const flat = flatSize(question);
        if (flat < 0) return withinLimits(attempt);
        size += flat;
      }
    } else {
      const field = fieldSize(key, value);
      if (field < 0) return withinLimits(attempt);
      size += field;
    }
  }
  return size <= FREE_FORM_LIMITS.size ? undefined : withinLimits(attempt);
}

/** Rough size of an object of strings, finite numbers and booleans; -1 for anything else. */
function flatSize(value: unknown): number {
  if (!isRecord(value)) return -1;
  let size = 2;
  for (const key in value) {
    const field = fieldSize(key, value[key]);
    if (field < 0) return -1;
    size += field;
  }
  return size;
}

/** One field's serialised size, at least what withinLimits counts for it; -1 unless a string, finite number or boolean. */
function fieldSize(key: string, value: unknown): number {
  if (typeof value === 'string') return key.length + value.length + 5;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return key.length + 11;
  return -1;
}

function keep<T>(
  list: unknown,
  ok: (x: unknown) => x is T,
  where: string,
  problems: string[],
  limit: (x: T & Record<string, unknown>) => string | undefined = withinLimits,
): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(`${where} is not a list`);
    return [];
  }
  const good = list.filter((x): x is T => ok(x) && limit(x as T & Record<string, unknown>) === undefined);
  if (good.length !== list.length) problems.push(`${list.length - good.length} malformed entries in ${where}`);
  return good;
}

function isTopicRecord(x: unknown): x is TopicRecord {
  return isRecord(x) && (x.status === 'done' || x.status === 'skipped') && isIsoTime(x.at);
}

function isAttempt(x: unknown): x is QuizAttempt {
  return (
    isRecord(x) &&
    typeof x.quiz === 'string' &&
    isIsoTime(x.at) &&
    typeof x.seed === 'string' &&
    Number.isInteger(x.score) &&
    Number.isInteger(x.total) &&
    typeof x.finished === 'boolean' &&
    Array.isArray(x.questions) &&
    x.questions.every((q) => isRecord(q) && typeof q.id === 'string' && typeof q.correct === 'boolean' && typeof q.answered === 'boolean')
  );
}

export function isReviewLogEntry(x: unknown): x is ReviewLogEntry {
  return (
    isRecord(x) &&
    typeof x.card === 'string' &&
    isIsoTime(x.at) &&
    typeof x.rating === 'number' &&
    typeof x.scheduled === 'boolean' &&
    (x.source === 'quiz' || x.source === 'review')
  );
}

// Over-long notes are dropped as malformed rather than cut: a note is never truncated.
function isNote(x: unknown): x is NoteRecord {
  return isRecord(x) && typeof x.topic === 'string' && isIsoTime(x.at) && typeof x.text === 'string' && x.text.length <= NOTE_MAX_CHARS;
}

/** A note's text without control characters (tabs and newlines stay): the learner's words, verbatim otherwise. */
export function cleanNote(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function isIsoTime(x: unknown): x is string {
  return typeof x === 'string' && !Number.isNaN(Date.parse(x));
}

function entries(x: unknown): [string, unknown][] {
  return isRecord(x) ? Object.entries(x) : [];
}

// exercises: records of checks run and project links
function salvageExercises(id: string, value: Record<string, unknown>, out: RoadmapProgress, problems: string[]): void {
  if (value.exercises !== undefined) {
    const exercises: NonNullable<RoadmapProgress['exercises']> = {};
    for (const [key, r] of entries(value.exercises)) {
      if (isExerciseRecord(r)) exercises[key] = r;
      else problems.push(`roadmaps.${id}.exercises.${key} is malformed`);
    }
    out.exercises = exercises;
  }
  if (value.projects !== undefined) {
    const projects: NonNullable<RoadmapProgress['projects']> = {};
    for (const [key, r] of entries(value.projects)) {
      if (isRecord(r) && typeof r.url === 'string' && /^https?:\/\//i.test(r.url) && typeof r.at === 'string') projects[key] = { url: r.url, at: r.at };
      else problems.push(`roadmaps.${id}.projects.${key} is malformed`);
    }
    out.projects = projects;
  }
}

function isExerciseRecord(r: unknown): r is NonNullable<RoadmapProgress['exercises']>[string] {
  if (!isRecord(r)) return false;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const last =
    r.last === undefined || (isRecord(r.last) && typeof r.last.at === 'string' && typeof r.last.passed === 'boolean' && typeof r.last.durationMs === 'number');
  return (
    (r.status === 'started' || r.status === 'passed') &&
    count(r.attempts) &&
    count(r.hintsShown) &&
    typeof r.startedAt === 'string' &&
    (r.passedAt === undefined || typeof r.passedAt === 'string') &&
    last
  );
}
