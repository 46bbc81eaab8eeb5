import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress, type ProgressFile, type RoadmapProgress } from './model.js';
import { EXPORT_FORMAT, mergeProgress, readExport, replaceChanges } from './transfer.js';

const T = (day: number) => `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;

function fileOf(roadmaps: Record<string, Partial<RoadmapProgress>>): ProgressFile {
  const out: ProgressFile = { version: 2, settings: {}, roadmaps: {} };
  for (const [id, r] of Object.entries(roadmaps)) out.roadmaps[id] = { ...emptyRoadmapProgress(), ...r };
  return out;
}

describe('readExport, what is not an export', () => {
  it('refuses null and non-objects without throwing', () => {
    for (const data of [null, 'mlroad-progress', 3, undefined]) {
      expect(readExport(data)).toEqual({ ok: false, problem: `not an mlroad progress export (expected "format": "${EXPORT_FORMAT}")` });
    }
  });

  it('a version that is not a number is unknown, not newer', () => {
    expect(readExport({ format: EXPORT_FORMAT, version: '2', progress: {} })).toEqual({ ok: false, problem: 'unknown export version "2"' });
  });
});

describe('mergeProgress, edges', () => {
  it('a topic record at the same time as ours does not replace it, even with another status', () => {
    const ours = fileOf({ r: { topics: { a: { status: 'done', at: T(3) } } } });
    const theirs = fileOf({ r: { topics: { a: { status: 'skipped', at: T(3) } } } });
    const { file, changes } = mergeProgress(ours, theirs);
    expect(file.roadmaps.r!.topics.a).toEqual({ status: 'done', at: T(3) });
    expect(changes[0]).toMatchObject({ topicsAdded: 0, topicsChanged: 0 });
  });

  it('brings in notes, exercises and projects when only the incoming side has them', () => {
    const ours = fileOf({ r: {} });
    const theirs = fileOf({
      r: {
        notes: [{ topic: 't', at: T(2), text: 'mine' }],
        exercises: { ex: { status: 'started', attempts: 1, startedAt: T(1), hintsShown: 0 } },
        projects: { t: { url: 'https://example.org', at: T(2) } },
      },
    });
    const merged = mergeProgress(ours, theirs).file.roadmaps.r!;
    expect(merged.notes).toEqual([{ topic: 't', at: T(2), text: 'mine' }]);
    expect(merged.exercises).toEqual({ ex: { status: 'started', attempts: 1, startedAt: T(1), hintsShown: 0 } });
    expect(merged.projects).toEqual({ t: { url: 'https://example.org', at: T(2) } });
  });

  it('writes merged topics and cards as plain, writable, deletable data', () => {
    const theirs = fileOf({ r: { topics: { a: { status: 'done', at: T(1) } }, cards: { 'q/x': { due: T(2) } } } });
    const merged = mergeProgress(fileOf({}), theirs).file.roadmaps.r!;
    merged.topics.a = { status: 'skipped', at: T(4) };
    delete merged.cards['q/x'];
    expect(merged.topics).toEqual({ a: { status: 'skipped', at: T(4) } });
    expect(merged.cards).toEqual({});
  });
});

describe('mergeProgress, notes', () => {
  it('keeps our notes oldest first even when nothing new comes in', () => {
    const notes = [
      { topic: 't', at: T(3), text: 'later' },
      { topic: 't', at: T(1), text: 'earlier' },
    ];
    const merged = mergeProgress(fileOf({ r: { notes } }), fileOf({ r: {} })).file.roadmaps.r!;
    expect(merged.notes!.map((n) => n.text)).toEqual(['earlier', 'later']);
  });
});

describe('replaceChanges', () => {
  it('counts every record of the incoming file as added, per roadmap', () => {
    const current = fileOf({ r: { topics: { a: { status: 'done', at: T(1) } } } });
    const incoming = fileOf({ r: { topics: { a: { status: 'done', at: T(1) } }, cards: { 'q/x': { due: T(2) } } } });
    expect(replaceChanges(current, incoming)).toEqual([
      { roadmap: 'r', topicsAdded: 1, topicsChanged: 0, attemptsAdded: 0, cardsAdded: 1, cardsUpdated: 0, reviewsAdded: 0, notesAdded: 0 },
    ]);
  });
});
