import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { z } from 'zod';
import { isRecord } from '../is-record.js';
import { stripControls } from '../text.js';
import { checkExerciseRefs, checkQuiz, checkRoadmap, exerciseDirs, type LooseDoc, topicIdsOf } from './check.js';
import { indentMistakes } from './indent.js';
import type { Said } from './issue.js';
import { formatPath, type PathSegment } from './path.js';
import { missingLanguage } from './require-lang.js';
import { type Exercise, ExerciseIncludeSchema, ExerciseSchema, FORMAT_VERSION, IncludeSchema, type Quiz, QuizSchema, RoadmapSchema } from './schema.js';
import { type QuizInfo, quizInfo, type RoadmapBundle } from './types.js';
import { quizWarnings } from './warnings.js';
import { describeZodIssue, foundKind, unionKind, valueAt } from './zod-issue.js';

export interface SourceFile {
  /** Name used in messages, e.g. `roadmap/quizzes/python.yaml`. */
  file: string;
  text: string;
}

/** Reads an included quiz file, given its path relative to the main file. */
/** A file an include names, or why it cannot be read: words, or a message key and its values for the edge to word. */
export type IncludeResolver = (relativePath: string) => SourceFile | { error: string | { key: string; params?: Readonly<Record<string, string | number>> } };

/** A problem, where it is, and what it is as a code: the caller words it in the learner's language. */
export interface LocatedIssue extends Said {
  file: string;
  line?: number;
  column?: number;
  /** Path inside the document, e.g. `stages[2].topics[0].id`. */
  path: string;
}

/** `sources`: the file each quiz came from (the main file's name for a quiz written inline). */
export type ParseResult = { ok: true; value: RoadmapBundle; sources: Record<string, string>; warnings: LocatedIssue[] } | { ok: false; issues: LocatedIssue[] };

// Enough for any honest roadmap; an alias bomb needs thousands.
const MAX_ALIASES = 200;
// No honest roadmap nests past a dozen levels; far deeper would overflow the stack.
export const MAX_DEPTH = 64;

