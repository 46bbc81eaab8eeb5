import type { TopicStatus } from '../core/progress/model.js';
import type { QuizRecord } from '../core/progress/summary.js';
import type { Roadmap, Stage, Topic } from '../core/roadmap/types.js';
import { type Lang, localize } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import type { Style } from './style.js';
import { markupOf, wrap } from './wrap.js';

export interface TopicView {
  roadmap: Roadmap;
  stage: Stage;
  stageIndex: number;
  topic: Topic;
  status: TopicStatus;
  quiz?: QuizRecord;
  /** How many questions of the topic's quiz name this topic (shown by `show`). */
  questions?: number;
  remaining?: number;
}

/** A topic in full: the stage line, title, summary, checklist, resources and quiz. */
export function renderTopic(t: Translator, v: TopicView, style: Style, width = 80): string[] {
  const { lang } = t;
  const L = (text: Parameters<typeof localize>[0]) => localize(text, lang);
  const lines: string[] = [];
  lines.push(style.dim(t('next.stage', { index: v.stageIndex + 1, count: v.roadmap.stages.length, title: L(v.stage.title) })));
  lines.push(`${style.bold(style.cyan(`▸ ${L(v.topic.title)}`))} ${style.dim(`(${v.topic.id})`)}`);
  lines.push('');
  const m = markupOf(style);
  lines.push(...wrap(L(v.topic.summary), width, '  ', '  ', m));
  if (v.topic.optional) lines.push('', `  ${style.yellow(t('next.optional'))}`);
  if (v.status !== 'todo') lines.push('', `  ${t('next.status', { status: t(`status.${v.status}`) })}`);
  lines.push('', `  ${style.bold(t('next.learn'))}`);
  for (const item of v.topic.learn) lines.push(...wrap(L(item), width, '    □ ', '      ', m));
  if (v.topic.milestones.length) {
    lines.push('', `  ${style.bold(t('next.milestones'))}`);
    v.topic.milestones.forEach((s, i) => lines.push(...wrap(L(s), width, `    ${i + 1}. `, '       ', m)));
  }
  if (v.topic.resources.length) {
    lines.push('', `  ${style.bold(t('next.resources'))}`);
    for (const r of inLanguageOrder(v.topic.resources, lang)) {
      lines.push(`    • ${L(r.title)} ${style.dim(`[${t(`kind.${r.kind}`)}]`)}`);
      if (r.url) lines.push(`      ${style.underline(r.url)}`);
    }
  }
  if (v.topic.quiz) {
    const state = v.quiz?.passed ? style.green(t('next.quizPassed', { best: v.quiz.best ?? 0 })) : style.dim(t('next.quizNotPassed'));
    lines.push('', `  ${style.bold(t('next.quiz', { id: v.topic.quiz }))}  ${state}`);
    if (v.questions !== undefined) lines.push(`  ${style.dim(t('show.questions', { count: v.questions }))}`);
  }
  return lines;
}

/** The learner's own language first, then resources that name no language, then the rest; stable otherwise. */
export function inLanguageOrder<R extends { lang?: string }>(resources: readonly R[], lang: Lang): R[] {
  const rank = (r: R) => (r.lang === lang ? 0 : r.lang === undefined ? 1 : 2);
  return resources
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}
