import { isRecord } from '../is-record.js';
import type { Roadmap } from '../roadmap/types.js';
import type { Text } from '../text.js';
import { exerciseCounts, projectLink } from './exercises.js';
import type { RoadmapProgress } from './model.js';
import { type Summary, summarize, type Tally } from './summary.js';

// Everything `status` shows, as plain data in every language: it is what `status` caches (the
// store keeps it beside the prompt file), so a warm `status` reads neither the progress file
// nor the roadmap's outline.

export interface StageView extends Tally {
  id: string;
  title: Text;
  quizzesPassed: number;
  quizzesTotal: number;
  /** Optional topics explored (not todo), and how many there are: a stage of only these has no percent. */
  optionalExplored: number;
  optionalTotal: number;
  exercisesPassed: number;
  exercisesTotal: number;
}

export type NextView =
  | { kind: 'next' | 'revisit'; stage: { id: string; title: Text }; topic: { id: string; title: Text }; remaining: number }
  | { kind: 'complete' };

export interface StatusView extends Tally {
  percent: number;
  roadmap: { id: string; title: Text };
  stages: StageView[];
  next: NextView;
  /** Required topics skipped, in roadmap order: the revisit line names them. */
  skippedIds: string[];
  exercises: { passed: number; total: number };
  /** Project topic id → the link the learner shared. */
  projects: Record<string, string>;
  tips: Text[];
}

export function statusView(roadmap: Roadmap, progress: RoadmapProgress, s: Summary = summarize(roadmap, progress)): StatusView {
  const projects: Record<string, string> = {};
  const skippedIds: string[] = [];
  const stages = s.stages.map((st): StageView => {
    let optionalExplored = 0;
    let optionalTotal = 0;
    for (const { topic, status } of st.topics) {
      const url = projectLink(progress, topic.id);
      if (url !== undefined) projects[topic.id] = url;
      if (topic.optional) {
        optionalTotal++;
        if (status !== 'todo') optionalExplored++;
      } else if (status === 'skipped') skippedIds.push(topic.id);
    }
    const exercises = exerciseCounts(roadmap, progress, st.stage.topics);
    return {
      id: st.stage.id,
      title: st.stage.title,
      done: st.done,
      skipped: st.skipped,
      total: st.total,
      percent: st.percent,
      quizzesPassed: st.quizzesPassed,
      quizzesTotal: st.quizzesTotal,
      optionalExplored,
      optionalTotal,
      exercisesPassed: exercises.passed,
      exercisesTotal: exercises.total,
    };
  });
  return {
    roadmap: { id: roadmap.id, title: roadmap.title },
    done: s.done,
    skipped: s.skipped,
    total: s.total,
    percent: s.percent,
    stages,
    next: nextView(s),
    skippedIds,
    exercises: exerciseCounts(roadmap, progress),
    projects,
    tips: [...roadmap.tips],
  };
}

export function nextView(s: Summary): NextView {
  if (s.next.kind === 'complete') return { kind: 'complete' };
  const { kind, stage, topic, remaining } = s.next;
  return { kind, stage: { id: stage.id, title: stage.title }, topic: { id: topic.id, title: topic.title }, remaining };
}

const isText = (v: unknown): v is Text =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'));
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isRef = (v: unknown) => isRecord(v) && typeof v.id === 'string' && isText(v.title);

function isStage(v: unknown): boolean {
  if (!isRecord(v) || typeof v.id !== 'string' || !isText(v.title) || !(v.percent === null || isCount(v.percent))) return false;
  const counts = ['done', 'skipped', 'total', 'quizzesPassed', 'quizzesTotal', 'optionalExplored', 'optionalTotal', 'exercisesPassed', 'exercisesTotal'];
  return counts.every((k) => isCount(v[k]));
}

function isNext(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (v.kind === 'complete') return true;
  return (v.kind === 'next' || v.kind === 'revisit') && isRef(v.stage) && isRef(v.topic) && isCount(v.remaining);
}

/** Whether `v` has the shape of a StatusView: a cache file is read back from disk, where anything may have been written. */
export function isStatusView(v: unknown): v is StatusView {
  if (!isRecord(v) || !isRef(v.roadmap) || !['done', 'skipped', 'total', 'percent'].every((k) => isCount(v[k]))) return false;
  if (!Array.isArray(v.stages) || !v.stages.every(isStage) || !isNext(v.next)) return false;
  if (!Array.isArray(v.skippedIds) || !v.skippedIds.every((x) => typeof x === 'string')) return false;
  if (!isRecord(v.exercises) || !isCount(v.exercises.passed) || !isCount(v.exercises.total)) return false;
  if (!isRecord(v.projects) || !Object.values(v.projects).every((x) => typeof x === 'string')) return false;
  return Array.isArray(v.tips) && v.tips.every(isText);
}
