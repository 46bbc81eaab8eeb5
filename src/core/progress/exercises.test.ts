import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION, type ProgressFile } from './model.js';
import { mergeProgress } from './transfer.js';
import { checkProgress } from './validate.js';

const record = {
  status: 'started',
  attempts: 2,
  startedAt: '2026-01-01T00:00:00.000Z',
  hintsShown: 1,
  last: { at: '2026-01-02T00:00:00.000Z', passed: false, durationMs: 40 },
};

function file(roadmap: Record<string, unknown>, settings: Record<string, unknown> = {}): unknown {
  return { version: PROGRESS_VERSION, settings, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [], ...roadmap } } };
}

describe('exercise records in the progress file', () => {
  it('keeps well-formed exercise records and project links', () => {
    const r = checkProgress(
      file({ exercises: { 'ex-a': record }, projects: { 'project-x': { url: 'https://github.com/me/x', at: '2026-01-03T00:00:00.000Z' } } }),
    );
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.file.roadmaps.r!.exercises).toEqual({ 'ex-a': record });
    expect(r.file.roadmaps.r!.projects!['project-x']!.url).toBe('https://github.com/me/x');
  });

  it('drops malformed ones and says which', () => {
    const r = checkProgress(file({ exercises: { bad: { status: 'won', attempts: -1 } }, projects: { p: { url: 'javascript:alert(1)', at: 'x' } } }));
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.problem).toContain('roadmaps.r.exercises.bad is malformed');
    expect(r.problem).toContain('roadmaps.r.projects.p is malformed');
    expect(r.salvaged.roadmaps.r!.exercises).toEqual({});
  });

  it('import carries exercise records (more attempts win) but never trust', () => {
    const ours = checkProgress(file({ exercises: { 'ex-a': record } }, { trusted: { '/mine/roadmap.yaml': 'aa' } }));
    const theirs = checkProgress(
      file(
        { exercises: { 'ex-a': { ...record, attempts: 5, status: 'passed', passedAt: '2026-01-04T00:00:00.000Z' }, 'ex-b': record } },
        { trusted: { '/evil/roadmap.yaml': 'bb' } },
      ),
    );
    if (ours.kind !== 'ok' || theirs.kind !== 'ok') throw new Error('fixtures must be valid');
    const merged = mergeProgress(ours.file, theirs.file).file;
    expect(merged.roadmaps.r!.exercises!['ex-a']!.attempts).toBe(5);
    expect(Object.keys(merged.roadmaps.r!.exercises!)).toEqual(['ex-a', 'ex-b']);
    expect(merged.settings.trusted).toEqual({ '/mine/roadmap.yaml': 'aa' });
    const fresh: ProgressFile = emptyProgress();
    expect(mergeProgress(fresh, theirs.file).file.settings.trusted).toBeUndefined();
  });
});
