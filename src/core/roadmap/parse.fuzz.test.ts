import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { english } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { parseRoadmap } from './parse.js';

const resolveNothing = (p: string) => ({ error: `no ${p}` });

/** A parse either succeeds or returns located problems; it never throws. */
function clean(text: string): void {
  const result = parseRoadmap({ file: 'f.yaml', text }, resolveNothing);
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const i of result.issues) {
    expect(describeIssue(english, i).length).toBeGreaterThan(0);
    expect(typeof i.path).toBe('string');
  }
}

describe('parseRoadmap never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), clean), { numRuns: 500 });
  });

  it('on arbitrary YAML-ish text built from YAML tokens', () => {
    const token = fc.constantFrom(
      '\n',
      '  ',
      '- ',
      ': ',
      '{',
      '}',
      '[',
      ']',
      ',',
      '&a ',
      '*a',
      '!!str ',
      '"',
      "'",
      '#',
      '|',
      '>',
      'id',
      'stages',
      'topics',
      'quizzes',
      'formatVersion',
      '1',
      'x',
      '__proto__',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 80 }).map((t) => t.join('')),
        clean,
      ),
      { numRuns: 500 },
    );
  });

  it('on arbitrary structures, alone or spliced into a roadmap', () => {
    const roadmapish = fc.record(
      {
        formatVersion: fc.oneof(fc.constant(1), fc.anything()),
        id: fc.oneof(fc.constant('r'), fc.anything()),
        title: fc.anything(),
        description: fc.anything(),
        stages: fc.oneof(
          fc.anything(),
          fc.array(fc.record({ id: fc.anything(), title: fc.anything(), summary: fc.anything(), topics: fc.anything() }, { requiredKeys: [] })),
        ),
        quizzes: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), roadmapish), (value) => {
        let text: string;
        try {
          text = (stringify(value) as string | undefined) ?? '';
        } catch {
          return; // not representable as YAML at all
        }
        clean(text);
      }),
      { numRuns: 500 },
    );
  });
});
