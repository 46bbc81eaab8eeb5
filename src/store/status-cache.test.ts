import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from '../core/progress/model.js';
import type { LoadedRoadmap } from './roadmap-loader.js';
import { statusFiles } from './status-cache.js';

describe('statusFiles', () => {
  it('keeps the main file, other sources and attempted quizzes, and leaves out the quiz files never attempted', () => {
    const stamp = (path: string, quiz?: string) => ({ path, size: 1, mtimeMs: 1, ...(quiz ? { quiz } : {}) });
    const loaded = {
      files: [stamp('/r/roadmap.yaml'), stamp('/r/quizzes/a.yaml', 'a'), stamp('/r/quizzes/b.yaml', 'b'), stamp('/r/exercises/e.yaml')],
    } as LoadedRoadmap;
    const progress = {
      ...emptyRoadmapProgress(),
      attempts: [{ quiz: 'a', at: '2026-03-01T10:00:00Z', seed: '1', score: 0, total: 1, finished: false, questions: [] }],
    };
    expect(statusFiles(loaded, progress).map((f) => f.path)).toEqual(['/r/roadmap.yaml', '/r/quizzes/a.yaml', '/r/exercises/e.yaml']);
    expect(statusFiles(loaded, emptyRoadmapProgress()).map((f) => f.path)).toEqual(['/r/roadmap.yaml', '/r/exercises/e.yaml']);
  });
});
