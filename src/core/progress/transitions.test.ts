import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from './model.js';
import { markTopics, resetAll, resetTopics } from './transitions.js';

const first = new Date('2026-03-01T10:00:00Z');
const later = new Date('2026-03-02T10:00:00Z');

describe('markTopics', () => {
  it('marks at now, keeps the first time of the same status, and restamps a changed one', () => {
    const once = markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', first);
    expect({ ...once.topics }).toEqual({ a: { status: 'done', at: first.toISOString() }, b: { status: 'done', at: first.toISOString() } });
    const again = markTopics(once, ['a'], 'done', later);
    expect(again.topics.a).toEqual({ status: 'done', at: first.toISOString() });
    const skipped = markTopics(once, ['b'], 'skipped', later);
    expect(skipped.topics.b).toEqual({ status: 'skipped', at: later.toISOString() });
    expect(once.topics.b!.status).toBe('done');
  });

  it('treats an inherited name as a new id', () => {
    const p = markTopics(emptyRoadmapProgress(), ['toString'], 'done', first);
    expect(p.topics.toString).toEqual({ status: 'done', at: first.toISOString() });
  });
});

describe('resetTopics and resetAll', () => {
  it('forgets only the topics named, without touching the input', () => {
    const p = markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', first);
    const r = resetTopics(p, ['a']);
    expect(Object.keys(r.topics)).toEqual(['b']);
    expect(Object.keys(p.topics)).toEqual(['a', 'b']);
  });

  it('forgets everything', () => {
    expect(resetAll()).toEqual(emptyRoadmapProgress());
  });
});
