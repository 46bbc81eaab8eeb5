import type { z } from 'zod';
import { CODE_MARK, type IssueCode, type Said } from './issue.js';
import type { PathSegment } from './path.js';

/**
 * zod's issues in our own words: each says what was expected, what was found and what to write
 * instead. zod's text never reaches an author, in any language.
 */

// Fields whose number has limits a bare "number" would not tell; keyed by the field's name.
const NUMBER_FIELDS: Readonly<Record<string, string>> = {
  passPercent: 'percent',
  decimals: 'decimals',
  absolute: 'nonNegative',
  relative: 'nonNegative',
};

// A table built as the module loads: Stryker credits its mutants only to the first test that loaded
// it (stryker-js #6144), so zod-issue.test.ts loads the module afresh in each test.
const ZOD_EXPECTED: Readonly<Record<string, string>> = {
  number: 'number',
  int: 'int',
  string: 'string',
  boolean: 'boolean',
  array: 'list',
  object: 'map',
  record: 'map',
};

/** What an author wrote, as a kind the catalogues can name: `found.<kind>`. */
export function foundKind(value: unknown): { found: string; value: string } {
  if (value === null || value === undefined) return { found: 'nothing', value: '' };
  if (typeof value === 'string') return { found: 'text', value: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (typeof value === 'number') return { found: 'number', value: String(value) };
  if (typeof value === 'boolean') return { found: 'boolean', value: String(value) };
  if (Array.isArray(value)) return { found: 'list', value: '' };
  return { found: 'map', value: '' };
}

/** The value at `path` in the data, and whether its key is there at all. */
export function valueAt(data: unknown, path: readonly PathSegment[]): { present: boolean; value: unknown } {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return { present: false, value: undefined };
    here = (here as Record<string | number, unknown>)[key];
  }
  return { present: true, value: here };
}

function expectedKind(issue: { expected?: string }, path: readonly PathSegment[], data: unknown): string {
  const field = path[path.length - 1];
  // (Its typeof check's `true` mutant survives: no key of NUMBER_FIELDS is an index or "undefined", so Object.hasOwn is false for those anyway.)
  if (typeof field === 'string' && Object.hasOwn(NUMBER_FIELDS, field) && (issue.expected === 'number' || issue.expected === 'int'))
    return NUMBER_FIELDS[field]!;
  // An index only in choice questions (`answer` itself, or an item of its list); a numeric answer is any number.
  const owner = valueAt(data, path.slice(0, typeof field === 'number' ? -2 : -1)).value as { type?: unknown } | undefined;
  const choiceAnswer = (field === 'answer' || path[path.length - 2] === 'answer') && (owner?.type === 'single' || owner?.type === 'multiple');
  if (choiceAnswer && (issue.expected === 'number' || issue.expected === 'int')) return 'index';
  // (The text mutant of the `?? ''` fallback survives: ZOD_EXPECTED has no key '' nor the mutant's text, so both give 'other'.)
  return Object.hasOwn(ZOD_EXPECTED, issue.expected ?? '') ? ZOD_EXPECTED[issue.expected!]! : 'other';
}

/** What a union of our schema takes, from what each of its branches expected. */
export function unionKind(expected: readonly string[], field: PathSegment | undefined): string {
  const kinds = new Set(expected);
  if (field === 'tolerance') return 'tolerance';
  if (kinds.size === 2 && kinds.has('string') && kinds.has('record')) return 'text';
  if (kinds.size === 2 && kinds.has('string') && kinds.has('object')) return 'range';
  if (kinds.size === 2 && kinds.has('string') && kinds.has('number')) return 'textOrNumber';
  return kinds.size === 1 && Object.hasOwn(ZOD_EXPECTED, expected[0]!) ? ZOD_EXPECTED[expected[0]!]! : 'other';
}

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** One issue, worded as a code; `data` is the whole document and `path` the issue's full path. */
export function describeZodIssue(issue: z.core.$ZodIssue, data: unknown, path: readonly PathSegment[]): Said {
  if (issue.message.startsWith(CODE_MARK)) return { code: issue.message.slice(CODE_MARK.length) as IssueCode };
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(data, path);
      const expected = expectedKind(issue, path, data);
      if (!at.present) return { code: 'required', params: { expected } };
      return { code: 'wrongType', params: { expected, ...foundKind(at.value) } };
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = String(big ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
      const kind = issue.origin === 'array' ? 'List' : issue.origin === 'string' ? 'Text' : 'Number';
      const got = valueAt(data, path).value;
      const value = Array.isArray(got) ? got.length : typeof got === 'string' ? got.length : String(got);
      return { code: `${big ? 'tooBig' : 'tooSmall'}${kind}` as IssueCode, params: { limit, value } };
    }
    case 'invalid_value':
      if (issue.values.length === 1) return { code: 'mustBe', params: { allowed: list(issue.values), value: foundKind(valueAt(data, path).value).value } };
      return { code: 'notAllowed', params: { allowed: list(issue.values), value: foundKind(valueAt(data, path).value).value } };
    case 'invalid_union': {
      const u = issue as { discriminator?: string; options?: unknown[] };
      if (u.discriminator) {
        const got = valueAt(data, path);
        if (!got.present) return { code: 'required', params: { expected: 'questionType' } };
        return { code: 'questionType', params: { allowed: list(u.options ?? []), value: foundKind(got.value).value || String(got.value) } };
      }
      return { code: 'invalidValue' };
    }
    default: // invalid_format (a link that is not a URL, ...) among them
      return { code: 'invalidValue' };
  }
}
