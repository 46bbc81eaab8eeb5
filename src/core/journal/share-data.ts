import type { NoteRecord, RoadmapProgress, TopicStatus } from '../progress/model.js';
import { quizRecord, summarize } from '../progress/summary.js';
import { computeStats, type DayActivity } from '../review/stats.js';
import type { Roadmap } from '../roadmap/types.js';
import { type Lang, localize } from '../text.js';
import { exercisesOf, projectsOf } from './extras.js';

/** What every share format draws from: the roadmap's text already in the learner's language. */
export interface ShareData {
  roadmapId: string;
  title: string;
  /** Required topics; skipped ones are not done. */
  overall: { done: number; skipped: number; total: number; percent: number };
  stages: {
    id: string;
    title: string;
    done: number;
    skipped: number;
    total: number;
    percent: number | null;
    topics: { id: string; title: string; status: TopicStatus; optional: boolean; project?: string }[];
  }[];
  quizzes: { id: string; title: string; attempts: number; best: number | null; passed: boolean; passPercent: number }[];
  exercisesPassed: { id: string; at: string }[];
  projects: { topic: string; title: string; url: string; at: string }[];
  streak: { current: number; longest: number };
  /** The last 30 days, oldest first. */
  days: DayActivity[];
  notes: (NoteRecord & { title: string })[];
  /** When the data was taken, ISO. */
  at: string;
}

export function buildShareData(roadmap: Roadmap, progress: RoadmapProgress, now: Date, lang: Lang): ShareData {
  const summary = summarize(roadmap, progress);
  const stats = computeStats(progress, now);
  const projects = new Map(projectsOf(progress));
  const titles = new Map(roadmap.stages.flatMap((s) => s.topics.map((x) => [x.id, localize(x.title, lang)] as const)));
  return {
    roadmapId: roadmap.id,
    title: localize(roadmap.title, lang),
    overall: { done: summary.done, skipped: summary.skipped, total: summary.total, percent: summary.percent },
    stages: summary.stages.map((s) => ({
      id: s.stage.id,
      title: localize(s.stage.title, lang),
      done: s.done,
      skipped: s.skipped,
      total: s.total,
      percent: s.percent,
      topics: s.topics.map(({ topic, status }) => ({
        id: topic.id,
        title: localize(topic.title, lang),
        status,
        optional: topic.optional,
        ...(projects.has(topic.id) ? { project: projects.get(topic.id)!.url } : {}),
      })),
    })),
    quizzes: roadmap.quizzes.map((q) => ({
      id: q.id,
      title: localize(q.title, lang),
      passPercent: q.passPercent,
      ...quizRecord(q.id, q.passPercent, progress.attempts),
    })),
    exercisesPassed: exercisesOf(progress)
      .filter(([, e]) => e.status === 'passed')
      .map(([id, e]) => ({ id, at: typeof e.passedAt === 'string' ? e.passedAt : '' })),
    projects: [...projects].map(([topic, p]) => ({ topic, title: titles.get(topic) ?? topic, url: p.url, at: p.at })),
    streak: { current: stats.currentStreak, longest: stats.longestStreak },
    days: stats.days,
    notes: (progress.notes ?? []).map((n) => ({ ...n, title: titles.get(n.topic) ?? n.topic })),
    at: now.toISOString(),
  };
}