interface ParsedYaml {
  source: SourceFile;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface ParseOptions {
  /** Also report every learner-facing text with no variant in this language. */
  requireLang?: string;
  /** The language of zod's own messages. */
  lang?: 'en' | 'es';
  /** Whether a directory an exercise names exists inside the roadmap's directory; the store answers from disk. */
  checkDir?: (relativePath: string) => 'ok' | 'missing' | 'outside';
  /**
   * false: check every question but keep none (the bundle's `quizzes` is empty; the roadmap's
   * quiz outlines still count them). What `validate` needs, at a fraction of the peak memory.
   */
  keepQuestions?: boolean;
}

/** Parses and fully validates a roadmap and the quiz files it includes, reporting every problem. */
export function parseRoadmap(main: SourceFile, resolveInclude: IncludeResolver, options: ParseOptions = {}): ParseResult {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: zod's own words never reach a result (each issue becomes a code), so its locale cannot be seen
  z.config(options.lang === 'es' ? z.locales.es() : z.locales.en());
  const issues: LocatedIssue[] = [];
  const read = readReleasable(main, issues);
  if (!read) return { ok: false, issues };
  const { yaml: mainYaml, data } = read;

  const version = isRecord(data) ? data.formatVersion : undefined;
  if (version !== undefined && version !== FORMAT_VERSION) {
    issues.push(at(mainYaml, ['formatVersion'], { code: 'formatVersion', params: { version: JSON.stringify(version), supported: FORMAT_VERSION } }));
    return { ok: false, issues };
  }

  const parsed = RoadmapSchema.safeParse(data);
  if (!parsed.success) issues.push(...zodIssues(mainYaml, parsed.error, data));
  // The main file's syntax tree is the largest thing held (hundreds of MB at 20,000 topics)
  // and is needed only to place an issue: let it go now, and re-read it if an issue comes.
  mainYaml.release();

  // Quizzes are validated one by one, so a broken included file does not hide the others, and
  // each file's YAML tree is dropped once it is checked: a large roadmap never holds them all.
  const quizzes: Quiz[] = [];
  const outlines: QuizInfo[] = [];
  const quizWhere: { id: string; where: string }[] = [];
  const sources: Record<string, string> = {};
  const idLocations: LocatedIssue[] = [];
  // Reported only if the roadmap is valid: warnings about a broken file would be noise. Placed
  // now, while the file's tree is at hand, so that no tree outlives its quiz's check.
  const warnings: LocatedIssue[] = [];
  const topicIds = topicIdsOf(isRecord(data) ? (data as LooseDoc) : {});
  const accept = (quiz: Quiz, yaml: ParsedYaml, prefix: PathSegment[], raw: unknown, index: number) => {
    for (const i of checkQuiz(quiz, topicIds)) issues.push(at(yaml, [...prefix, ...i.path], i));
    if (options.requireLang) for (const m of missingLanguage(raw, options.requireLang)) issues.push(at(yaml, [...prefix, ...m.path], m));
    // Cleaned once checked (ids are [a-z0-9-], so no later check sees a difference), and warned
    // about as cleaned, since the warnings quote it.
    cleanInPlace(quiz);
    outlines.push(quizInfo(quiz));
    if (options.keepQuestions !== false) quizzes.push(quiz);
    for (const w of quizWarnings(quiz)) warnings.push(at(yaml, [...prefix, ...w.path], w));
    // (Always writing would look the same: sources are returned only when no quiz id repeats.)
    if (!Object.hasOwn(sources, quiz.id)) sources[quiz.id] = yaml.source.file;
    quizWhere.push({ id: quiz.id, where: prefix.length ? formatPath(prefix) : `${yaml.source.file} (quizzes[${index}])` });
    // Only the place is kept: the code is overwritten where it is used (so 'duplicateQuiz' → '' survives, unseen).
    // Stryker disable next-line ObjectLiteral: the code is overwritten where this is used, so an empty issue places the same
    idLocations.push(at(yaml, [...prefix, 'id'], { code: 'duplicateQuiz' }));
  };
  // Stryker disable next-line ArrayDeclaration: a string entry is neither a quiz nor an include, so a stand-in list changes nothing
  const entries = isRecord(data) && Array.isArray(data.quizzes) ? data.quizzes : [];
  entries.forEach((entry, index) => {
    if (isRecord(entry) && 'include' in entry) {
      const include = IncludeSchema.safeParse(entry);
      if (!include.success) return; // already reported by the main schema
      const loaded = loadInclude(mainYaml, include.data.include, ['quizzes', index, 'include'], resolveInclude, issues);
      if (!loaded) return;
      const quiz = QuizSchema.safeParse(loaded.data);
      if (quiz.success) accept(quiz.data, loaded.yaml, [], loaded.data, index);
      else issues.push(...zodIssues(loaded.yaml, quiz.error, loaded.data));
    } else {
      const quiz = QuizSchema.safeParse(entry);
      if (quiz.success) accept(quiz.data, mainYaml, ['quizzes', index], entry, index);
    }
  });
  const knownQuizIds = entries.flatMap((e) => (isRecord(e) && typeof e.id === 'string' ? [e.id] : [])).concat(outlines.map((q) => q.id));
  const anyInclude = entries.some((e) => isRecord(e) && 'include' in e);
  // When an included quiz failed to load we do not know its id: skip reference checks then.
  const referencesKnown = !(anyInclude && outlines.length < entries.length);

  const mainDoc = parsed.success ? parsed.data : (data as LooseDoc);
  // Stryker disable next-line ArrayDeclaration: with references unknown every reference issue is skipped below, whatever ids were known
  for (const issue of checkRoadmap(mainDoc, quizWhere, referencesKnown ? knownQuizIds : [])) {
    // (Its 'unknownQuiz' test's false and "" mutants survive: given no known ids, checkRoadmap says only 'unknownQuizNone'.)
    if (!referencesKnown && (issue.code === 'unknownQuiz' || issue.code === 'unknownQuizNone')) continue;
    if (issue.quizIndex === undefined) issues.push(at(mainYaml, issue.path, issue));
    else issues.push({ ...idLocations[issue.quizIndex]!, code: issue.code, params: issue.params });
  }
  const exercises = parseExercises(mainYaml, data, resolveInclude, options, issues);
  if (options.requireLang) {
    // Stryker disable next-line ArrayDeclaration: missingLanguage looks only into records, so a string in these emptied lists adds nothing
    for (const m of missingLanguage({ ...(data as object), quizzes: [], exercises: [] }, options.requireLang)) issues.push(at(mainYaml, m.path, m));
  }
  if (!parsed.success || issues.length > 0) return { ok: false, issues: dedupe(issues) };

  const { quizzes: _entries, exercises: _exerciseEntries, ...rest } = cleanInPlace(parsed.data);
  return { ok: true, value: { roadmap: { ...rest, quizzes: outlines, exercises: exercises.map(cleanInPlace) }, quizzes }, sources, warnings };
}

/**
 * One included quiz file alone, checked as a full parse would check it, for a cache that
 * re-reads only the files that changed. Undefined on any problem: a full parse then reports it.
 */
export function parseQuizFile(source: SourceFile): Quiz | undefined {
  // Stryker disable next-line ArrayDeclaration: the issues are only a sink here (any problem gives undefined, and the full parse says it)
  const issues: LocatedIssue[] = [];
  const yaml = readYaml(source, issues);
  if (!yaml) return undefined;
  const data = toData(yaml, issues);
  // (Its false mutant survives: the schema refuses undefined too, so going on gives the same undefined.)
  if (data === undefined) return undefined;
  const quiz = QuizSchema.safeParse(data);
  if (!quiz.success || checkQuiz(quiz.data).length > 0) return undefined;
  return cleanInPlace(quiz.data);
}

// Tab, newline, printable ASCII and Latin letters (accents, ñ, ¿, ¡), but no soft hyphen: no
// cleaning touches these, and nearly every roadmap string is made of them only. One test is a
// fraction of the cleaning's replaces, and cold loads clean millions of strings.
const PLAIN_TEXT = /^[\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff]*$/;

/**
 * Every string, keys included, without terminal controls, changed in place: zod's output is a
 * fresh tree that nothing else holds, and a copy would double a large roadmap's peak memory.
 */
function cleanInPlace<T>(value: T): T {
  if (typeof value === 'string') return (PLAIN_TEXT.test(value) ? value : stripControls(value)) as T;
  // (Survivors below: after the schema a value holds no null and a key no control character, and
  // the object branch walks an array's indices as well, so these guards' mutants change nothing.)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleanInPlace(value[i]);
    return value;
  }
  // (Its true and || mutants survive: after the schema no value here is null or undefined, and a number or a boolean has no keys.)
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      const v = cleanInPlace(record[k]);
      const key = stripControls(k);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: after the schema no key holds a control character, and redefining each key in turn leaves the same object
      if (key === k) {
        record[k] = v;
        continue;
      }
      delete record[k];
      // defineProperty, not assignment: a cleaned key that reads `__proto__` stays plain data. (No key passes the
      // schema with a control character, so this line runs in no test and its mutants go unrun.)
      Object.defineProperty(record, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return value;
}

/** Exercises, inline or included, each checked on its own; then the topics' references to them. */
function parseExercises(mainYaml: ParsedYaml, data: unknown, resolveInclude: IncludeResolver, options: ParseOptions, issues: LocatedIssue[]): Exercise[] {
  const entries = isRecord(data) && Array.isArray(data.exercises) ? data.exercises : [];
  const exercises: Exercise[] = [];
  const firstSeen = new Map<string, string>();
  let allKnown = true;
  entries.forEach((entry, index) => {
    let yaml = mainYaml;
    let prefix: PathSegment[] = ['exercises', index];
    let raw: unknown = entry;
    if (isRecord(entry) && 'include' in entry) {
      const include = ExerciseIncludeSchema.safeParse(entry);
      const loaded = include.success ? loadInclude(mainYaml, include.data.include, ['exercises', index, 'include'], resolveInclude, issues) : undefined;
      if (!loaded) return void (allKnown = false);
      yaml = loaded.yaml;
      prefix = [];
      raw = loaded.data;
    }
    const parsed = ExerciseSchema.safeParse(raw);
    if (!parsed.success) {
      allKnown = false;
      if (prefix.length === 0) issues.push(...zodIssues(yaml, parsed.error, raw));
      return; // an inline entry is already reported by the main schema
    }
    const exercise = parsed.data;
    const where = prefix.length ? formatPath(prefix) : yaml.source.file;
    const prior = firstSeen.get(exercise.id);
    if (prior) issues.push(at(yaml, [...prefix, 'id'], { code: 'duplicateExercise', params: { id: exercise.id, first: prior } }));
    else firstSeen.set(exercise.id, where);
    if (options.checkDir) {
      for (const { path, dir } of exerciseDirs(exercise)) {
        const state = options.checkDir(dir);
        if (state !== 'ok')
          issues.push(at(yaml, [...prefix, ...path], { code: state === 'missing' ? 'exerciseDirMissing' : 'exerciseDirOutside', params: { path: dir } }));
      }
    }
    if (options.requireLang) for (const m of missingLanguage(raw, options.requireLang)) issues.push(at(yaml, [...prefix, ...m.path], m));
    exercises.push(exercise);
  });
  // An exercise that failed to load has no id we know: skip reference checks then.
  if (allKnown) for (const issue of checkExerciseRefs(data, new Set(firstSeen.keys()))) issues.push(at(mainYaml, issue.path, issue));
  return exercises;
}

/** Schema and check may both flag one spot (e.g. an empty list); say it once. */
function dedupe(issues: LocatedIssue[]): LocatedIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}:${i.line}:${i.column}:${i.code}:${JSON.stringify(i.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function loadInclude(
  main: ParsedYaml,
  relativePath: string,
  path: PathSegment[],
  resolve: IncludeResolver,
  issues: LocatedIssue[],
): { yaml: ParsedYaml; data: unknown } | undefined {
  if (/^(?:[/\\]|[A-Za-z]:)/.test(relativePath) || relativePath.split(/[/\\]/).includes('..')) {
    issues.push(at(main, path, { code: 'includePath', params: { path: relativePath } }));
    return undefined;
  }
  const source = resolve(relativePath);
  if ('error' in source) {
    const params: Record<string, string | number> =
      typeof source.error === 'string' ? { detail: source.error } : { ...source.error.params, key: source.error.key };
    issues.push(at(main, path, { code: 'includeFailed', params }));
    return undefined;
  }
  const yaml = readYaml(source, issues);
  if (!yaml) return undefined;
  const data = toData(yaml, issues);
  return data === undefined ? undefined : { yaml, data };
}

/** The main file as data, and as a tree that can be dropped and is then parsed again on first use. */
function readReleasable(source: SourceFile, issues: LocatedIssue[]): { yaml: ParsedYaml & { release(): void }; data: unknown } | undefined {
  // No local outlives this function but `tree`, so release() really frees the tree.
  let tree: { doc: Document.Parsed; lines: LineCounter } | undefined = readYaml(source, issues);
  if (!tree) return undefined;
  const data = toData({ source, ...tree }, issues);
  if (data === undefined) return undefined;
  // Stryker disable next-line ArrayDeclaration: the re-read parses a text that already parsed, so it adds no issue to any list
  const get = () => (tree ??= readYaml(source, [])!);
  const yaml = {
    source,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
    // Stryker disable next-line ArrowFunction: dropping the tree only frees memory; the getters re-read it the same
    release: () => void (tree = undefined),
  };
  return { yaml, data };
}

function readYaml(source: SourceFile, issues: LocatedIssue[]): ParsedYaml | undefined {
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    // (prettyErrors: true would read the same: yamlIssue keeps a message's first line and drops the position it adds.)
    doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  } catch (error) {
    // (No test overflows the stack here: its mutants survive unrun.)
    if (!(error instanceof RangeError)) throw error;
    issues.push(tooDeep(source));
    return undefined;
  }
  if (doc.errors.length > 0) {
    // yaml reports its own stack overflow as a syntax error; say it in our words.
    if (doc.errors.some((e) => /call stack/i.test(e.message))) issues.push(tooDeep(source));
    else issues.push(...yamlIssues(source, lines, doc.errors));
    return undefined;
  }
  return { source, doc, lines };
}

function toData(yaml: ParsedYaml, issues: LocatedIssue[]): unknown {
  try {
    const data: unknown = yaml.doc.toJS({ maxAliasCount: MAX_ALIASES });
    // (Its `data === undefined` → false mutant survives: yaml's toJS gives null for an empty document, never undefined.)
    if (data === null || data === undefined) {
      issues.push({ file: yaml.source.file, line: 1, column: 1, path: '(root)', code: 'emptyFile' });
      return undefined;
    }
    if (depthOver(data, MAX_DEPTH)) {
      issues.push(tooDeep(yaml.source));
      return undefined;
    }
    dropExtensions(data);
    return data;
  } catch (error) {
    // (As in readYaml: no test overflows the stack here, so these mutants survive unrun.)
    if (error instanceof RangeError) {
      issues.push(tooDeep(yaml.source));
      return undefined;
    }
    // yaml's own words for the alias limit; other errors that name aliases (a merge of a number) are said as they are.
    const said: Said = /^Excessive alias count/.test((error as Error).message)
      ? { code: 'tooManyAliases', params: { max: MAX_ALIASES } }
      : { code: 'yamlSyntax', params: { detail: (error as Error).message } };
    issues.push({ file: yaml.source.file, line: 1, column: 1, path: '(root)', ...said });
    return undefined;
  }
}

/** `x-…` keys are the author's own (scratch fields for anchors, importers' notes): ignored everywhere. */
function dropExtensions(value: unknown): void {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    // (This guard and the push below each keep non-objects off the stack, and a null root is
    // refused before (toData): a mutant of either alone is equivalent.)
    if (v === null || typeof v !== 'object') continue;
    // (Its `!Array.isArray(v)` → true mutant survives: an array's keys are its indices, and none starts with x-.)
    if (!Array.isArray(v)) for (const k of Object.keys(v)) if (k.startsWith('x-')) delete (v as Record<string, unknown>)[k];
    // (Its true and || mutants survive: a non-object pushed is skipped by the guard above once popped.)
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push(child);
  }
}

