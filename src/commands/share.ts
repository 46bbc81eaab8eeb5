import { extname, resolve } from 'node:path';
import { type Context, print } from '../context.js';
import { buildShareData } from '../core/journal/share-data.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { renderCardSvg } from '../share/card-svg.js';
import { renderRoadmapHtml } from '../share/roadmap-html.js';
import { renderSummaryMarkdown } from '../share/summary-md.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { storageError } from '../store/fs-errors.js';
import { openFile } from '../ui/opener.js';
import { defineCommand, flag, valued } from './define.js';

export type ShareFormat = 'md' | 'svg' | 'html';

export interface ShareOptions {
  format?: string;
  out?: string;
  notes?: boolean;
  open?: boolean;
  /** Replaces the platform opener, for tests. */
  opener?: (file: string) => Promise<boolean>;
}

const FORMATS: readonly ShareFormat[] = ['md', 'svg', 'html'];
const EXTENSIONS: Readonly<Record<string, ShareFormat>> = { '.md': 'md', '.markdown': 'md', '.svg': 'svg', '.html': 'html', '.htm': 'html' };

/** --format wins; else the file's extension; else Markdown. */
export function pickFormat(t: Translator, format: string | undefined, out: string | undefined): ShareFormat {
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(t('share.badFormat', { format, list: FORMATS.join(', ') }));
    return format as ShareFormat;
  }
  const ext = out ? extname(out).toLowerCase() : '';
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext]! : 'md';
}

export async function share(ctx: Context, options: ShareOptions = {}): Promise<void> {
  const format = pickFormat(ctx.t, options.format, options.out);
  if (options.open && !options.out) throw new UsageError(ctx.t('share.openNeedsOut'));
  // The review log too: review days count in the streak.
  const session = await openSession(ctx, { log: true });
  const data = buildShareData(session.loaded.roadmap, session.progress, ctx.now(), ctx.lang);
  const text =
    format === 'svg'
      ? renderCardSvg(ctx.t, data)
      : format === 'html'
        ? renderRoadmapHtml(ctx.t, data)
        : renderSummaryMarkdown(ctx.t, data, { notes: options.notes });
  const target = writeOutput(ctx, text, options.out);
  if (options.open && target) {
    const opened = await (options.opener ?? ((f) => openFile(f, ctx.env)))(target);
    if (!opened) ctx.warn(ctx.t('share.noOpener', { path: target }));
  }
}

/** Writes to a file atomically (saying where on stderr), or to stdout without one; returns the path written. */
export function writeOutput(ctx: Context, text: string, file: string | undefined): string | undefined {
  if (!file) {
    ctx.stdout.write(text);
    return undefined;
  }
  const target = resolve(file);
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    throw storageError(error, 'write', target);
  }
  print(ctx.stderr, ctx.t('share.written', { path: target }));
  return target;
}

export const shareCommand = defineCommand({
  name: 'share',
  summary: 'help.cmd.share',
  options: {
    format: valued('--format <format>', 'help.opt.format'),
    out: valued('-o, --out <file>', 'help.opt.out'),
    notes: flag('--notes', 'help.opt.notes'),
    open: flag('--open', 'help.opt.open'),
  },
  run: ({ ctx, options }) => share(ctx, options),
});
