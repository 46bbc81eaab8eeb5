import type { ExerciseRecord, ProjectLink, RoadmapProgress } from '../progress/model.js';

/** Per exercise id, how far the learner got; absent in files written before exercises existed. */
export function exercisesOf(progress: RoadmapProgress): [string, ExerciseRecord][] {
  return Object.entries(progress.exercises ?? {});
}

/** Per project topic id, where the learner's project lives. */
export function projectsOf(progress: RoadmapProgress): [string, ProjectLink][] {
  return Object.entries(progress.projects ?? {}).filter(([, p]) => !Number.isNaN(Date.parse(p.at)));
}
