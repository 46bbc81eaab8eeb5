import type { RoadmapProgress } from '../progress/model.js';
import { attemptPercent } from '../progress/summary.js';
import { addDays, localDate } from '../review/days.js';
import { activityByDay } from '../review/stats.js';
import type { Roadmap } from '../roadmap/types.js';
import { type Lang, localize } from '../text.js';
import { exercisesOf, projectsOf } from './extras.js';

/** One thing that happened, as the journal shows it. `title` is the roadmap's (untrusted) text. */
export type JournalEntry =
  | { kind: 'note'; at: string; topic: string; title: string; text: string }
  | { kind: 'topic'; at: string; topic: string; title: string }
  | { kind: 'quiz'; at: string; quiz: string; title: string; score: number; total: number; percent: number }
  | { kind: 'exercise'; at: string; exercise: string; title: string }
  | { kind: 'project'; at: string; topic: string; title: string; url: string }
  | { kind: 'streak'; at: string; days: number };

/** Streak lengths worth a line in the journal; past the list, every further 100 days. */
export const STREAK_MILESTONES = [3, 7, 14, 30, 60, 100] as const;

export function isMilestone(days: number): boolean {
  // Stryker disable next-line EqualityOperator: 100 is in the list, so >= 100 adds nothing
  return (STREAK_MILESTONES as readonly number[]).includes(days) || (days > 100 && days % 100 === 0);
}

export interface TimelineOptions {
  lang: Lang;
  /** Keep only what happened at or after this instant. */
  since?: Date;
}

/** Everything worth remembering, newest first; ties keep a stable order by kind. */
export function buildTimeline(roadmap: Roadmap, progress: RoadmapProgress, options: TimelineOptions): JournalEntry[] {
  const { lang } = options;
  const topicTitles = new Map(roadmap.stages.flatMap((s) => s.topics.map((x) => [x.id, localize(x.title, lang)] as const)));
  const topicTitle = (id: string) => topicTitles.get(id) ?? id;
  const entries: JournalEntry[] = [];
  for (const n of progress.notes ?? []) entries.push({ kind: 'note', at: n.at, topic: n.topic, title: topicTitle(n.topic), text: n.text });
  for (const [id, record] of Object.entries(progress.topics)) {
    if (record.status === 'done') entries.push({ kind: 'topic', at: record.at, topic: id, title: topicTitle(id) });
  }
  const quizzes = new Map(roadmap.quizzes.map((q) => [q.id, q]));
  for (const a of progress.attempts) {
    const quiz = quizzes.get(a.quiz);
    // Only a finished full draw at the pass mark passes; practice draws never do.
    if (!quiz || !a.finished || a.practice) continue;
    const percent = attemptPercent(a);
    if (percent >= quiz.passPercent)
      entries.push({ kind: 'quiz', at: a.at, quiz: a.quiz, title: localize(quiz.title, lang), score: a.score, total: a.total, percent });
  }
  for (const [id, ex] of exercisesOf(progress)) {
    if (ex.status === 'passed' && typeof ex.passedAt === 'string') entries.push({ kind: 'exercise', at: ex.passedAt, exercise: id, title: id });
  }
  for (const [topic, p] of projectsOf(progress)) entries.push({ kind: 'project', at: p.at, topic, title: topicTitle(topic), url: p.url });
  for (const m of streakMilestones(progress)) entries.push({ kind: 'streak', at: m.at, days: m.days });

  const since = options.since?.getTime();
  const kept = since === undefined ? entries : entries.filter((e) => Date.parse(e.at) >= since);
  // Stryker disable next-line StringLiteral: streak comes first, and a kind missing from the list (index -1) would too
  const order = ['streak', 'project', 'exercise', 'quiz', 'topic', 'note'];
  // sort is stable (ES2019), so entries of one kind at one instant keep their input order.
  return kept
    .map((e) => ({ e, t: Date.parse(e.at) }))
    .sort((a, b) => b.t - a.t || order.indexOf(a.e.kind) - order.indexOf(b.e.kind))
    .map(({ e }) => e);
}

/** The days a run of consecutive active days reached a milestone, at the end of that day. */
export function streakMilestones(progress: RoadmapProgress): { at: string; days: number }[] {
  const active = new Set(activityByDay(progress).keys());
  const out: { at: string; days: number }[] = [];
  for (const date of [...active].sort()) {
    const day = new Date(`${date}T12:00:00`);
    if (active.has(localDate(addDays(day, -1)))) continue; // not the start of a run
    let run = 0;
    for (let d = day; active.has(localDate(d)); d = addDays(d, 1)) {
      run++;
      if (isMilestone(run)) out.push({ at: new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59).toISOString(), days: run });
    }
  }
  return out;
}
