import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A progress directory after years of daily use, in the version-2 layout: `cards` review
 * cards and `entries` review-log lines for the bundled roadmap (5 years: 5,000 and 200,000).
 * `layout: 'v1'` writes it the old way, the log inside progress.json.
 */
export function writeBigProgress(dir: string, { cards = 5_000, entries = 200_000, attempts = 1_000, layout = 'v2' as 'v1' | 'v2' } = {}): void {
  const start = Date.UTC(2021, 0, 1);
  const day = 86_400_000;
  const cardMap: Record<string, unknown> = {};
  for (let i = 0; i < cards; i++) {
    cardMap[`quiz-${i % 200}/q-${i}`] = {
      due: new Date(Date.UTC(2031, 0, 1) + (i % 300) * day).toISOString(),
      stability: 12.5 + (i % 90),
      difficulty: 4.2 + (i % 5),
      elapsed_days: i % 30,
      scheduled_days: 10 + (i % 60),
      learning_steps: 0,
      reps: 3 + (i % 20),
      lapses: i % 4,
      state: 2,
      last_review: new Date(start + (i % 1800) * day).toISOString(),
    };
  }
  const attemptList = Array.from({ length: attempts }, (_, i) => ({
    quiz: `quiz-${i % 200}`,
    at: new Date(start + i * day * 1.8).toISOString(),
    seed: String(1000 + i),
    score: 7,
    total: 10,
    finished: true,
    questions: Array.from({ length: 10 }, (_, q) => ({ id: `q-${q}`, correct: q < 7, answered: true })),
  }));
  const log = Array.from({ length: entries }, (_, i) => ({
    card: `quiz-${i % 200}/q-${i % cards}`,
    at: new Date(start + Math.floor((i * 1825 * day) / entries)).toISOString(),
    rating: 1 + (i % 4),
    scheduled: i % 3 !== 0,
    source: i % 2 ? 'review' : 'quiz',
  }));
  const roadmap = { topics: {}, attempts: attemptList, cards: cardMap };
  if (layout === 'v1') {
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 1, settings: {}, roadmaps: { 'ml-engineer': { ...roadmap, reviewLog: log } } }));
    return;
  }
  writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 2, settings: {}, roadmaps: { 'ml-engineer': roadmap } }));
  writeFileSync(join(dir, 'progress.log.jsonl'), log.map((e) => `${JSON.stringify({ roadmap: 'ml-engineer', ...e })}\n`).join(''));
}
