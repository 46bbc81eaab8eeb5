import type { JournalEntry } from '../core/journal/timeline.js';
import { stripControls } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import { entryDate } from '../share/journal-md.js';
import type { Style } from './style.js';

/** The journal for a terminal: one line per entry, a note's later lines indented under it. */
export function renderJournal(t: Translator, entries: readonly JournalEntry[], style: Style): string[] {
  const { lang } = t;
  if (!entries.length) return [t('journal.empty')];
  return entries.map((e) => `${style.dim(entryDate(e.at, lang).padEnd(12))} ${line(t, e, style)}`);
}

function line(t: Translator, e: JournalEntry, style: Style): string {
  const s = stripControls;
  switch (e.kind) {
    case 'note':
      return `${style.bold(t('journal.noteOn', { title: s(e.title) }))} ${s(e.text)
        .trim()
        .split('\n')
        .join(`\n${' '.repeat(13)}`)}`;
    case 'topic':
      return style.green(t('journal.topic', { title: s(e.title) }));
    case 'quiz':
      return style.green(t('journal.quiz', { title: s(e.title), score: e.score, total: e.total, percent: e.percent }));
    case 'exercise':
      return style.green(t('journal.exercise', { title: s(e.title) }));
    case 'project':
      return t('journal.project', { title: s(e.title), url: s(e.url) });
    case 'streak':
      return style.yellow(t('journal.streak', { days: e.days }));
  }
}
