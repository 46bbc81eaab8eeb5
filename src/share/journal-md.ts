import type { JournalEntry } from '../core/journal/timeline.js';
import { dateOf, groupByWeek } from '../core/journal/weeks.js';
import type { Lang } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { indentNote } from './summary-md.js';

/** "November 30" / "30 de noviembre": a week's Monday as its heading names it. */
export function weekHeading(t: Translator, monday: string): string {
  const { lang } = t;
  const date = dateOf(monday).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-US', { month: 'long', day: 'numeric' });
  return t('journal.week', { date });
}

/** The journal as Markdown, one `##` section per week (newest first), ready to paste into a post. */
export function renderJournalMarkdown(t: Translator, entries: readonly JournalEntry[], title: string): string {
  const { lang } = t;
  const lines = [`# ${t('journal.exportTitle', { title: escapeMarkdown(title) })}`];
  if (!entries.length) lines.push('', t('journal.empty'));
  for (const week of groupByWeek(entries)) {
    lines.push('', `## ${weekHeading(t, week.monday)}`, '');
    for (const entry of week.entries) lines.push(`- ${entryDate(entry.at, lang)}: ${markdownEntry(t, entry)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function entryDate(at: string, lang: Lang): string {
  return new Date(at).toLocaleDateString(lang === 'es' ? 'es-ES' : 'en-US', { weekday: 'short', month: 'short', day: 'numeric' });
}

function markdownEntry(t: Translator, e: JournalEntry): string {
  switch (e.kind) {
    case 'note':
      return `${t('journal.md.note', { title: `**${escapeMarkdown(e.title)}**` })} ${indentNote(e.text)}`;
    case 'topic':
      return t('journal.topic', { title: escapeMarkdown(e.title) });
    case 'quiz':
      return t('journal.quiz', { title: escapeMarkdown(e.title), score: e.score, total: e.total, percent: e.percent });
    case 'exercise':
      return t('journal.exercise', { title: escapeMarkdown(e.title) });
    case 'project':
      return t('journal.project', { title: escapeMarkdown(e.title), url: markdownLink(e.url, e.url) });
    case 'streak':
      return t('journal.streak', { days: e.days });
  }
}
