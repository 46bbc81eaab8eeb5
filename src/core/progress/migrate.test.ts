import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrate.js';
import { PROGRESS_VERSION } from './model.js';
import { checkProgress } from './validate.js';

describe('migrate', () => {
  it('has one migration per past version', () => {
    for (let v = 1; v < PROGRESS_VERSION; v++) expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
  });

  it('leaves a current document alone', () => {
    expect(migrate({ version: PROGRESS_VERSION, roadmaps: {} })).toEqual({ kind: 'current', data: { version: PROGRESS_VERSION, roadmaps: {} } });
  });

  it('looks at the version first: a newer file is newer, never corrupt', () => {
    expect(migrate({ version: PROGRESS_VERSION + 1, roadmaps: 'a shape we do not know' })).toEqual({ kind: 'newer', version: PROGRESS_VERSION + 1 });
    expect(checkProgress({ version: PROGRESS_VERSION + 5, whatever: [] })).toEqual({ kind: 'newer', version: PROGRESS_VERSION + 5 });
  });

  it('chains migrations one version at a time up to the target', () => {
    const table = {
      1: (d: Record<string, unknown>) => ({ ...d, topicsByRoadmap: d.roadmaps }),
      2: (d: Record<string, unknown>) => ({ ...d, renamed: true }),
    };
    expect(migrate({ version: 1, roadmaps: { a: 1 } }, table, 3)).toEqual({
      kind: 'migrated',
      from: 1,
      data: { version: 3, roadmaps: { a: 1 }, topicsByRoadmap: { a: 1 }, renamed: true },
    });
  });

  it('reports a version it has no path from as unknown', () => {
    expect(migrate({ version: 0 }).kind).toBe('unknown');
    expect(migrate({ version: 'one' }).kind).toBe('unknown');
    expect(migrate({ version: 1 }, {}, 2)).toEqual({ kind: 'unknown', version: 1 });
  });
});
