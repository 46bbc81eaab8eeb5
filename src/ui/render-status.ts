import type { Summary } from '../core/progress/summary.js';
import type { Roadmap } from '../core/roadmap/types.js';
import { bar } from '../core/bar.js';
import { localize, type Lang, type Text } from '../core/text.js';
import { t } from '../i18n/index.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** Every stage with a bar and counts, the overall percent, and what is next. */
export function renderStatus(roadmap: Roadmap, s: Summary, style: Style, lang: Lang, tip?: Text, width = 80): string[] {
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
    const count = `${st.done}/${st.total}`.padStart(5);
    const percent = `${st.percent}%`.padStart(4);
    const quizzes = st.quizzesTotal ? `  ${style.dim(t('status.quizzes', { passed: st.quizzesPassed, total: st.quizzesTotal }))}` : '';
    lines.push(`${num} ${title}  ${color(bar(st.percent))} ${count} ${percent}${quizzes}`);
  });
  lines.push('');
  lines.push(style.bold(overallLine(s)));
  lines.push(...nextLines(s, style, lang));
  if (tip) lines.push('', ...wrap(t('status.tip', { tip: L(tip) }), width).map((l) => style.dim(l)));
  return lines;
}

/** `Overall 10% · 3 done · 1 skipped · 25 to go`: skipped topics are counted, never as done. */
export function overallLine(s: Summary): string {
  const parts = [t('status.overall', { percent: s.percent }), t('status.doneCount', { count: s.done })];
  if (s.skipped) parts.push(t('status.skippedCount', { count: s.skipped }));
  const left = s.total - s.done - s.skipped;
  if (left) parts.push(t('status.toGo', { count: left }));
  return parts.join(' · ');
}

/** What comes next; "complete" only when every required topic is done. */
export function nextLines(s: Summary, style: Style, lang: Lang): string[] {
  const L = (text: Text) => localize(text, lang);
  if (s.next.kind === 'next') return [t('status.next', { stage: L(s.next.stage.title), topic: L(s.next.topic.title), id: s.next.topic.id })];
  if (s.next.kind === 'revisit') {
    const ids = s.stages.flatMap((st) => st.topics.filter((x) => !x.topic.optional && x.status === 'skipped').map((x) => x.topic.id));
    return [style.yellow(t('status.revisit', { count: ids.length, list: ids.join(', ') }))];
  }
  return [style.green(t('status.complete'))];
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