function tooDeep(source: SourceFile): LocatedIssue {
  return { file: source.file, line: 1, column: 1, path: '(root)', code: 'tooDeep', params: { max: MAX_DEPTH } };
}

/** Whether `value` nests deeper than `max`; iterative, so depth itself cannot overflow it. */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    // (As in dropExtensions: this guard and the push below cover each other.)
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    // (Its true and || mutants survive: a non-object pushed is skipped by the guard above, before its depth is read.)
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

/**
 * yaml's errors, with indentation mistakes said once each at the key's own column with the fix;
 * yaml's own errors from that line on are the mistake's follow-ons, and one error per line is kept.
 */
// yaml's errors that a wrong indent causes, whichever line yaml puts them on.
const INDENT_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

function yamlIssues(source: SourceFile, lines: LineCounter, errors: readonly YAMLError[]): LocatedIssue[] {
  const mistakes = indentMistakes(source.text);
  const firstMistake = mistakes[0]?.line ?? Infinity;
  const seen = new Set<number>();
  const out: LocatedIssue[] = [];
  for (const e of errors) {
    const issue = yamlIssue(source, lines, e);
    if (issue.line! >= firstMistake || (mistakes.length && INDENT_CODES.has(e.code)) || seen.has(issue.line!)) continue;
    seen.add(issue.line!);
    out.push(issue);
  }
  for (const m of mistakes)
    out.push({ file: source.file, line: m.line, column: m.column, path: '(yaml syntax)', code: m.code, ...(m.params ? { params: m.params } : {}) });
  return out;
}

