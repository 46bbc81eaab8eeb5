import type { RoadmapProgress } from '../progress/model.js';

// The exercise engine adds these records to RoadmapProgress; until its types land they are
// read defensively here, so the journal and share compile and work either way.

/** Per exercise id: how far the learner got. */
export interface ExerciseRecordLike {
  status?: unknown;
  attempts?: unknown;
  passedAt?: unknown;
}

/** Per topic id: the learner's project link. */
export interface ProjectRecordLike {
  url: string;
  at: string;
}

type WithExtras = RoadmapProgress & { exercises?: unknown; projects?: unknown };

export function exercisesOf(progress: RoadmapProgress): [string, ExerciseRecordLike][] {
  const all = (progress as WithExtras).exercises;
  if (typeof all !== 'object' || all === null) return [];
  return Object.entries(all).filter((e): e is [string, ExerciseRecordLike] => typeof e[1] === 'object' && e[1] !== null);
}

export function projectsOf(progress: RoadmapProgress): [string, ProjectRecordLike][] {
  const all = (progress as WithExtras).projects;
  if (typeof all !== 'object' || all === null) return [];
  return Object.entries(all).filter(
    (e): e is [string, ProjectRecordLike] =>
      typeof e[1] === 'object' && e[1] !== null && typeof e[1].url === 'string' && typeof e[1].at === 'string' && !Number.isNaN(Date.parse(e[1].at)),
  );
}
