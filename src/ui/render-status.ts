import { bar } from '../core/bar.js';
import type { StageView, StatusView } from '../core/progress/status-view.js';
import { type Lang, localize, type Text } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** Every stage with a bar and counts, the overall percent, and what is next. */
/** `extra` lines (due reviews, exercises) go after the overall figure and before the tip. */
export function renderStatus(t: Translator, view: StatusView, style: Style, lang: Lang, tip?: Text, width = 80, extra: readonly string[] = []): string[] {
  const L = (text: Text) => localize(text, lang);
  const titles = view.stages.map((st) => L(st.title));
  let rows = view.stages.map((st) => stageRow(t, st, style, BAR));
  // `NN title  bar count percent quizzes`: the title gets what the row leaves, and is cut only
  // when the terminal is too narrow for it; narrower still, the title takes a line of its own
  // above its row, and the bar shrinks if even that row would not fit.
  const widest = Math.max(...rows.map((r) => r.plain.length));
  const room = width - 3 - 2 - widest;
  const pad = Math.min(room, Math.max(...titles.map((x) => x.length)));
  if (pad < MIN_TITLE && widest + 3 > width) rows = view.stages.map((st) => stageRow(t, st, style, Math.max(4, BAR - (widest + 3 - width))));
  const lines = [...wrap(L(view.roadmap.title), width).map((l) => style.bold(l)), ''];
  view.stages.forEach((_, i) => {
    const num = String(i + 1).padStart(2);
    if (pad >= MIN_TITLE) lines.push(`${num} ${truncate(titles[i]!, pad).padEnd(pad)}  ${rows[i]!.styled}`);
    else lines.push(`${num} ${truncate(titles[i]!, width - 3)}`, `   ${rows[i]!.styled}`);
  });
  lines.push('');
  lines.push(...wrap(overallLine(t, view), width).map((l) => style.bold(l)));
  lines.push(...extra);
  lines.push(...nextLines(t, view, style, width));
  if (tip) lines.push('', ...wrap(t('status.tip', { tip: L(tip) }), width).map((l) => style.dim(l)));
  return lines;
}

/** `Overall 10% · 3 done · 1 skipped · 25 to go`: skipped topics are counted, never as done. */
export function overallLine(t: Translator, s: Pick<StatusView, 'percent' | 'done' | 'skipped' | 'total'>): string {
  const parts = [t('status.overall', { percent: s.percent }), t('status.doneCount', { count: s.done })];
  if (s.skipped) parts.push(t('status.skippedCount', { count: s.skipped }));
  const left = s.total - s.done - s.skipped;
  if (left) parts.push(t('status.toGo', { count: left }));
  return parts.join(' · ');
}

/** What comes next; "complete" only when every required topic is done. */
export function nextLines(t: Translator, view: Pick<StatusView, 'next' | 'skippedIds'>, style: Style, width = 80): string[] {
  const { lang } = t;
  const L = (text: Text) => localize(text, lang);
  const { next } = view;
  if (next.kind === 'next') return wrap(t('status.next', { stage: L(next.stage.title), topic: L(next.topic.title), id: next.topic.id }), width);
  if (next.kind === 'revisit')
    return wrap(t('status.revisit', { count: view.skippedIds.length, list: view.skippedIds.join(', ') }), width).map((l) => style.yellow(l));
  return wrap(t('status.complete'), width).map((l) => style.green(l));
}

/** Narrower than this, a stage title goes on a line of its own rather than be cut to nothing. */
const MIN_TITLE = 16;
const BAR = 12;

/** A stage's bar, counts and quizzes, styled and as plain text (to measure). */
function stageRow(t: Translator, st: StageView, style: Style, cells: number): { styled: string; plain: string } {
  if (st.percent === null) {
    const note = t('status.optional', { done: st.optionalExplored, total: st.optionalTotal });
    return { styled: `${style.dim(bar(null, cells))}  ${style.dim(note)}`, plain: `${bar(null, cells)}  ${note}` };
  }
  const color = st.percent === 100 ? style.green : st.done + st.skipped > 0 ? style.yellow : style.dim;
  const counts = `${`${st.done}/${st.total}`.padStart(5)} ${`${st.percent}%`.padStart(4)}`;
  const quizzes = st.quizzesTotal ? t('status.quizzes', { passed: st.quizzesPassed, total: st.quizzesTotal }) : '';
  return {
    styled: `${color(bar(st.percent, cells))} ${counts}${quizzes ? `  ${style.dim(quizzes)}` : ''}`,
    plain: `${bar(st.percent, cells)} ${counts}${quizzes ? `  ${quizzes}` : ''}`,
  };
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