function yamlIssue(source: SourceFile, lines: LineCounter, error: YAMLError): LocatedIssue {
  const pos = lines.linePos(error.pos[0]);
  // A guard: with prettyErrors off yaml's messages are one line with no position, so this trim's mutants survive unseen.
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { file: source.file, line: pos.line, column: pos.col, path: '(yaml syntax)', code: 'yamlSyntax', params: { detail } };
}

function zodIssues(yaml: ParsedYaml, error: z.ZodError, data: unknown): LocatedIssue[] {
  const out: LocatedIssue[] = [];
  const walk = (issues: readonly z.core.$ZodIssue[], base: PathSegment[]) => {
    for (const issue of issues) {
      const path = [...base, ...(issue.path as PathSegment[])];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) out.push(at(yaml, [...path, key], { code: 'unknownField', params: { key } }, true));
      } else if (issue.code === 'invalid_key') {
        // A bad key of a map (a language code, a variable name): said at the key itself.
        for (const sub of issue.issues) out.push(at(yaml, path, describeZodIssue(sub, data, path), true));
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Every branch refused the value's very type (a number where a text goes): say so once.
        // (Its `b.length === 1` → true mutant survives: a branch that refuses the value's very type stops at that one issue.)
        if (issue.errors.every((b) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0)) {
          const { present, value } = valueAt(data, path);
          const expected = unionKind(
            // Stryker disable next-line StringLiteral: every branch's issue here is invalid_type, which always names what it expected
            issue.errors.map((b) => (b[0] as { expected?: string }).expected ?? ''),
            path[path.length - 1],
          );
          out.push(at(yaml, path, present ? { code: 'wrongType', params: { expected, ...foundKind(value) } } : { code: 'required', params: { expected } }));
          continue;
        }
        // Otherwise report the branch that got furthest, which is the one the author meant.
        const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!;
        walk(best, path);
      } else {
        out.push(at(yaml, path, describeZodIssue(issue, data, path)));
      }
    }
  };
  walk(error.issues, []);
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

