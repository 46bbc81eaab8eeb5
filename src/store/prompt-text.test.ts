import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionText, type PromptCache, shellText } from './prompt-cache.js';
import { digits, encodePath, lineText, versionText } from './prompt-text.js';

const KEYS = ['mlroad', 'at', 'until', 'percent', 'done', 'total', 'due', 'stage', 'topic', 'roadmap', 'line', 'file'];
const NUMBER = /^(0|[1-9][0-9]*)$/;
const SAFE_VALUE = /^[^\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$/;

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN));
const anyIso = fc.oneof(
  fc.constant(null),
  anyText,
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

describe('the prompt file', () => {
  it('never carries a control character, and each value has its kind (property)', () => {
    fc.assert(
      fc.property(
        anyText,
        anyIso,
        anyIso,
        anyNumber,
        anyNumber,
        anyText,
        anyText,
        anyText,
        anyText,
        (version, at, until, percent, due, stage, topic, roadmap, path) => {
          const cache = {
            mlroad: version,
            at: at ?? '',
            validUntil: until,
            roadmap: path,
            fields: { percent, done: percent, total: due, due, stage, topic, roadmap, bundled: false },
          } as unknown as PromptCache;
          const lines = shellText(cache).split('\n');
          expect(lines.pop()).toBe('');
          expect(lines.map((l) => l.slice(0, l.indexOf('=')))).toEqual(KEYS);
          const value = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
          for (const k of ['at', 'until', 'percent', 'done', 'total', 'due']) expect(value[k]).toMatch(NUMBER);
          for (const k of ['stage', 'topic', 'roadmap']) expect(value[k]).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
          expect(value.file).toMatch(/^[A-Za-z0-9/._~%-]*$/);
          for (const l of lines) expect(l).toMatch(SAFE_VALUE);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes a path so that decoding it gives it back', () => {
    const path = '/tmp/evil\nuntil=a[$(touch${IFS}PWNED)]/r%\\`ü.yaml';
    const encoded = encodePath(path);
    expect(encoded).toBe('/tmp/evil%0Auntil%3Da%5B%24%28touch%24%7BIFS%7DPWNED%29%5D/r%25%5C%60%C3%BC.yaml');
    expect(decodeURIComponent(encoded)).toBe(path);
  });

  it('completion ids are kebab-case only', () => {
    expect(completionText(['python', 'x\ny=1', '$(id)'], ['ml-metrics'])).toBe('topics=python\nquizzes=ml-metrics\ntodo=python\nfinished=\n');
    const progress = {
      topics: { python: { status: 'done' }, 'x\ny=1': { status: 'done' }, git: { status: 'skipped' } },
      attempts: [],
      cards: {},
      reviewLog: [],
    } as never;
    expect(completionText(['python', 'x\ny=1', 'git', 'sql', '$(id)'], [], progress)).toBe('topics=python git sql\nquizzes=\ntodo=sql\nfinished=python git\n');
  });
});

describe('each value’s kind, exactly', () => {
  it('digits: a non-negative safe integer as it is, anything else 0', () => {
    expect(digits(0)).toBe('0');
    expect(digits(42)).toBe('42');
    expect(digits(-1)).toBe('0');
    expect(digits(1.5)).toBe('0');
  });

  it('a version of its own characters as it is, anything else 0', () => {
    expect(versionText('1.2.3-beta+4')).toBe('1.2.3-beta+4');
    expect(versionText('1 2')).toBe('0');
  });

  it('paths: bytes outside the safe set as two upper-case hex digits each', () => {
    expect(encodePath('/a b\nñ')).toBe('/a%20b%0A%C3%B1');
  });

  it('shown text on one trimmed line', () => {
    expect(lineText('  ok  ')).toBe('ok');
  });
});
