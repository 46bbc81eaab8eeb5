import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { foundKind, valueAt } from './zod-issue.js';

// The kind tables are built when the module loads, and Stryker switches a mutant on only once a
// test has started: a load inside each test lets the tables' mutants be seen.
let describeZodIssue: typeof import('./zod-issue.js').describeZodIssue;
let unionKind: typeof import('./zod-issue.js').unionKind;
beforeEach(async () => {
  vi.resetModules();
  ({ describeZodIssue, unionKind } = await import('./zod-issue.js'));
});

type Issue = z.core.$ZodIssue;
const issue = (fields: Record<string, unknown>) => ({ message: 'zod words', path: [], input: undefined, ...fields }) as unknown as Issue;
const wrongType = (expected: string | undefined, data: unknown, path: (string | number)[]) =>
  describeZodIssue(issue({ code: 'invalid_type', expected }), data, path);

describe('foundKind names what the author wrote', () => {
  it('says nothing for null and undefined', () => {
    expect(foundKind(null)).toEqual({ found: 'nothing', value: '' });
    expect(foundKind(undefined)).toEqual({ found: 'nothing', value: '' });
  });

  it('quotes text, cutting it after 40 characters', () => {
    expect(foundKind('abc')).toEqual({ found: 'text', value: '"abc"' });
    const forty = 'x'.repeat(40);
    expect(foundKind(forty)).toEqual({ found: 'text', value: `"${forty}"` });
    expect(foundKind(`${forty}yz`)).toEqual({ found: 'text', value: `"${forty}…"` });
  });

  it('writes numbers and booleans as they are, lists and maps by kind only', () => {
    expect(foundKind(0)).toEqual({ found: 'number', value: '0' });
    expect(foundKind(false)).toEqual({ found: 'boolean', value: 'false' });
    expect(foundKind(true)).toEqual({ found: 'boolean', value: 'true' });
    expect(foundKind([1])).toEqual({ found: 'list', value: '' });
    expect(foundKind({ a: 1 })).toEqual({ found: 'map', value: '' });
  });
});

describe('valueAt', () => {
  it('walks keys and indexes', () => {
    expect(valueAt({ a: { b: [1, 2] } }, ['a', 'b', 1])).toEqual({ present: true, value: 2 });
    expect(valueAt(7, [])).toEqual({ present: true, value: 7 });
  });

  it('tells a key written with no value from a key that is not there', () => {
    expect(valueAt({ a: null }, ['a'])).toEqual({ present: true, value: null });
    expect(valueAt({ a: null }, ['a', 'b'])).toEqual({ present: false, value: undefined });
    expect(valueAt({ a: 1 }, ['b'])).toEqual({ present: false, value: undefined });
    expect(valueAt({ a: 'text' }, ['a', 'length'])).toEqual({ present: false, value: undefined });
    expect(valueAt({}, ['toString'])).toEqual({ present: false, value: undefined });
  });
});

describe('unionKind says what a union takes', () => {
  it('knows the unions of our schema, in any order and with repeats', () => {
    expect(unionKind(['string', 'number'], 'tolerance')).toBe('tolerance');
    expect(unionKind(['record', 'string'], 'title')).toBe('text');
    expect(unionKind(['string', 'string', 'record'], 'title')).toBe('text');
    expect(unionKind(['object', 'string'], 'x')).toBe('range');
    expect(unionKind(['number', 'string'], 'difficulty')).toBe('textOrNumber');
  });

  it('names a single kind, and says other for anything else', () => {
    expect(unionKind(['array', 'array'], undefined)).toBe('list');
    expect(unionKind(['object'], 0)).toBe('map');
    expect(unionKind(['bigint'], 'x')).toBe('other');
    expect(unionKind(['toString'], 'x')).toBe('other');
    expect(unionKind([], 'x')).toBe('other');
    expect(unionKind(['string', 'record', 'number'], 'x')).toBe('other');
    expect(unionKind(['string', 'boolean'], 'x')).toBe('other');
    expect(unionKind(['record', 'number'], 'x')).toBe('other');
    expect(unionKind(['object', 'number'], 'x')).toBe('other');
    expect(unionKind(['string', 'object', 'number'], 'x')).toBe('other');
  });
});

