import { describe, expect, it } from 'vitest';
import { type CardRecord, type ExerciseRecord, emptyRoadmapProgress, type ProgressFile, type QuizAttempt, type RoadmapProgress } from './model.js';
import { EXPORT_FORMAT, makeExport, mergeProgress, readExport, replaceChanges } from './transfer.js';

const T = (day: number) => `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;

function fileOf(roadmaps: Record<string, Partial<RoadmapProgress>>, settings: ProgressFile['settings'] = {}): ProgressFile {
  const out: ProgressFile = { version: 2, settings, roadmaps: {} };
  for (const [id, r] of Object.entries(roadmaps)) out.roadmaps[id] = { ...emptyRoadmapProgress(), ...r };
  return out;
}

const attempt = (quiz: string, day: number, seed = 's'): QuizAttempt => ({ quiz, at: T(day), seed, score: 1, total: 1, finished: true, questions: [] });
const log = (card: string, day: number, rating = 3) => ({ card, at: T(day), rating, scheduled: true, source: 'quiz' as const });
const exercise = (attempts: number, at?: string, startedAt = T(1)): ExerciseRecord => ({
  status: 'started',
  attempts,
  startedAt,
  hintsShown: 0,
  ...(at ? { last: { at, passed: false, durationMs: 1 } } : {}),
});

describe('makeExport', () => {
  it('wraps the file with format, versions and the time', () => {
    const file = fileOf({ r: {} }, { lang: 'en' });
    const doc = makeExport(file, new Date(T(5)));
    expect(doc).toEqual({ format: 'mlroad-progress', version: 1, exportedAt: T(5), progress: { ...file, version: 1 } });
    expect(file.version).toBe(2);
  });
});

describe('readExport', () => {
  const good = () => JSON.parse(JSON.stringify(makeExport(fileOf({ r: { topics: { a: { status: 'done', at: T(1) } } } }), new Date(T(2)))));

  it('accepts its own export', () => {
    const r = readExport(good());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.progress.roadmaps.r!.topics.a).toEqual({ status: 'done', at: T(1) });
  });

  it('refuses what is not an export, naming the format', () => {
    const problem = `not an mlroad progress export (expected "format": "${EXPORT_FORMAT}")`;
    for (const data of [null, 'text', 3, {}, { format: 'other' }]) expect(readExport(data)).toEqual({ ok: false, problem });
  });

  it('says a newer export needs a newer mlroad', () => {
    expect(readExport({ ...good(), version: 2 })).toEqual({
      ok: false,
      problem: 'written by a newer mlroad (export version 2); upgrade mlroad',
      newer: true,
    });
  });

  it('refuses an unknown version without calling it newer', () => {
    expect(readExport({ ...good(), version: 0 })).toEqual({ ok: false, problem: 'unknown export version 0' });
    expect(readExport({ ...good(), version: '1' })).toEqual({ ok: false, problem: 'unknown export version "1"' });
    const { version: _v, ...noVersion } = good();
    expect(readExport(noVersion)).toEqual({ ok: false, problem: 'unknown export version undefined' });
  });

  it('says when the progress inside is newer or invalid', () => {
    const doc = good();
    expect(readExport({ ...doc, progress: { ...doc.progress, version: 99 } })).toEqual({
      ok: false,
      problem: 'its progress was written by a newer mlroad (version 99); upgrade mlroad',
      newer: true,
    });
    const bad = readExport({ ...doc, progress: 'nope' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problem).toMatch(/^its progress is invalid: ./);
      expect(bad.newer).toBeUndefined();
    }
  });
});

describe('mergeProgress', () => {
  const zero = { topicsAdded: 0, topicsChanged: 0, attemptsAdded: 0, cardsAdded: 0, cardsUpdated: 0, reviewsAdded: 0, notesAdded: 0 };

  it('adds unknown topics and takes a later record, counting each', () => {
    const ours = fileOf({ r: { topics: { a: { status: 'done', at: T(2) }, b: { status: 'done', at: T(2) }, c: { status: 'done', at: T(2) } } } });
    const theirs = fileOf({
      r: {
        topics: {
          a: { status: 'skipped', at: T(3) }, // later: wins
          b: { status: 'skipped', at: T(1) }, // earlier: ours stays
          c: { status: 'done', at: T(2) }, // same: nothing changes
          d: { status: 'done', at: T(1) }, // new
        },
      },
    });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.topics).toEqual({
      a: { status: 'skipped', at: T(3) },
      b: { status: 'done', at: T(2) },
      c: { status: 'done', at: T(2) },
      d: { status: 'done', at: T(1) },
    });
    expect(changes).toEqual([{ roadmap: 'r', ...zero, topicsAdded: 1, topicsChanged: 1 }]);
  });

  it('counts a later record with the same status as changed', () => {
    const ours = fileOf({ r: { topics: { a: { status: 'done', at: T(2) } } } });
    const theirs = fileOf({ r: { topics: { a: { status: 'done', at: T(4) } } } });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.topics.a!.at).toBe(T(4));
    expect(changes[0]!.topicsChanged).toBe(1);
  });

  it('unions attempts and review logs, oldest first', () => {
    const ours = fileOf({ r: { attempts: [attempt('q', 3), attempt('q', 1)], reviewLog: [log('q/1', 3), log('q/1', 1)] } });
    const theirs = fileOf({
      r: {
        attempts: [attempt('q', 3), attempt('q', 2), attempt('q', 3, 'other'), attempt('p', 3)],
        reviewLog: [log('q/1', 3), log('q/1', 2), log('q/1', 3, 1), log('p/1', 3)],
      },
    });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.attempts.map((a) => [a.quiz, a.at, a.seed])).toEqual([
      ['q', T(1), 's'],
      ['q', T(2), 's'],
      ['q', T(3), 's'],
      ['q', T(3), 'other'],
      ['p', T(3), 's'],
    ]);
    expect(file.roadmaps.r!.reviewLog.map((e) => [e.card, e.at, e.rating])).toEqual([
      ['q/1', T(1), 3],
      ['q/1', T(2), 3],
      ['q/1', T(3), 3],
      ['q/1', T(3), 1],
      ['p/1', T(3), 3],
    ]);
    expect(changes[0]).toEqual({ roadmap: 'r', ...zero, attemptsAdded: 3, reviewsAdded: 3 });
  });

  it('takes a card reviewed later, by last_review or else by due', () => {
    const card = (due: string, last?: unknown): CardRecord => ({ due, ...(last === undefined ? {} : { last_review: last }) });
    const ours = fileOf({
      r: { cards: { a: card(T(9), T(2)), b: card(T(9), T(2)), c: card(T(3)), d: card(T(3)), e: card('never', 'bad'), f: card(T(5), 7) } },
    });
    const theirs = fileOf({
      r: {
        cards: {
          a: card(T(1), T(3)), // reviewed later: wins
          b: card(T(20), T(1)), // reviewed earlier though due later: ours stays
          c: card(T(4)), // no review, due later: wins
          d: card(T(2), 'garbage'), // unparsable review, due earlier: ours stays
          e: card(T(1)), // ours has no usable date at all (0): theirs wins
          f: card(T(4)), // a non-string last_review falls back to due: ours (5) stays
          g: card(T(1)), // new
        },
      },
    });
    const { file, changes } = mergeProgress(ours, theirs);
    const cards = file.roadmaps.r!.cards;
    expect(cards.a).toEqual(card(T(1), T(3)));
    expect(cards.b).toEqual(card(T(9), T(2)));
    expect(cards.c).toEqual(card(T(4)));
    expect(cards.d).toEqual(card(T(3)));
    expect(cards.e).toEqual(card(T(1)));
    expect(cards.f).toEqual(card(T(5), 7));
    expect(cards.g).toEqual(card(T(1)));
    expect(changes[0]).toEqual({ roadmap: 'r', ...zero, cardsAdded: 1, cardsUpdated: 3 });
  });

  it('keeps neither side out when a card has no date on either side', () => {
    const ours = fileOf({ r: { cards: { a: { due: 'x', mine: true } } } });
    const theirs = fileOf({ r: { cards: { a: { due: 'y' } } } });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.cards.a).toEqual({ due: 'x', mine: true });
    expect(changes[0]!.cardsUpdated).toBe(0);
  });

  it('unions notes oldest first, and adds no notes field when neither side has one', () => {
    const note = (topic: string, day: number, text = 'n') => ({ topic, at: T(day), text });
    const ours = fileOf({ r: { notes: [note('a', 3)] }, s: {} });
    const theirs = fileOf({ r: { notes: [note('a', 3), note('a', 1), note('a', 3, 'other'), note('b', 3)] }, s: {} });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.notes).toEqual([note('a', 1), note('a', 3), note('a', 3, 'other'), note('b', 3)]);
    expect(changes[0]!.notesAdded).toBe(3);
    expect('notes' in file.roadmaps.s!).toBe(false);
    expect(mergeProgress(fileOf({ r: { notes: [note('a', 1)] } }), fileOf({ r: {} })).file.roadmaps.r!.notes).toEqual([note('a', 1)]);
    expect(mergeProgress(fileOf({ r: {} }), fileOf({ r: { notes: [note('a', 1)] } })).file.roadmaps.r!.notes).toEqual([note('a', 1)]);
  });

  it('merges exercises by attempts, then by the later run', () => {
    const ours = fileOf({
      r: { exercises: { a: exercise(2, T(5)), b: exercise(2, T(5)), c: exercise(2, T(5)), d: exercise(3), e: exercise(1, undefined, T(4)) } },
    });
    const theirs = fileOf({
      r: {
        exercises: {
          a: exercise(3, T(1)), // more attempts: wins though earlier
          b: exercise(2, T(6)), // same attempts, later run: wins
          c: exercise(2, T(5)), // same attempts, same time: ours stays
          d: exercise(2, T(9)), // fewer attempts: ours stays
          e: exercise(1, undefined, T(3)), // no last run: startedAt decides, earlier: ours stays
          f: exercise(1), // new
        },
      },
    });
    const merged = mergeProgress(ours, theirs).file.roadmaps.r!.exercises!;
    expect(merged.a).toEqual(exercise(3, T(1)));
    expect(merged.b).toEqual(exercise(2, T(6)));
    expect(merged.c).toBe(ours.roadmaps.r!.exercises!.c);
    expect(merged.d).toEqual(exercise(3));
    expect(merged.e).toEqual(exercise(1, undefined, T(4)));
    expect(merged.f).toEqual(exercise(1));
  });

  it('takes the later of a run with a bad date and one with none', () => {
    const ours = fileOf({ r: { exercises: { a: exercise(1, 'bad date', 'also bad') } } });
    const theirs = fileOf({ r: { exercises: { a: exercise(1, T(1)) } } });
    expect(mergeProgress(ours, theirs).file.roadmaps.r!.exercises!.a).toEqual(exercise(1, T(1)));
    // And the other way round: a bad date counts as the oldest, so ours stays.
    const back = mergeProgress(theirs, ours).file.roadmaps.r!.exercises!.a;
    expect(back).toEqual(exercise(1, T(1)));
  });

  it('keeps exercises and projects from one side, and adds neither field when both lack it', () => {
    const link = (day: number, url = `https://example.org/${day}`) => ({ url, at: T(day) });
    expect(mergeProgress(fileOf({ r: { exercises: { a: exercise(1) } } }), fileOf({ r: {} })).file.roadmaps.r!.exercises).toEqual({ a: exercise(1) });
    expect(mergeProgress(fileOf({ r: {} }), fileOf({ r: { exercises: { a: exercise(1) } } })).file.roadmaps.r!.exercises).toEqual({ a: exercise(1) });
    expect(mergeProgress(fileOf({ r: { projects: { p: link(1) } } }), fileOf({ r: {} })).file.roadmaps.r!.projects).toEqual({ p: link(1) });
    expect(mergeProgress(fileOf({ r: {} }), fileOf({ r: { projects: { p: link(1) } } })).file.roadmaps.r!.projects).toEqual({ p: link(1) });
    const none = mergeProgress(fileOf({ r: {} }), fileOf({ r: {} })).file.roadmaps.r!;
    expect('exercises' in none || 'projects' in none).toBe(false);
  });

  it('takes the later project link only', () => {
    const link = (day: number, url = `https://example.org/${day}`) => ({ url, at: T(day) });
    const ours = fileOf({ r: { projects: { a: link(2), b: link(2), c: link(2, 'mine') } } });
    const theirs = fileOf({ r: { projects: { a: link(3), b: link(1), c: link(2, 'theirs'), d: link(1) } } });
    expect(mergeProgress(ours, theirs).file.roadmaps.r!.projects).toEqual({ a: link(3), b: link(2), c: link(2, 'mine'), d: link(1) });
  });

  it('keeps roadmaps only we have, adds theirs, and keeps our fields over theirs', () => {
    const ours = fileOf({ mine: { topics: { a: { status: 'done', at: T(1) } } } }, { lang: 'es', python: 'py3' });
    (ours as unknown as Record<string, unknown>).extra = 'ours';
    const theirs = fileOf({ other: { topics: { b: { status: 'done', at: T(1) } } } }, { lang: 'en', workspace: '/w', trusted: { x: 'y' } });
    (theirs as unknown as Record<string, unknown>).extra = 'theirs';
    (theirs as unknown as Record<string, unknown>).theirOnly = 1;
    const { file, changes } = mergeProgress(ours, theirs);
    expect(Object.keys(file.roadmaps).sort()).toEqual(['mine', 'other']);
    expect(file.roadmaps.mine).toEqual(ours.roadmaps.mine);
    expect(file.roadmaps.other!.topics).toEqual({ b: { status: 'done', at: T(1) } });
    expect(file.settings).toEqual({ lang: 'es', python: 'py3', workspace: '/w' });
    expect(file).toMatchObject({ extra: 'ours', theirOnly: 1, version: 2 });
    expect(changes).toEqual([{ roadmap: 'other', ...zero, topicsAdded: 1 }]);
    expect(ours.roadmaps.other).toBeUndefined();
  });

  it('keeps fields of a roadmap it does not know, ours first', () => {
    const ours = fileOf({ r: { extra: 'ours' } as never });
    const theirs = fileOf({ r: { extra: 'theirs', more: 1 } as never });
    expect(mergeProgress(ours, theirs).file.roadmaps.r).toMatchObject({ extra: 'ours', more: 1 });
  });
});

describe('replaceChanges', () => {
  it('counts everything in incoming as added, whatever is current', () => {
    const current = fileOf({ r: { topics: { a: { status: 'done', at: T(1) } } } });
    const incoming = fileOf({ r: { topics: { a: { status: 'done', at: T(1) } }, attempts: [attempt('q', 1)] } });
    expect(replaceChanges(current, incoming)).toEqual([
      { roadmap: 'r', topicsAdded: 1, topicsChanged: 0, attemptsAdded: 1, cardsAdded: 0, cardsUpdated: 0, reviewsAdded: 0, notesAdded: 0 },
    ]);
  });
});
