import { type Context, print, printJson } from '../context.js';
import { RoadmapError, type RoadmapIssue, UsageError } from '../errors.js';
import { openStore } from '../session.js';
import { roadmapLocation } from '../store/roadmap-choice.js';
import { mainFileOf, parseFromDisk } from '../store/roadmap-loader.js';
import { describeError } from '../ui/describe-error.js';
import { formatIssue, issueText } from '../ui/format-issue.js';
import { arg, defineCommand, json, type Outcome, valued } from './define.js';

export interface ValidateOptions {
  path?: string;
  json?: boolean;
  /** Treat every learner-facing text missing in this language as an error. */
  requireLang?: string;
}

/** Checks a roadmap from disk (never the cache) and reports every problem found. */
export async function validate(ctx: Context, options: ValidateOptions): Promise<Outcome> {
  const location = options.path ?? roadmapLocation(ctx, await openStore(ctx).read());
  let issues: RoadmapIssue[] = [];
  let warnings: RoadmapIssue[] = [];
  let summary: { stages: number; topics: number; optionalTopics: number; quizzes: number; questions: number } | null = null;
  try {
    if (options.requireLang !== undefined && !/^[a-z]{2}(?:-[A-Z]{2})?$/.test(options.requireLang)) {
      throw new UsageError(ctx.t('error.badLang', { value: options.requireLang }));
    }
    // Every question is checked, none kept: 200,000 of them held to the end were most of the peak.
    const { bundle, warnings: found } = await parseFromDisk(mainFileOf(location), undefined, options.requireLang, ctx.lang, false);
    warnings = found;
    const topics = bundle.roadmap.stages.flatMap((s) => s.topics);
    summary = {
      stages: bundle.roadmap.stages.length,
      topics: topics.length,
      optionalTopics: topics.filter((x) => x.optional).length,
      quizzes: bundle.roadmap.quizzes.length,
      questions: bundle.roadmap.quizzes.reduce((n, q) => n + q.questionCount, 0),
    };
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    issues = error.issues.length ? error.issues : [{ file: location, path: '(file)', message: describeError(ctx.t, error) }];
  }
  const valid = issues.length === 0;
  if (options.json) {
    printJson(ctx, {
      valid,
      errors: issues.map((i) => ({ file: i.file, line: i.line ?? null, column: i.column ?? null, path: i.path, message: issueText(ctx.t, i) })),
      warnings: warnings.map((i) => ({ file: i.file, line: i.line ?? null, column: i.column ?? null, path: i.path, message: issueText(ctx.t, i) })),
      summary,
    });
  } else if (valid && summary) {
    // Warnings are talk: the roadmap is valid, and stdout stays the one line that says so.
    if (warnings.length) print(ctx.stderr, [...warnings.map((i) => formatIssue(ctx.t, i)), ctx.t('validate.warnings', { count: warnings.length })]);
    print(ctx.stdout, ctx.t('validate.ok', { ...summary }));
  } else {
    print(
      ctx.stdout,
      issues.map((i) => formatIssue(ctx.t, i)),
    );
    print(ctx.stderr, ctx.t('validate.failed', { count: issues.length }));
  }
  return valid ? undefined : 'invalid';
}

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'help.cmd.validate',
  args: [arg('[file-or-dir]', 'help.arg.roadmap')],
  options: { requireLang: valued('--require-lang <lang>', 'help.opt.requireLang'), json },
  run: ({ ctx, args: [path], options }) => validate(ctx, { path, ...options }),
});
