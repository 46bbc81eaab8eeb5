import { type CardRecord, dict, emptyRoadmapProgress, type NoteRecord, type ProgressFile, type RoadmapProgress, type TopicRecord } from './model.js';
import { checkProgress } from './validate.js';

export const EXPORT_FORMAT = 'mlroad-progress';
export const EXPORT_VERSION = 1;

/** What `mlroad progress export` writes: every roadmap's progress, versioned. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  progress: ProgressFile;
}

/**
 * The progress inside an export keeps the version-1 shape, the review log inside each roadmap,
 * so an export from this mlroad still imports into an older one (and a recovery file, which is
 * an export, is complete in one file).
 */
export const EXPORT_PROGRESS_VERSION = 1;

export function makeExport(file: ProgressFile, now: Date): ProgressExport {
  const progress = { ...file, version: EXPORT_PROGRESS_VERSION } as unknown as ProgressFile;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), progress };
}

export type ReadExport = { ok: true; progress: ProgressFile } | { ok: false; problem: string; newer?: boolean };

/** Validates an export document strictly: an import never brings in a malformed record. */
export function readExport(data: unknown): ReadExport {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problem: `not an mlroad progress export (expected "format": "${EXPORT_FORMAT}")` };
  }
  const doc = data as { version?: unknown; progress?: unknown };
  if (typeof doc.version === 'number' && doc.version > EXPORT_VERSION)
    return { ok: false, problem: `written by a newer mlroad (export version ${doc.version}); upgrade mlroad`, newer: true };
  if (doc.version !== EXPORT_VERSION) return { ok: false, problem: `unknown export version ${JSON.stringify(doc.version)}` };
  const checked = checkProgress(doc.progress);
  if (checked.kind === 'newer')
    return { ok: false, problem: `its progress was written by a newer mlroad (version ${checked.version}); upgrade mlroad`, newer: true };
  if (checked.kind === 'invalid') return { ok: false, problem: `its progress is invalid: ${checked.problem}` };
  return { ok: true, progress: checked.file };
}

export interface RoadmapChanges {
  roadmap: string;
  topicsAdded: number;
  topicsChanged: number;
  attemptsAdded: number;
  cardsAdded: number;
  cardsUpdated: number;
  reviewsAdded: number;
  notesAdded: number;
}

/**
 * Merges `incoming` into `current`: nothing known is lost. For a topic or card on both sides
 * the more recent record wins; attempts and review logs are unions.
 */
