import type { DayActivity } from '../core/review/stats.js';
import type { Translator } from '../i18n/index.js';
import type { Style } from './style.js';

const LEVELS = ' ▁▂▃▄▅▆▇█';

/** One column per day, its height the day's activity; the scale is the busiest day. */
export function renderActivity(t: Translator, days: readonly DayActivity[], style: Style): string[] {
  const totals = days.map((d) => d.quizzes + d.reviews + d.topics);
  const max = Math.max(1, ...totals);
  const bars = totals.map((n) => (n === 0 ? style.dim('·') : style.green(LEVELS[Math.max(1, Math.round((n / max) * 8))]!))).join('');
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const active = totals.filter((n) => n > 0).length;
  return [
    t('stats.activity', { days: days.length, active }),
    `  ${bars}`,
    `  ${style.dim(first)}${' '.repeat(Math.max(1, days.length - first.length - last.length))}${style.dim(last)}`,
  ];
}
