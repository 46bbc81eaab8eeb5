import { isAbsolute, relative } from 'node:path';
import { cleanLine } from '../core/clean.js';
import type { RoadmapIssue } from '../errors.js';

/** `file:line:column: path: message`, the shape editors and CI annotate from. */
export function formatIssue(i: RoadmapIssue, cwd = process.cwd()): string {
  const where = i.line ? `${shorten(i.file, cwd)}:${i.line}:${i.column ?? 1}` : shorten(i.file, cwd);
  // Every part can echo the roadmap (file names, unknown keys, zod and YAML messages).
  return cleanLine(`${where}: ${i.path}: ${i.message}`);
}

/** A path under the working directory reads best relative to it, as compilers print them. */
function shorten(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
