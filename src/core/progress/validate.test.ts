import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION } from './model.js';
import { checkProgress, isReviewLogEntry } from './validate.js';

const T = '2026-01-01T00:00:00.000Z';
const roadmap = (r: Record<string, unknown>) => ({
  version: PROGRESS_VERSION,
  settings: {},
  roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [], ...r } },
});
const attempt = { quiz: 'q', at: T, seed: 's', score: 1, total: 2, finished: true, questions: [{ id: 'a', correct: true, answered: true }] };
const entry = { card: 'q/a', at: T, rating: 3, scheduled: true, source: 'quiz' };

function problemOf(data: unknown): string {
  const r = checkProgress(data);
  if (r.kind !== 'invalid') throw new Error(`expected invalid, got ${r.kind}`);
  return r.problem;
}

describe('checkProgress: the document', () => {
  it('refuses a non-object, and an unknown version, salvaging what it can', () => {
    for (const data of [null, [], 'x', 3])
      expect(checkProgress(data)).toEqual({
        kind: 'invalid',
        problem: 'the file does not hold a JSON object',
        salvaged: { version: 2, settings: {}, roadmaps: {} },
      });
    const r = checkProgress({ version: 'two', settings: { lang: 'es' } });
    expect(r).toMatchObject({ kind: 'invalid', problem: 'unknown version "two"', salvaged: { version: 2, settings: { lang: 'es' } } });
  });

  it('says it migrated a version-1 file, and not a current one', () => {
    expect(checkProgress({ ...roadmap({}), version: 1 })).toMatchObject({ kind: 'ok', migratedFrom: 1 });
    const current = checkProgress(roadmap({}));
    expect(current.kind).toBe('ok');
    expect('migratedFrom' in current).toBe(false);
  });

  it('joins every problem, in order', () => {
    expect(problemOf({ version: 2, settings: 5, roadmaps: { a: 1, b: [] } })).toBe(
      'roadmaps.a is not an object; roadmaps.b is not an object; "settings" is not an object',
    );
    expect(problemOf({ version: 2, roadmaps: [] })).toBe('"roadmaps" is not an object');
    expect(checkProgress({ version: 2 })).toEqual({ kind: 'ok', file: { version: 2, settings: {}, roadmaps: {} } });
  });

  it('keeps unknown fields within limits and drops one beyond them', () => {
    const r = checkProgress({ ...roadmap({ extra: { a: 1 } }), future: 'x', huge: 'y'.repeat(1_000_001) });
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.problem).toBe('huge is larger than 1000000 characters');
    expect(r.salvaged).toMatchObject({ future: 'x' });
    expect('huge' in r.salvaged).toBe(false);
    expect(r.salvaged.roadmaps.r).toMatchObject({ extra: { a: 1 } });
  });
});

describe('checkProgress: settings', () => {
  it('keeps good settings and names each bad one', () => {
    const ok = checkProgress({
      version: 2,
      settings: { lang: 'en', roadmap: '/r.yaml', python: 'py', workspace: '/w', trusted: { '/a': 'h', '/b': 3 }, more: 1 },
    });
    expect(ok).toEqual({
      kind: 'ok',
      file: { version: 2, settings: { lang: 'en', roadmap: '/r.yaml', python: 'py', workspace: '/w', trusted: { '/a': 'h' }, more: 1 }, roadmaps: {} },
    });
    expect(problemOf({ version: 2, settings: { lang: 'fr', roadmap: 1, python: 2, workspace: false, trusted: [] } })).toBe(
      'settings.lang is not "en" or "es"; settings.roadmap is not a path; settings.python is not a path; settings.workspace is not a path; settings.trusted is not an object',
    );
    const es = checkProgress({ version: 2, settings: { lang: 'es' } });
    expect(es.kind === 'ok' && es.file.settings).toEqual({ lang: 'es' });
  });
});

