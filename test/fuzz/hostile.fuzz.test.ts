import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { emptyProgress, type ProgressFile } from '../../src/core/progress/model.js';
import { mergeProgress, readExport } from '../../src/core/progress/transfer.js';
import { checkProgress } from '../../src/core/progress/validate.js';
import { parseRoadmap } from '../../src/core/roadmap/parse.js';
import { MlroadError } from '../../src/errors.js';
import { english } from '../../src/i18n/index.js';
import { describeIssue } from '../../src/i18n/issues.js';
import { type PromptCache, shellText } from '../../src/store/prompt-cache.js';
import { formatIssue } from '../../src/ui/format-issue.js';

// `npm run fuzz` runs these with FUZZ_RUNS cases each; `npm test` runs a short version. A
// failure is a thrown error that is not ours (an internal error, exit 1) or a control
// character in anything meant for the terminal.

const RUNS = Number(process.env.FUZZ_RUNS) || 40;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const HOSTILE_IDS = ['constructor', '__proto__', 'prototype', 'to-string', 'has-own-property', 'valueOf', 'python', 'x'];

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...HOSTILE_IDS, '\u001b]52;c;QkFE\u0007', 'a\u200bb\u202e', '\n\r\t', '%$`\\'),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
})).value;

/** Runs `f`; our own typed errors are fine, anything else is an internal error. */
function noInternalError(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    if (error instanceof MlroadError) return undefined;
    throw error;
  }
}

const parse = (text: string) => parseRoadmap({ file: 'f.yaml', text }, () => ({ error: 'no includes here' }), { lang: 'en' });

describe('fuzz: the roadmap parser', () => {
  it('never throws, and every issue line is free of control characters', () => {
    const mini = {
      formatVersion: 1,
      id: 'x',
      title: 'T',
      stages: [{ id: 's', title: 'S', summary: 'S', topics: [{ id: 't', title: 'T', summary: 'S', learn: ['l'] }] }],
    };
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      hostileValue.map((v) => stringify(v)),
      fc.tuple(hostileString, hostileValue).map(([k, v]) => stringify({ ...mini, [k]: v })),
      fc.tuple(hostileString, hostileValue).map(([k, v]) => stringify({ ...mini, stages: [{ ...mini.stages[0], [k]: v }] })),
    );
    fc.assert(
      fc.property(text, (t) => {
        const result = noInternalError(() => parse(t)) as ReturnType<typeof parse> | undefined;
        if (!result || result.ok) return;
        for (const issue of result.issues) {
          expect(formatIssue(english, { ...issue, message: describeIssue(english, issue) })).not.toMatch(CONTROL);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: the progress validator and import merge', () => {
  const progressDoc = fc.record({
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.integer()),
    settings: fc.oneof(hostileValue, fc.record({ lang: fc.constantFrom('en', 'es', 'xx') })),
    roadmaps: fc.dictionary(
      fc.constantFrom(...HOSTILE_IDS),
      fc.record({
        topics: fc.dictionary(
          fc.constantFrom(...HOSTILE_IDS),
          fc.oneof(hostileValue, fc.record({ status: fc.constantFrom('done', 'skipped'), at: fc.constant('2026-01-01T00:00:00.000Z') })),
        ),
        attempts: fc.array(hostileValue, { maxLength: 3 }),
        cards: fc.oneof(hostileValue, fc.constant({})),
        reviewLog: fc.array(hostileValue, { maxLength: 3 }),
      }),
      { maxKeys: 3 },
    ),
  });

  it('checkProgress never throws on any document', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, progressDoc), (doc) => void noInternalError(() => checkProgress(doc))),
      { numRuns: RUNS },
    );
  });

  it('readExport and mergeProgress never throw, whatever the ids', () => {
    const asFile = (doc: unknown): ProgressFile => {
      const checked = checkProgress(doc);
      return checked.kind === 'ok' ? checked.file : checked.kind === 'invalid' ? checked.salvaged : emptyProgress();
    };
    fc.assert(
      fc.property(progressDoc, progressDoc, (a, b) => {
        noInternalError(() => readExport({ format: 'mlroad-progress', version: 1, progress: b }));
        noInternalError(() => mergeProgress(asFile(a), asFile(b)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: the prompt file writer', () => {
  it('writes only safe lines, whatever the fields and paths', () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, fc.double(), fc.integer(), hostileString, (stage, topic, path, percent, due, at) => {
        const cache = {
          mlroad: '0.1.0',
          at,
          validUntil: at,
          roadmap: path,
          fields: { percent, done: due, total: due, due, stage, topic, roadmap: topic, bundled: false },
        } as unknown as PromptCache;
        const text = shellText(cache);
        expect(text.split('\n')).toHaveLength(13);
        expect(text.replace(/\n/g, '')).not.toMatch(CONTROL);
      }),
      { numRuns: RUNS },
    );
  });
});