describe('describeZodIssue', () => {
  it('passes our own coded messages through, with no params', () => {
    expect(describeZodIssue(issue({ code: 'custom', message: '@idFormat' }), {}, [])).toStrictEqual({ code: 'idFormat' });
    expect(describeZodIssue(issue({ code: 'custom', message: 'x@idFormat' }), {}, [])).toStrictEqual({ code: 'invalidValue' });
  });

  it('says a missing field is required, and a wrong one what it holds', () => {
    expect(wrongType('string', {}, ['title'])).toEqual({ code: 'required', params: { expected: 'string' } });
    expect(wrongType('string', { title: 3 }, ['title'])).toEqual({ code: 'wrongType', params: { expected: 'string', found: 'number', value: '3' } });
    expect(wrongType('array', { learn: 'x' }, ['learn'])).toEqual({ code: 'wrongType', params: { expected: 'list', found: 'text', value: '"x"' } });
  });

  it("names each kind zod expects in the catalogues' words", () => {
    const kind = (expected: string) => (wrongType(expected, { v: null }, ['v']).params as { expected: string }).expected;
    expect(['number', 'int', 'string', 'boolean', 'array', 'object', 'record'].map(kind)).toEqual(['number', 'int', 'string', 'boolean', 'list', 'map', 'map']);
  });

  it('names the limits of the number fields that have them', () => {
    const kind = (field: string, expected: string) => (wrongType(expected, { [field]: 'x' }, [field]).params as { expected: string }).expected;
    expect(kind('passPercent', 'number')).toBe('percent');
    expect(kind('passPercent', 'int')).toBe('percent');
    expect(kind('passPercent', 'string')).toBe('string');
    expect(kind('decimals', 'int')).toBe('decimals');
    expect(kind('absolute', 'number')).toBe('nonNegative');
    expect(kind('relative', 'number')).toBe('nonNegative');
    expect(kind('toString', 'number')).toBe('number');
    expect(kind('title', 'bigint')).toBe('other');
    expect(kind('title', 'toString')).toBe('other');
  });

  it('calls the answer of a choice question an index, and of any other a number', () => {
    const expected = (data: unknown, path: (string | number)[], want = 'number') => (wrongType(want, data, path).params as { expected: string }).expected;
    expect(expected({ type: 'single', answer: 'x' }, ['answer'])).toBe('index');
    expect(expected({ type: 'single', answer: 'x' }, ['answer'], 'int')).toBe('index');
    expect(expected({ type: 'single', answer: 'x' }, ['answer'], 'string')).toBe('string');
    expect(expected({ type: 'multiple', answer: 'x' }, ['answer'])).toBe('index');
    expect(expected({ type: 'numeric', answer: 'x' }, ['answer'])).toBe('number');
    expect(expected({ type: 'single', choice: 'x' }, ['choice'])).toBe('number');
    expect(expected({ questions: [{ type: 'multiple', answer: ['x'] }] }, ['questions', 0, 'answer', 0])).toBe('index');
    expect(expected({ questions: [{ type: 'numeric', answer: ['x'] }] }, ['questions', 0, 'answer', 0])).toBe('number');
    expect(expected({ questions: [{ type: 'single', other: ['x'] }] }, ['questions', 0, 'other', 0])).toBe('number');
    expect(wrongType(undefined, { a: 1 }, ['a'])).toEqual({ code: 'wrongType', params: { expected: 'other', found: 'number', value: '1' } });
  });

  it('calls an answer whose question is not there a number', () => {
    expect(wrongType('number', {}, ['q', 'answer'])).toEqual({ code: 'required', params: { expected: 'number' } });
    expect(wrongType('number', { q: null }, ['q', 'answer', 0])).toEqual({ code: 'required', params: { expected: 'number' } });
  });

  it('says how far a list, a text or a number is past its limit', () => {
    const size = (code: string, origin: string, limit: number, got: unknown) =>
      describeZodIssue(issue({ code, origin, maximum: limit, minimum: limit }), { v: got }, ['v']);
    expect(size('too_big', 'array', 3, [1, 2, 3, 4])).toEqual({ code: 'tooBigList', params: { limit: '3', value: 4 } });
    expect(size('too_small', 'string', 2, 'a')).toEqual({ code: 'tooSmallText', params: { limit: '2', value: 1 } });
    expect(size('too_big', 'number', 100, 170)).toEqual({ code: 'tooBigNumber', params: { limit: '100', value: '170' } });
    expect(size('too_small', 'number', 0, -1)).toEqual({ code: 'tooSmallNumber', params: { limit: '0', value: '-1' } });
    const both = (code: string) => describeZodIssue(issue({ code, origin: 'number', maximum: 9, minimum: 1 }), { v: 5 }, ['v']).params;
    expect(both('too_big')).toEqual({ limit: '9', value: '5' });
    expect(both('too_small')).toEqual({ limit: '1', value: '5' });
  });

  it('lists the allowed values, as "must be" when there is one', () => {
    expect(describeZodIssue(issue({ code: 'invalid_value', values: [1] }), { v: 2 }, ['v'])).toEqual({ code: 'mustBe', params: { allowed: '1', value: '2' } });
    expect(describeZodIssue(issue({ code: 'invalid_value', values: ['a', 'b'] }), { v: 'c' }, ['v'])).toEqual({
      code: 'notAllowed',
      params: { allowed: 'a, b', value: '"c"' },
    });
  });

  it('says which question types exist when the type is wrong or missing', () => {
    const union = (fields: Record<string, unknown>, data: unknown) => describeZodIssue(issue({ code: 'invalid_union', ...fields }), data, ['q', 'type']);
    const options = { discriminator: 'type', options: ['single', 'multiple'] };
    expect(union(options, { q: { type: 'singel' } })).toEqual({ code: 'questionType', params: { allowed: 'single, multiple', value: '"singel"' } });
    expect(union(options, { q: { type: ['a', 'b'] } })).toEqual({ code: 'questionType', params: { allowed: 'single, multiple', value: 'a,b' } });
    expect(union({ discriminator: 'type' }, { q: { type: 4 } })).toEqual({ code: 'questionType', params: { allowed: '', value: '4' } });
    expect(union(options, { q: {} })).toEqual({ code: 'required', params: { expected: 'questionType' } });
    expect(union({ discriminator: '' }, { q: { type: 'x' } })).toStrictEqual({ code: 'invalidValue' });
    expect(union({}, { q: { type: 'x' } })).toStrictEqual({ code: 'invalidValue' });
  });

  it('says invalid value for formats and anything else', () => {
    expect(describeZodIssue(issue({ code: 'invalid_format', format: 'url' }), {}, [])).toStrictEqual({ code: 'invalidValue' });
    expect(describeZodIssue(issue({ code: 'not_multiple_of' }), {}, [])).toStrictEqual({ code: 'invalidValue' });
  });
});