export function mergeProgress(current: ProgressFile, incoming: ProgressFile): { file: ProgressFile; changes: RoadmapChanges[] } {
  // Ids come from files: every record indexed by one is a prototype-free dict (model.dict).
  const roadmaps = Object.assign(dict<RoadmapProgress>(), current.roadmaps);
  const changes: RoadmapChanges[] = [];
  for (const [id, theirs] of Object.entries(incoming.roadmaps)) {
    const ours = Object.hasOwn(roadmaps, id) ? roadmaps[id]! : emptyRoadmapProgress();
    const c: RoadmapChanges = {
      roadmap: id,
      topicsAdded: 0,
      topicsChanged: 0,
      attemptsAdded: 0,
      cardsAdded: 0,
      cardsUpdated: 0,
      reviewsAdded: 0,
      notesAdded: 0,
    };
    const topics = Object.assign(dict<TopicRecord>(), ours.topics);
    for (const [topic, record] of Object.entries(theirs.topics)) {
      const mine = Object.hasOwn(topics, topic) ? topics[topic] : undefined;
      if (!mine) c.topicsAdded++;
      // A later time is a different `at`, so a later record always changes the topic.
      else if (Date.parse(record.at) > Date.parse(mine.at)) c.topicsChanged++;
      else continue;
      put(topics, topic, record);
    }
    const attemptKey = (a: RoadmapProgress['attempts'][number]) => `${a.quiz}|${a.at}|${a.seed}`;
    const seenAttempts = new Set(ours.attempts.map(attemptKey));
    const newAttempts = theirs.attempts.filter((a) => !seenAttempts.has(attemptKey(a)));
    c.attemptsAdded = newAttempts.length;
    const cards = Object.assign(dict<CardRecord>(), ours.cards);
    for (const [key, card] of Object.entries(theirs.cards)) {
      const mine = Object.hasOwn(cards, key) ? cards[key] : undefined;
      if (!mine) c.cardsAdded++;
      else if (lastReview(card) > lastReview(mine)) c.cardsUpdated++;
      else continue;
      put(cards, key, card);
    }
    const logKey = (e: RoadmapProgress['reviewLog'][number]) => `${e.card}|${e.at}|${e.rating}`;
    const seenLogs = new Set(ours.reviewLog.map(logKey));
    const newLogs = theirs.reviewLog.filter((e) => !seenLogs.has(logKey(e)));
    c.reviewsAdded = newLogs.length;
    // Notes are the learner's own words: a union, so an import never loses one.
    const noteKey = (n: NoteRecord) => JSON.stringify([n.topic, n.at, n.text]);
    const ourNotes = ours.notes ?? [];
    const seenNotes = new Set(ourNotes.map(noteKey));
    const newNotes = (theirs.notes ?? []).filter((n) => !seenNotes.has(noteKey(n)));
    c.notesAdded = newNotes.length;
    roadmaps[id] = {
      ...theirs,
      ...ours,
      topics,
      attempts: [...ours.attempts, ...newAttempts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
      cards,
      reviewLog: [...ours.reviewLog, ...newLogs].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
      ...(ourNotes.length || newNotes.length ? { notes: [...ourNotes, ...newNotes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) } : {}),
      ...mergeExercises(ours, theirs),
    };
    changes.push(c);
  }
  // Trust is never imported: a file from elsewhere must not let a roadmap's checks run.
  const { trusted: _theirTrust, ...theirSettings } = incoming.settings;
  return { file: { ...incoming, ...current, settings: { ...theirSettings, ...current.settings }, roadmaps }, changes };
}

/** What replacing `current` by `incoming` changes, per roadmap of `incoming`. */
export function replaceChanges(current: ProgressFile, incoming: ProgressFile): RoadmapChanges[] {
  // Stryker disable next-line ObjectLiteral: the changes read only current.roadmaps, and mergeProgress takes a missing one as empty too
  const nothingKept: ProgressFile = { ...current, roadmaps: {} };
  return mergeProgress(nothingKept, incoming).changes.map((c) => ({ ...c, roadmap: c.roadmap }));
}

// Ids such as `constructor` or `__proto__` are data: write with defineProperty, never a setter.
function put<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function lastReview(card: CardRecord): number {
  const at = typeof card.last_review === 'string' ? Date.parse(card.last_review) : Number.NaN;
  return Number.isNaN(at) ? Date.parse(card.due) || 0 : at;
}

// exercises: the record with more attempts (then the later last run) wins; the later link wins.
function mergeExercises(ours: RoadmapProgress, theirs: RoadmapProgress): Pick<RoadmapProgress, 'exercises' | 'projects'> {
  const out: Pick<RoadmapProgress, 'exercises' | 'projects'> = {};
  // Stryker disable next-line LogicalOperator: with one side only, mergeProgress's spread of that side carries the same records
  if (ours.exercises || theirs.exercises) {
    const exercises = { ...ours.exercises };
    for (const [id, record] of Object.entries(theirs.exercises ?? {})) {
      const mine = Object.hasOwn(exercises, id) ? exercises[id] : undefined;
      const later = (r: typeof record) => Date.parse(r.last?.at ?? r.startedAt) || 0;
      if (!mine || record.attempts > mine.attempts || (record.attempts === mine.attempts && later(record) > later(mine))) exercises[id] = record;
    }
    out.exercises = exercises;
  }
  // Stryker disable next-line LogicalOperator: with one side only, mergeProgress's spread of that side carries the same records
  if (ours.projects || theirs.projects) {
    const projects = { ...ours.projects };
    for (const [id, link] of Object.entries(theirs.projects ?? {})) {
      const mine = Object.hasOwn(projects, id) ? projects[id] : undefined;
      if (!mine || Date.parse(link.at) > Date.parse(mine.at)) projects[id] = link;
    }
    out.projects = projects;
  }
  return out;
}
