import { describe, expect, it } from 'vitest';
import { adoptChecked, checkProgress } from './validate.js';

// adoptChecked skips the checks for a file this mlroad wrote; it must build what the checks
// would have built from the same file, prototypes included (an id such as `toString` stays a
// plain key; `constructor` would confuse toStrictEqual's own type check).
const written = {
  version: 2,
  futureKey: { a: [1, 2] },
  settings: { lang: 'es', roadmap: '/r/roadmap.yaml', python: '/usr/bin/python3', trusted: { '/r/roadmap.yaml': 'abc' }, theme: 'dark' },
  roadmaps: {
    r: {
      topics: { python: { status: 'done', at: '2026-03-01T00:00:00.000Z' }, toString: { status: 'skipped', at: '2026-03-02T00:00:00.000Z' } },
      attempts: [
        { quiz: 'q', at: '2026-03-01T00:00:00.000Z', seed: '1', score: 1, total: 2, finished: true, questions: [{ id: 'a', correct: true, answered: true }] },
      ],
      cards: { 'q/a': { due: '2026-04-01T00:00:00.000Z', stability: 1, difficulty: 5, reps: 3, state: 2, last_review: '2026-03-01T00:00:00.000Z' } },
      notes: [{ topic: 'python', at: '2026-03-01T00:00:00.000Z', text: 'línea uno\nlínea dos' }],
      exercises: { ex: { status: 'passed', attempts: 2, hintsShown: 1, startedAt: '2026-03-01T00:00:00.000Z', passedAt: '2026-03-02T00:00:00.000Z' } },
      projects: { 'project-x': { url: 'https://example.org/x', at: '2026-03-01T00:00:00.000Z' } },
      myNotes: 'mine',
    },
    empty: { topics: {}, attempts: [], cards: {} },
  },
};

describe('adoptChecked', () => {
  it('gives what checkProgress gives for a file that passes it', () => {
    const text = JSON.stringify(written);
    const checked = checkProgress(JSON.parse(text));
    expect(checked.kind).toBe('ok');
    const adopted = adoptChecked(JSON.parse(text));
    expect(adopted).toStrictEqual(checked.kind === 'ok' ? checked.file : undefined);
    expect(Object.getPrototypeOf(adopted.roadmaps)).toBeNull();
    expect(Object.getPrototypeOf(adopted.roadmaps.r!.topics)).toBeNull();
    expect(Object.getPrototypeOf(adopted.roadmaps.r!.cards)).toBeNull();
    expect(adopted.roadmaps.r!.topics.toString).toEqual({ status: 'skipped', at: '2026-03-02T00:00:00.000Z' });
  });
});
