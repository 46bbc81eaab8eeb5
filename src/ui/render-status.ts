import type { Summary } from '../core/progress/summary.js';
import type { Roadmap } from '../core/roadmap/types.js';
import { bar } from '../core/bar.js';
import { localize, type Lang, type Text } from '../core/text.js';
import { t } from '../i18n/index.js';
import type { Style } from './style.js';

/** Every stage with a bar and counts, the overall percent, and what is next. */
export function renderStatus(roadmap: Roadmap, s: Summary, style: Style, lang: Lang, tip?: Text): string[] {
  const L = (text: Text) => localize(text, lang);
  const titles = s.stages.map((st) => L(st.stage.title));
  const pad = Math.min(34, Math.max(...titles.map((x) => x.length)));
  const lines = [style.bold(L(roadmap.title)), ''];
  s.stages.forEach((st, i) => {
    const title = truncate(titles[i]!, pad).padEnd(pad);
    const num = String(i + 1).padStart(2);
    if (st.percent === null) {
      const optional = st.topics.filter((x) => x.topic.optional);
      const explored = optional.filter((x) => x.status !== 'todo').length;
      lines.push(`${num} ${title}  ${style.dim(bar(null))}  ${style.dim(t('status.optional', { done: explored, total: optional.length }))}`);
      return;
    }
    const color = st.percent === 100 ? style.green : st.done + st.skipped > 0 ? style.yellow : style.dim;
    const count = `${st.done + st.skipped}/${st.total}`.padStart(5);
    const percent = `${st.percent}%`.padStart(4);
    const quizzes = st.quizzesTotal ? `  ${style.dim(t('status.quizzes', { passed: st.quizzesPassed, total: st.quizzesTotal }))}` : '';
    lines.push(`${num} ${title}  ${color(bar(st.percent))} ${count} ${percent}${quizzes}`);
  });
  lines.push('');
  const skipped = s.skipped ? t('status.skippedCount', { count: s.skipped }) : '';
  lines.push(style.bold(t('status.overall', { percent: s.percent, done: s.done + s.skipped, total: s.total })) + skipped);
  if (s.next.kind === 'next') {
    lines.push(t('status.next', { stage: L(s.next.stage.title), topic: L(s.next.topic.title), id: s.next.topic.id }));
  } else lines.push(style.green(t('status.complete')));
  if (tip) lines.push('', style.dim(t('status.tip', { tip: L(tip) })));
  return lines;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