/** An issue located at `path`, or at the nearest enclosing node the document has. */
function at(yaml: ParsedYaml, path: PathSegment[], said: Said, pointAtKey = false): LocatedIssue {
  const offset = locate(yaml.doc, path, pointAtKey);
  const pos = yaml.lines.linePos(offset);
  return { file: yaml.source.file, line: pos.line, column: pos.col, path: formatPath(path), code: said.code, ...(said.params ? { params: said.params } : {}) };
}

function locate(doc: Document.Parsed, path: PathSegment[], pointAtKey: boolean): number {
  // (Its `n >= 0` mutant survives: at n = 0 the node found is the document's contents, which the fallback below gives too.)
  for (let n = path.length; n > 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const key = path[n - 1];
    // Stryker disable next-line BooleanLiteral: keepScalar changes only what a scalar parent comes back as, and a scalar is no map either way
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    // (Its `n < path.length` → false mutant survives: a pair's value is the node getIn finds, unless it has none, and no issue's path goes below a key with no value.)
    if (isMap(parent) && (pointAtKey || n < path.length)) {
      // (Its isPair/isScalar test's true and || mutants survive: a map holds only pairs, and a key that is no scalar has no value to match.)
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range)
        // Stryker disable next-line OptionalChaining: every parsed node has a range, and no issue's path goes below a key with no value, so the value is here
        return pointAtKey && n === path.length ? pair.key.range[0] : ((pair.value as { range?: number[] } | null)?.range?.[0] ?? pair.key.range[0]);
    }
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  // Stryker disable next-line OptionalChaining: only a document that gave data is located in, so its contents are a node, and every parsed node has a range
  return (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
}
