import { resolve } from 'node:path';
import { type Context, print, printJson } from '../context.js';
import { makeExport, mergeProgress, type RoadmapChanges, readExport, replaceChanges } from '../core/progress/transfer.js';
import { MlroadError, StorageError, UsageError } from '../errors.js';
import { openStore } from '../session.js';
import { writeFileAtomic } from '../store/atomic-file.js';
import { storageError } from '../store/fs-errors.js';
import { MAX_IMPORT_BYTES, readRegularFile } from '../store/regular-file.js';
import { describeError } from '../ui/describe-error.js';
import { arg, defineCommand, flag, json } from './define.js';

export interface ExportOptions {
  file?: string;
}

/** Every roadmap's progress as one versioned JSON document, to stdout or a file. */
export async function exportProgress(ctx: Context, options: ExportOptions): Promise<void> {
  const file = await openStore(ctx).read({ log: true });
  const text = `${JSON.stringify(makeExport(file, ctx.now()), null, 2)}\n`;
  if (!options.file) return void ctx.stdout.write(text);
  const target = resolve(options.file);
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    throw storageError(error, 'write', target);
  }
  print(ctx.stderr, ctx.t('progress.exported', { path: target }));
}

export interface ImportOptions {
  file: string;
  replace?: boolean;
  merge?: boolean;
  json?: boolean;
}

export async function importProgress(ctx: Context, options: ImportOptions): Promise<void> {
  if (options.replace && options.merge) throw new UsageError(ctx.t('progress.mergeOrReplace'));
  const source = resolve(options.file);
  let data: unknown;
  try {
    data = JSON.parse(readRegularFile(source, { maxBytes: MAX_IMPORT_BYTES }));
  } catch (error) {
    if (error instanceof SyntaxError) throw new UsageError(ctx.t('progress.notJson', { path: source }));
    const reason = error instanceof MlroadError ? describeError(ctx.t, error) : (error as Error).message;
    throw new UsageError(ctx.t('progress.cannotRead', { path: source, reason }));
  }
  const incoming = readExport(data);
  if (!incoming.ok) {
    if (incoming.newer) throw new StorageError(`${source}: ${incoming.problem}`, source);
    throw new UsageError(ctx.t('progress.invalidExport', { path: source, problem: incoming.problem }));
  }
  const store = openStore(ctx);
  const backup = store.backup('before-import');
  let changes: RoadmapChanges[] = [];
  await store.update(
    (current) => {
      if (options.replace) {
        changes = replaceChanges(current, incoming.progress);
        return incoming.progress;
      }
      const merged = mergeProgress(current, incoming.progress);
      changes = merged.changes;
      return merged.file;
    },
    { log: true },
  );
  const mode = options.replace ? 'replace' : 'merge';
  if (options.json) return printJson(ctx, { imported: source, mode, backup, changes });
  const lines = [ctx.t(options.replace ? 'progress.replaced' : 'progress.merged', { path: source })];
  for (const c of changes) lines.push(`  ${c.roadmap}: ${CHANGE_PARTS.map((part) => ctx.t(`progress.change.${part}`, { count: c[part] })).join(', ')}`);
  print(ctx.stdout, lines);
  if (backup) print(ctx.stderr, ctx.t('reset.backup', { path: backup }));
}

const CHANGE_PARTS = ['topicsAdded', 'topicsChanged', 'attemptsAdded', 'cardsAdded', 'cardsUpdated', 'reviewsAdded', 'notesAdded'] as const;

export const progressCommand = defineCommand({
  name: 'progress',
  summary: 'help.cmd.progress',
  subcommands: [
    defineCommand({
      name: 'export',
      summary: 'help.cmd.progressExport',
      args: [arg('[file]')],
      run: ({ ctx, args: [file] }) => exportProgress(ctx, { file }),
    }),
    defineCommand({
      name: 'import',
      summary: 'help.cmd.progressImport',
      args: [arg('<file>')],
      options: { merge: flag('--merge', 'help.opt.merge'), replace: flag('--replace', 'help.opt.replace'), json },
      run: ({ ctx, args: [file], options }) => importProgress(ctx, { file, ...options }),
    }),
  ],
});