describe('checkProgress: records of a roadmap', () => {
  it('keeps well-formed topics, attempts, cards and log entries', () => {
    const r = checkProgress(
      roadmap({
        topics: { a: { status: 'done', at: T, x: 1 }, b: { status: 'skipped', at: T } },
        attempts: [attempt],
        cards: { 'q/a': { due: T, n: 1 } },
        reviewLog: [entry],
      }),
    );
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const p = r.file.roadmaps.r!;
    expect({ ...p.topics }).toEqual({ a: { status: 'done', at: T }, b: { status: 'skipped', at: T } });
    expect(p.attempts).toEqual([attempt]);
    expect({ ...p.cards }).toEqual({ 'q/a': { due: T, n: 1 } });
    expect(p.reviewLog).toEqual([entry]);
    expect('notes' in p).toBe(false);
  });

  it('names each malformed topic and card', () => {
    expect(problemOf(roadmap({ topics: { a: { status: 'todo', at: T }, b: { status: 'done', at: 'soon' }, c: 'done' } }))).toBe(
      'roadmaps.r.topics.a is malformed; roadmaps.r.topics.b is malformed; roadmaps.r.topics.c is malformed',
    );
    expect(problemOf(roadmap({ cards: { a: { due: 1 }, b: 'x', c: { due: T, deep: [[[[1]]]] } } }))).toBe(
      'roadmaps.r.cards.a is malformed; roadmaps.r.cards.b is malformed; roadmaps.r.cards.c is nested deeper than 3 levels',
    );
  });

  it('counts the malformed entries of a list, and a list that is not one', () => {
    const bad = [
      { ...attempt, quiz: 1 },
      { ...attempt, at: 'x' },
      { ...attempt, seed: 1 },
      { ...attempt, score: 0.5 },
      { ...attempt, total: '2' },
      { ...attempt, finished: 'yes' },
      { ...attempt, questions: 'none' },
      { ...attempt, questions: [{ id: 1, correct: true, answered: true }] },
      { ...attempt, questions: [{ id: 'a', correct: 1, answered: true }] },
      { ...attempt, questions: [{ id: 'a', correct: true, answered: 1 }] },
      { ...attempt, questions: [null] },
      null,
    ];
    expect(problemOf(roadmap({ attempts: [attempt, ...bad] }))).toBe(`${bad.length} malformed entries in roadmaps.r.attempts`);
    expect(problemOf(roadmap({ attempts: {}, reviewLog: 'x' }))).toBe('roadmaps.r.attempts is not a list; roadmaps.r.reviewLog is not a list');
    const r = checkProgress(roadmap({ attempts: undefined, reviewLog: undefined, topics: undefined, cards: undefined }));
    expect(r.kind === 'ok' && r.file.roadmaps.r).toMatchObject({ attempts: [], reviewLog: [], topics: {}, cards: {} });
  });

  it('drops an attempt that is over the size limit', () => {
    const big = { ...attempt, questions: Array.from({ length: 30_000 }, (_, i) => ({ id: `question-${i}`, correct: true, answered: true })) };
    expect(problemOf(roadmap({ attempts: [big] }))).toBe('1 malformed entries in roadmaps.r.attempts');
  });

  it('checks every field of a review log entry', () => {
    expect(isReviewLogEntry(entry)).toBe(true);
    expect(isReviewLogEntry({ ...entry, source: 'review' })).toBe(true);
    for (const bad of [
      { ...entry, card: 1 },
      { ...entry, at: 'x' },
      { ...entry, rating: '3' },
      { ...entry, scheduled: 1 },
      { ...entry, source: 'other' },
      null,
    ])
      expect(isReviewLogEntry(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('checkProgress: exercises and projects', () => {
  const record = { status: 'started', attempts: 0, startedAt: T, hintsShown: 0 };

  it('keeps a record with or without its optional fields', () => {
    const full = { ...record, status: 'passed', passedAt: T, last: { at: T, passed: true, durationMs: 5 } };
    const r = checkProgress(roadmap({ exercises: { a: record, b: full }, projects: { p: { url: 'HTTP://x.org', at: T } } }));
    expect(r.kind === 'ok' && r.file.roadmaps.r!.exercises).toEqual({ a: record, b: full });
    expect(r.kind === 'ok' && r.file.roadmaps.r!.projects).toEqual({ p: { url: 'HTTP://x.org', at: T } });
    const none = checkProgress(roadmap({}));
    expect(none.kind === 'ok' && ('exercises' in none.file.roadmaps.r! || 'projects' in none.file.roadmaps.r!)).toBe(false);
  });

  it('names every malformed record', () => {
    const bad: Record<string, unknown> = {
      status: { ...record, status: 'done' },
      attempts: { ...record, attempts: -1 },
      fraction: { ...record, attempts: 1.5 },
      hints: { ...record, hintsShown: -1 },
      started: { ...record, startedAt: 1 },
      passedAt: { ...record, passedAt: 1 },
      lastAt: { ...record, last: { at: 1, passed: true, durationMs: 1 } },
      lastPassed: { ...record, last: { at: T, passed: 1, durationMs: 1 } },
      lastDuration: { ...record, last: { at: T, passed: true, durationMs: '1' } },
      lastNull: { ...record, last: null },
      plain: 'x',
    };
    const problem = problemOf(roadmap({ exercises: bad }));
    expect(problem).toBe(
      Object.keys(bad)
        .map((k) => `roadmaps.r.exercises.${k} is malformed`)
        .join('; '),
    );
    expect(
      problemOf(roadmap({ projects: { a: { url: 'ftp://x', at: T }, b: { url: 'x https://y', at: T }, c: { url: 'https://y', at: 1 }, d: 'https://y' } })),
    ).toBe('roadmaps.r.projects.a is malformed; roadmaps.r.projects.b is malformed; roadmaps.r.projects.c is malformed; roadmaps.r.projects.d is malformed');
  });
});
