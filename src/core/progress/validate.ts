import {
  PROGRESS_VERSION,
  emptyRoadmapProgress,
  type CardRecord,
  type ProgressFile,
  type QuizAttempt,
  type ReviewLogEntry,
  type RoadmapProgress,
  type Settings,
  type TopicRecord,
} from './model.js';
import { MIGRATIONS, migrate, type Migration } from './migrate.js';

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

function invalid(problem: string, data: Record<string, unknown>): ProgressCheck {
  return { kind: 'invalid', problem, salvaged: salvage(data, []) };
}

/** Keeps every well-formed record of `data` and notes what it had to drop. */
function salvage(data: Record<string, unknown>, problems: string[]): ProgressFile {
  const roadmaps: Record<string, RoadmapProgress> = {};
  if (data.roadmaps !== undefined && !isRecord(data.roadmaps)) problems.push('"roadmaps" is not an object');
  for (const [id, value] of entries(data.roadmaps)) {
    if (!isRecord(value)) {
      problems.push(`roadmaps.${id} is not an object`);
      continue;
    }
    roadmaps[id] = salvageRoadmap(id, value, problems);
  }
  return { version: PROGRESS_VERSION, settings: salvageSettings(data.settings, problems), roadmaps };
}

function salvageRoadmap(id: string, value: Record<string, unknown>, problems: string[]): RoadmapProgress {
  const out = emptyRoadmapProgress();
  for (const [topic, record] of entries(value.topics)) {
    if (isTopicRecord(record)) out.topics[topic] = { status: record.status, at: record.at };
    else problems.push(`roadmaps.${id}.topics.${topic} is malformed`);
  }
  out.attempts = keep(value.attempts, isAttempt, `roadmaps.${id}.attempts`, problems);
  for (const [key, card] of entries(value.cards)) {
    if (isRecord(card) && typeof card.due === 'string') out.cards[key] = card as CardRecord;
    else problems.push(`roadmaps.${id}.cards.${key} is malformed`);
  }
  out.reviewLog = keep(value.reviewLog, isReviewLogEntry, `roadmaps.${id}.reviewLog`, problems);
  salvageExercises(id, value, out, problems);
  return out;
}

function salvageSettings(value: unknown, problems: string[]): Settings {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push('"settings" is not an object');
    return {};
  }
  const settings: Settings = {};
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

function keep<T>(list: unknown, ok: (x: unknown) => x is T, where: string, problems: string[]): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(`${where} is not a list`);
    return [];
  }
  const good = list.filter(ok);
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

function isReviewLogEntry(x: unknown): x is ReviewLogEntry {
  return (
    isRecord(x) &&
    typeof x.card === 'string' &&
    isIsoTime(x.at) &&
    typeof x.rating === 'number' &&
    typeof x.scheduled === 'boolean' &&
    (x.source === 'quiz' || x.source === 'review')
  );
}

function isIsoTime(x: unknown): x is string {
  return typeof x === 'string' && !Number.isNaN(Date.parse(x));
}

function entries(x: unknown): [string, unknown][] {
  return isRecord(x) ? Object.entries(x) : [];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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
  const last = r.last === undefined || (isRecord(r.last) && typeof r.last.at === 'string' && typeof r.last.passed === 'boolean' && typeof r.last.durationMs === 'number');
  return (r.status === 'started' || r.status === 'passed') && count(r.attempts) && count(r.hintsShown) && typeof r.startedAt === 'string'
    && (r.passedAt === undefined || typeof r.passedAt === 'string') && last;
}
