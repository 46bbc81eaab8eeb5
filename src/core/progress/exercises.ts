import type { Roadmap, Topic } from '../roadmap/types.js';
import type { ExerciseRecord, RoadmapProgress } from './model.js';

// exercises: what progress says about them, for every command that shows them.

export type ExerciseStatus = 'todo' | 'started' | 'passed';

export function exerciseRecord(progress: RoadmapProgress, id: string): ExerciseRecord | undefined {
  return progress.exercises && Object.hasOwn(progress.exercises, id) ? progress.exercises[id] : undefined;
}

export function exerciseStatus(progress: RoadmapProgress, id: string): ExerciseStatus {
  return exerciseRecord(progress, id)?.status ?? 'todo';
}

/** A project topic: its exercises are milestones. */
export function isProject(topic: Topic): boolean {
  return topic.milestones.length > 0 || topic.id.startsWith('project-');
}

/** The topic that lists each exercise. */
export function topicsByExercise(roadmap: Roadmap): Map<string, Topic> {
  const out = new Map<string, Topic>();
  for (const stage of roadmap.stages) for (const topic of stage.topics) for (const id of topic.exercises ?? []) if (!out.has(id)) out.set(id, topic);
  return out;
}

/** Exercises passed out of those listed by `topics` (all exercises when omitted). */
export function exerciseCounts(roadmap: Roadmap, progress: RoadmapProgress, topics?: readonly Topic[]): { passed: number; total: number } {
  const ids = topics ? topics.flatMap((t) => t.exercises ?? []) : (roadmap.exercises ?? []).map((e) => e.id);
  return { passed: ids.filter((id) => exerciseStatus(progress, id) === 'passed').length, total: ids.length };
}

export function projectLink(progress: RoadmapProgress, topicId: string): string | undefined {
  return progress.projects && Object.hasOwn(progress.projects, topicId) ? progress.projects[topicId]!.url : undefined;
}
