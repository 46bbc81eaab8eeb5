import type { AnsweredQuestion } from '../core/quiz/attempt.js';
import { type DrawnQuestion, displayChoices, promptText } from '../core/quiz/draw.js';
import { type Lang, localize } from '../core/text.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import type { Style } from './style.js';
import { markupOf, oneLine, wrap } from './wrap.js';

export function trueFalse(t: Translator): [string, string] {
  return [t('quiz.true'), t('quiz.false')];
}

const HINTS: Record<DrawnQuestion['question']['type'], MessageKey> = {
  single: 'quiz.hint.single',
  multiple: 'quiz.hint.multiple',
  boolean: 'quiz.hint.boolean',
  numeric: 'quiz.hint.number',
  calculated: 'quiz.hint.number',
  text: 'quiz.hint.text',
};

/** A question for plain mode: header, prompt, numbered choices and how to answer. */
export function renderQuestion(t: Translator, drawn: DrawnQuestion, n: number, total: number, style: Style, width: number): string[] {
  const { lang } = t;
  const lines = ['', style.bold(t('quiz.questionHeader', { n, total }))];
  const m = markupOf(style);
  lines.push(...wrap(promptText(drawn, lang), width, '', '', m));
  displayChoices(drawn, lang, trueFalse(t)).forEach((c, i) => lines.push(...wrap(c, width, `  ${i + 1}) `, '     ', m)));
  lines.push(...wrap(t(HINTS[drawn.question.type]), width).map((l) => style.dim(l)));
  return lines;
}

/** Right or wrong, the right answer, what was missed, and the explanation. */
export function renderFeedback(t: Translator, a: AnsweredQuestion, style: Style, width: number): string[] {
  const { lang } = t;
  const lines: string[] = [];
  const choices = displayChoices(a.drawn, lang, trueFalse(t));
  const label = (n: number) => `${n}) ${choices[n - 1] ?? ''}`;
  if (a.grade.correct) lines.push(style.green(`✓ ${t('quiz.correct')}`));
  else {
    const verdict = a.given.kind === 'none' ? t('quiz.unanswered') : a.given.kind === 'invalid' ? t('quiz.invalid', { raw: a.given.raw }) : t('quiz.wrong');
    lines.push(style.red(`✗ ${verdict}`));
    lines.push(...wrap(t('quiz.answerIs', { answer: shownAnswer(a, choices, lang) }), width, '  ', '    '));
    if (a.given.kind === 'choices' && a.drawn.question.type === 'multiple') {
      if (a.grade.missed.length) lines.push(...wrap(t('quiz.missedChoices', { list: a.grade.missed.map(label).join('; ') }), width, '  ', '    '));
      if (a.grade.extra.length) lines.push(...wrap(t('quiz.extraChoices', { list: a.grade.extra.map(label).join('; ') }), width, '  ', '    '));
    }
  }
  const worked = workedFormula(t, a);
  if (worked) lines.push(...wrap(t('quiz.worked', { worked }), width, '  ', '    '));
  if (a.drawn.question.explanation)
    lines.push(...wrap(localize(a.drawn.question.explanation, lang), width, '  ', '  ', markupOf(style)).map((l) => style.dim(l)));
  return lines;
}

/**
 * A calculated question's own numbers worked through its formula: `73 / (73 + 21) = 0.776596,
 * so 0.78` (the rounding is named when the tolerance asks for a number of decimals).
 */
