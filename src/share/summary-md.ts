import type { ShareData } from '../core/journal/share-data.js';
import type { Translator } from '../i18n/index.js';
import { escapeMarkdown, markdownLink, noteMarkdown } from './escape.js';

/** A short Markdown summary to paste into a post or a README; `notes` adds the learner's notes. */
export function renderSummaryMarkdown(t: Translator, data: ShareData, options: { notes?: boolean } = {}): string {
  const lines = [
    `# ${escapeMarkdown(data.title)}`,
    '',
    `**${t('share.overall', { percent: data.overall.percent, done: data.overall.done, total: data.overall.total })}** · ${t('share.streak', { count: data.streak.current, longest: data.streak.longest })}`,
    '',
    `## ${t('share.stages')}`,
    '',
    ...data.stages.map((s) => `- ${escapeMarkdown(s.title)}: ${stageFigure(t, s)}`),
  ];
  const passed = data.quizzes.filter((q) => q.passed);
  lines.push('', `## ${t('share.quizzesPassed')}`, '');
  lines.push(...(passed.length ? passed.map((q) => `- ${escapeMarkdown(q.title)}: ${q.best}%`) : [`- ${t('share.none')}`]));
  if (data.exercisesPassed.length) {
    lines.push('', `## ${t('share.exercisesPassed')}`, '', ...data.exercisesPassed.map((e) => `- ${escapeMarkdown(e.id)}`));
  }
  if (data.projects.length) {
    lines.push('', `## ${t('share.projects')}`, '', ...data.projects.map((p) => `- ${markdownLink(p.title, p.url)}`));
  }
  if (options.notes && data.notes.length) {
    lines.push('', `## ${t('share.notes')}`, '');
    for (const n of [...data.notes].reverse()) lines.push(`- **${escapeMarkdown(n.title)}** (${n.at.slice(0, 10)}): ${indentNote(n.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "2/3 (66%)", or "optional topics only" for a stage with nothing required. */
export function stageFigure(t: Translator, s: ShareData['stages'][number]): string {
  return s.percent === null ? t('share.stageOptional') : t('share.stageRow', { done: s.done, total: s.total, percent: s.percent });
}

/** A multi-line note kept inside its list item. */
export function indentNote(text: string): string {
  return noteMarkdown(text).trim().split('\n').join('\n  ');
}
