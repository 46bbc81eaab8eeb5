import { describe, expect, it } from 'vitest';
import { checkProgress, cleanNote } from './validate.js';

const T = '2026-01-01T00:00:00.000Z';
const deep = () => {
  let v: unknown = 1;
  for (let i = 0; i < 40; i++) v = [v];
  return v;
};
const problemOf = (data: unknown) => {
  const c = checkProgress(data);
  return c.kind === 'invalid' ? c.problem : undefined;
};
const roadmapOf = (r: Record<string, unknown>) => {
  const c = checkProgress({ version: 2, roadmaps: { r } });
  return c.kind === 'newer' ? undefined : c.kind === 'ok' ? c.file.roadmaps.r : c.salvaged.roadmaps.r;
};

describe('checkProgress, where a problem is', () => {
  it('names an oversized unknown field by its path in a roadmap and in the settings', () => {
    expect(problemOf({ version: 2, roadmaps: { r: { extra: deep() } } })).toMatch(/^roadmaps\.r\.extra /);
    expect(problemOf({ version: 2, settings: { extra: deep() }, roadmaps: {} })).toMatch(/^settings\.extra /);
  });

  it('reads only own topics and cards, not inherited ones', () => {
    const inherited = { ghost: { status: 'done', at: T } };
    const topics = Object.assign(Object.create(inherited), { a: { status: 'done', at: T } });
    const cards = Object.assign(Object.create({ 'q/ghost': { due: T } }), { 'q/a': { due: T } });
    const c = checkProgress({ version: 2, roadmaps: { r: { topics, cards } } });
    expect(c.kind).toBe('ok');
    if (c.kind === 'ok') {
      expect(Object.keys(c.file.roadmaps.r!.topics)).toEqual(['a']);
      expect(Object.keys(c.file.roadmaps.r!.cards)).toEqual(['q/a']);
    }
  });
});

describe('checkProgress, malformed records dropped', () => {
  it('a list field that is not a list reads as empty', () => {
    expect(roadmapOf({ attempts: 'many' })!.attempts).toEqual([]);
    expect(problemOf({ version: 2, roadmaps: { r: { attempts: 'many' } } })).toBe('roadmaps.r.attempts is not a list');
  });

  it('an attempt with any malformed question is dropped', () => {
    const good = { quiz: 'q', at: T, seed: '1', score: 1, total: 2, finished: true, questions: [{ id: 'a', correct: true, answered: true }] };
    const bad = {
      ...good,
      questions: [
        { id: 'a', correct: true, answered: true },
        { id: 'b', correct: 'yes', answered: true },
      ],
    };
    expect(roadmapOf({ attempts: [good, bad] })!.attempts).toEqual([good]);
  });

  it('a topic or note with a time that does not parse is dropped', () => {
    const r = roadmapOf({ topics: { a: { status: 'done', at: 'someday' } }, notes: [{ topic: 'a', at: 'someday', text: 'x' }] })!;
    expect(r.topics).toEqual({});
    expect(r.notes).toEqual([]);
  });

  it('a note that is not an object, or whose topic is not text, is dropped', () => {
    expect(roadmapOf({ notes: [null, { topic: 3, at: T, text: 'x' }, { topic: 't', at: T, text: 'kept' }] })!.notes).toEqual([
      { topic: 't', at: T, text: 'kept' },
    ]);
  });

  it('an exercise or project record that is not an object is reported, not thrown on', () => {
    expect(problemOf({ version: 2, roadmaps: { r: { exercises: { ex: null }, projects: { p: null, q: { url: 3, at: T } } } } })).toBe(
      'roadmaps.r.exercises.ex is malformed; roadmaps.r.projects.p is malformed; roadmaps.r.projects.q is malformed',
    );
  });
});

describe('checkProgress, values that only look right', () => {
  it('a time that is a number, a note text that is a list, a project url that is a list are malformed', () => {
    expect(roadmapOf({ topics: { a: { status: 'done', at: 0 } } })!.topics).toEqual({});
    expect(roadmapOf({ notes: [{ topic: 't', at: T, text: ['x'] }] })!.notes).toEqual([]);
    expect(problemOf({ version: 2, roadmaps: { r: { projects: { p: { url: ['https://example.org'], at: T } } } } })).toBe('roadmaps.r.projects.p is malformed');
  });
});

describe('cleanNote', () => {
  it('turns a lone carriage return into a newline too', () => {
    expect(cleanNote('a\rb\r\nc')).toBe('a\nb\nc');
  });
});
