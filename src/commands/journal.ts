import { type Context, print, printJson } from '../context.js';
import { buildTimeline } from '../core/journal/timeline.js';
import { localize } from '../core/text.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { renderJournalMarkdown } from '../share/journal-md.js';
import { renderJournal } from '../ui/render-journal.js';
import { arg, defineCommand, json, valued } from './define.js';
import { writeOutput } from './share.js';

export interface JournalOptions {
  since?: string;
  json?: boolean;
}

/** `--since 2026-11-30` (the start of that local day) or a full ISO time. */
export function parseSince(t: Translator, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const at = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  if (Number.isNaN(at.getTime()) || (day && at.getDate() !== Number(day[3]))) throw new UsageError(t('journal.badSince', { value }));
  return at;
}

async function timeline(ctx: Context, since: string | undefined) {
  // The review log too: review days count in the streak.
  const session = await openSession(ctx, { log: true });
  const roadmap = session.loaded.roadmap;
  return { roadmap, entries: buildTimeline(roadmap, session.progress, { lang: ctx.lang, since: parseSince(ctx.t, since) }) };
}

export async function journal(ctx: Context, options: JournalOptions = {}): Promise<void> {
  const { roadmap, entries } = await timeline(ctx, options.since);
  if (options.json) return printJson(ctx, { roadmap: roadmap.id, entries });
  print(ctx.stdout, renderJournal(ctx.t, entries, ctx.style));
}

export async function journalExport(ctx: Context, options: { file?: string; since?: string }): Promise<void> {
  const { roadmap, entries } = await timeline(ctx, options.since);
  const text = renderJournalMarkdown(ctx.t, entries, localize(roadmap.title, ctx.lang));
  writeOutput(ctx, text, options.file);
}

const since = valued('--since <date>', 'help.opt.since');

export const journalCommand = defineCommand({
  name: 'journal',
  summary: 'help.cmd.journal',
  options: { since, json },
  run: ({ ctx, options }) => journal(ctx, options),
  subcommands: [
    defineCommand({
      name: 'export',
      summary: 'help.cmd.journalExport',
      args: [arg('[file]', 'help.arg.outFile')],
      options: { since },
      run: ({ ctx, args: [file], options }) => journalExport(ctx, { file, since: options.since }),
    }),
  ],
});
