import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import type { Exercise } from '../roadmap/types.js';
import { exerciseCounts, exerciseRecord, exerciseStatus, isProject, projectLink, topicsByExercise } from './exercises.js';
import { dict, type ExerciseRecord, emptyRoadmapProgress, type RoadmapProgress } from './model.js';

const passed: ExerciseRecord = { status: 'passed', attempts: 1, startedAt: '2026-01-01T00:00:00.000Z', hintsShown: 0 };
const started: ExerciseRecord = { ...passed, status: 'started' };

function progressWith(exercises: Record<string, ExerciseRecord> | undefined, projects?: RoadmapProgress['projects']): RoadmapProgress {
  return { ...emptyRoadmapProgress(), ...(exercises ? { exercises } : {}), ...(projects ? { projects } : {}) };
}

describe('exercise status from progress', () => {
  it('reads an own record, and todo when there is none', () => {
    const p = progressWith({ 'ex-a': passed, 'ex-b': started });
    expect(exerciseRecord(p, 'ex-a')).toBe(passed);
    expect(exerciseStatus(p, 'ex-a')).toBe('passed');
    expect(exerciseStatus(p, 'ex-b')).toBe('started');
    expect(exerciseStatus(p, 'ex-c')).toBe('todo');
    expect(exerciseRecord(progressWith(undefined), 'ex-a')).toBeUndefined();
    expect(exerciseStatus(progressWith(undefined), 'ex-a')).toBe('todo');
  });

  it('never reads an inherited property as a record', () => {
    // A plain object inherits `toString`: only own records count.
    const p = progressWith({ 'ex-a': passed });
    expect(exerciseRecord(p, 'toString')).toBeUndefined();
    expect(exerciseStatus(p, 'constructor')).toBe('todo');
  });
});

describe('isProject', () => {
  it('is a project with milestones or a project- id, not otherwise', () => {
    expect(isProject(makeTopic({ id: 'plain' }))).toBe(false);
    expect(isProject(makeTopic({ id: 'plain', milestones: ['ship it'] } as never))).toBe(true);
    expect(isProject(makeTopic({ id: 'project-x' }))).toBe(true);
    expect(isProject(makeTopic({ id: 'my-project-x' }))).toBe(false);
  });
});

describe('topicsByExercise', () => {
  it('maps each exercise to the first topic that lists it', () => {
    const a = makeTopic({ id: 'a', exercises: ['ex-1', 'ex-2'] });
    const b = makeTopic({ id: 'b', exercises: ['ex-2', 'ex-3'] });
    const c = makeTopic({ id: 'c', exercises: undefined } as never);
    const map = topicsByExercise(makeRoadmap({ stages: [makeStage({ id: 's1', topics: [a, c] }), makeStage({ id: 's2', topics: [b] })] }));
    expect([...map.entries()].map(([id, t]) => [id, t.id])).toEqual([
      ['ex-1', 'a'],
      ['ex-2', 'a'],
      ['ex-3', 'b'],
    ]);
  });
});

describe('exerciseCounts', () => {
  const ex = (id: string) => ({ id }) as unknown as Exercise;
  const roadmap = makeRoadmap({ exercises: [ex('ex-1'), ex('ex-2'), ex('ex-3')] });
  const p = progressWith({ 'ex-1': passed, 'ex-2': started });

  it('counts every exercise of the roadmap when no topics are given', () => {
    expect(exerciseCounts(roadmap, p)).toEqual({ passed: 1, total: 3 });
    expect(exerciseCounts(makeRoadmap({ exercises: undefined } as never), p)).toEqual({ passed: 0, total: 0 });
  });

  it('counts only the exercises the given topics list', () => {
    const topics = [
      makeTopic({ id: 'a', exercises: ['ex-1'] }),
      makeTopic({ id: 'b', exercises: undefined } as never),
      makeTopic({ id: 'c', exercises: ['ex-3'] }),
    ];
    expect(exerciseCounts(roadmap, p, topics)).toEqual({ passed: 1, total: 2 });
    expect(exerciseCounts(roadmap, p, [])).toEqual({ passed: 0, total: 0 });
  });
});

describe('projectLink', () => {
  it('reads an own link only', () => {
    const projects = dict<{ url: string; at: string }>();
    projects['project-x'] = { url: 'https://example.org/x', at: '2026-01-01T00:00:00.000Z' };
    const p = progressWith(undefined, projects);
    expect(projectLink(p, 'project-x')).toBe('https://example.org/x');
    expect(projectLink(p, 'project-y')).toBeUndefined();
    expect(projectLink(progressWith(undefined, { a: { url: 'u', at: 't' } }), 'toString')).toBeUndefined();
    expect(projectLink(progressWith(undefined), 'project-x')).toBeUndefined();
  });
});