export function workedFormula(t: Translator, a: AnsweredQuestion): string | undefined {
  const q = a.drawn.question;
  if (q.type !== 'calculated') return undefined;
  const exact = Number(a.grade.expected);
  if (!Number.isFinite(exact)) return undefined;
  const values = a.drawn.values;
  const filled = q.answer.replace(/\b[A-Za-z_]\w*\b/g, (name) => (Object.hasOwn(values, name) ? String(values[name]) : name));
  const shown = String(Number(exact.toPrecision(6)));
  const tolerance = q.tolerance;
  const decimals = tolerance && 'absolute' in tolerance && tolerance.absolute > 0 ? Math.round(-Math.log10(tolerance.absolute * 2)) : undefined;
  const rounded = decimals !== undefined && decimals >= 0 && decimals <= 10 ? exact.toFixed(decimals) : undefined;
  return rounded !== undefined && rounded !== shown ? `${filled} = ${shown}, ${t('quiz.so')} ${rounded}` : `${filled} = ${shown}`;
}

function shownAnswer(a: AnsweredQuestion, choices: string[], lang: Lang): string {
  const q = a.drawn.question;
  if (q.type === 'single' || q.type === 'boolean' || q.type === 'multiple') {
    return a.grade.expected
      .split(',')
      .map((n) => `${n}) ${choices[Number(n) - 1] ?? ''}`)
      .join('; ');
  }
  if (q.type === 'text') return localize(q.answers[0]!, lang);
  const value = Number(a.grade.expected);
  return Number.isFinite(value) ? String(Number(value.toFixed(4))) : a.grade.expected;
}

export interface QuizSummaryView {
  results: readonly AnsweredQuestion[];
  passPercent: number;
  seed: number;
  quizId: string;
  elapsedMs: number;
  /** False for review sessions, which have no pass mark or replay. */
  graded: boolean;
  /** Set for a draw shorter than a full one: the questions a full draw takes, and the count asked for. */
  practice?: { full: number; count: number };
  /** The draw took only questions of reached topics, so the replay says so too. */
  reached?: boolean;
  /** A missed question's topic title and the days until its review card is due, when known. */
  about?: (r: AnsweredQuestion) => { topic?: string; days?: number };
}

export function renderSummary(t: Translator, v: QuizSummaryView, style: Style, width: number): string[] {
  const { lang } = t;
  const score = v.results.filter((r) => r.grade.correct).length;
  const total = v.results.length;
  const percent = total ? Math.floor((score * 100) / total) : 0;
  const parts = [t('quiz.score', { score, total, percent })];
  if (v.practice) parts.push(style.dim(t('quiz.practice', { count: v.practice.full })));
  else if (v.graded) parts.push(percent >= v.passPercent ? style.green(t('quiz.passed')) : style.yellow(t('quiz.notPassed', { needed: v.passPercent })));
  parts.push(t('quiz.time', { time: formatDuration(v.elapsedMs) }));
  const lines = ['', ...wrap(parts.join(' · '), width).map((l) => style.bold(l))];
  const missed = v.results.filter((r) => !r.grade.correct);
  if (missed.length) {
    lines.push(t('quiz.toRevisit'));
    for (const r of missed) {
      const prompt = promptText(r.drawn, lang);
      // One line each, but a code block keeps its shape: flattened, it would read as prose.
      if (/^\s*```/m.test(prompt)) lines.push(...wrap(prompt, width, '  • ', '    ', markupOf(style)));
      else lines.push(`  • ${oneLine(prompt, width - 4)}`);
      const note = revisitNote(t, v.about?.(r) ?? {});
      if (note) lines.push(...wrap(note, width, '    ').map((l) => style.dim(l)));
    }
  }
  const options = `${v.practice ? ` --count ${v.practice.count}` : ''}${v.reached ? ' --reached' : ''}`;
  if (v.graded) lines.push(...wrap(t('quiz.replay', { id: v.quizId, seed: v.seed, options }), width).map((l) => style.dim(l)));
  return lines;
}

/** "Neural networks · back in review tomorrow": where a missed question belongs and when it returns. */
function revisitNote(t: Translator, { topic, days }: { topic?: string; days?: number }): string {
  const when = days === undefined ? undefined : days <= 0 ? t('quiz.backToday') : t('quiz.backIn', { when: t('review.inDays', { count: days }) });
  return [topic, when].filter(Boolean).join(' · ');
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}
