import { isAbsolute, relative } from 'node:path';
import { cleanLine } from '../core/clean.js';
import type { IssueCode } from '../core/roadmap/issue.js';
import type { RoadmapIssue } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { describeIssue } from '../i18n/issues.js';

/** What an issue says, in the command's language: issues travel with their code, and are worded here. */
export function issueText(t: Translator, i: RoadmapIssue): string {
  if (i.message !== undefined) return i.message;
  return i.code ? describeIssue(t, { code: i.code as IssueCode, params: i.params }) : '';
}

/** `file:line:column: path: message`, the shape editors and CI annotate from. */
export function formatIssue(t: Translator, i: RoadmapIssue, cwd = process.cwd()): string {
  const where = i.line ? `${shorten(i.file, cwd)}:${i.line}:${i.column ?? 1}` : shorten(i.file, cwd);
  // Every part can echo the roadmap (file names, unknown keys, zod and YAML messages).
  return cleanLine(`${where}: ${i.path}: ${issueText(t, i)}`);
}

/** A path under the working directory reads best relative to it, as compilers print them. */
function shorten(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
