import type { RoadmapIssue } from '../errors.js';

/** `file:line:column: path: message`, the shape editors and CI annotate from. */
export function formatIssue(i: RoadmapIssue): string {
  const where = i.line ? `${i.file}:${i.line}:${i.column ?? 1}` : i.file;
  return `${where}: ${i.path}: ${i.message}`;
}
