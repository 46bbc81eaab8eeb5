import { describe, expect, it } from 'vitest';
import type { ProgressFile } from '../core/progress/model.js';
import { attemptedQuizzes, passedQuizzes } from '../core/progress/summary.js';
import { dueSummary } from '../core/review/due.js';
import type { Roadmap } from '../core/roadmap/types.js';
import { untouchedBytes } from './lazy-section.js';
import { decodeLaidOut, encodeProgress } from './progress-layout.js';

const card = (due: string) => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 });
const attempt = (quiz: string, score: number) => ({ quiz, at: '2026-01-01T00:00:00.000Z', seed: 's', score, total: 10, finished: true, questions: [] });

function file(): ProgressFile {
  return {
    version: 2,
    settings: { lang: 'es' },
    roadmaps: {
      ml: {
        topics: { python: { status: 'done', at: '2026-01-01T00:00:00.000Z' } },
        attempts: [attempt('q1', 9)],
        cards: { 'q1/a': card('2026-01-01T00:00:00.000Z'), 'q1/b': card('2027-01-01T00:00:00.000Z') },
        reviewLog: [{ card: 'q1/a', at: '2026-01-01T00:00:00.000Z', rating: 3, source: 'review' }],
      },
      // ids that look like the lazy fields, or need escaping, are still ids
      cards: { topics: {}, attempts: [], cards: {}, reviewLog: [], notes: [{ at: '2026-01-02T00:00:00.000Z', text: 'a\nb "c"' }] },
    },
  } as unknown as ProgressFile;
}
const bytes = (f: ProgressFile) => Buffer.concat(encodeProgress(f));

describe('encodeProgress', () => {
  it('writes one JSON document without the review logs, each roadmap field on a line of its own', () => {
    const text = bytes(file()).toString('utf8');
    const { reviewLog: _a, ...ml } = file().roadmaps.ml!;
    const { reviewLog: _b, ...cards } = file().roadmaps.cards!;
    expect(JSON.parse(text)).toEqual({ version: 2, settings: { lang: 'es' }, roadmaps: { ml, cards } });
    expect(text.split('\n')).toEqual([
      '{"version":2,"settings":{"lang":"es"},"roadmaps":{',
      '"ml":{',
      '"topics":{"python":{"status":"done","at":"2026-01-01T00:00:00.000Z"}},',
      `"attempts":${JSON.stringify(file().roadmaps.ml!.attempts)},`,
      `"cards":${JSON.stringify(file().roadmaps.ml!.cards)}`,
      '},',
      '"cards":{',
      '"topics":{},',
      '"attempts":[],',
      '"cards":{},',
      '"notes":[{"at":"2026-01-02T00:00:00.000Z","text":"a\\nb \\"c\\""}]',
      '}',
      '}}',
      '',
    ]);
  });

  it('an empty file is still one document', () => {
    const text = bytes({ version: 2, settings: {}, roadmaps: {} }).toString('utf8');
    expect(text).toBe('{"version":2,"settings":{},"roadmaps":{\n}}\n');
    expect(JSON.parse(text)).toEqual({ version: 2, settings: {}, roadmaps: {} });
  });
});

describe('encodeProgress, fields left undefined', () => {
  it('writes no line for a field whose value is undefined, as JSON.stringify drops it', () => {
    const f = { version: 2, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {}, exercises: undefined } } } as unknown as ProgressFile;
    const text = bytes(f).toString('utf8');
    expect(text).not.toContain('exercises');
    expect(JSON.parse(text)).toEqual({ version: 2, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {} } } });
  });
});

describe('decodeLaidOut', () => {
  it('gives back what was written, the large sections parsed only when looked at', () => {
    const raw = bytes(file());
    const data = decodeLaidOut(raw) as unknown as ProgressFile;
    const ml = data.roadmaps.ml!;
    expect(untouchedBytes(ml.cards)).toBeDefined();
    expect(untouchedBytes(ml.attempts)).toBeDefined();
    expect(data.settings).toEqual({ lang: 'es' });
    expect(ml.topics).toEqual(file().roadmaps.ml!.topics);
    // written back untouched: the very bytes
    expect(bytes(data).equals(raw)).toBe(true);
    expect(untouchedBytes(ml.cards)).toBeDefined();
    expect(Object.keys(ml.cards)).toEqual(['q1/a', 'q1/b']);
    expect(untouchedBytes(ml.cards)).toBeUndefined();
    expect(ml.attempts.length).toBe(1);
    expect(JSON.parse(JSON.stringify(data))).toEqual(JSON.parse(raw.toString('utf8')));
    expect(data.roadmaps.cards!.notes).toEqual(file().roadmaps.cards!.notes);
  });

  it('a change to a section that was parsed is written, not the old bytes', () => {
    const data = decodeLaidOut(bytes(file())) as unknown as ProgressFile;
    const ml = data.roadmaps.ml!;
    (ml.cards as Record<string, unknown>)['q1/c'] = card('2028-01-01T00:00:00.000Z');
    ml.attempts.push(attempt('q2', 1) as never);
    const again = JSON.parse(bytes(data).toString('utf8'));
    expect(Object.keys(again.roadmaps.ml.cards)).toEqual(['q1/a', 'q1/b', 'q1/c']);
    expect(again.roadmaps.ml.attempts.map((a: { quiz: string }) => a.quiz)).toEqual(['q1', 'q2']);
  });

  it('stands the recorded facts in for a parse, and forgets them once the section is parsed', () => {
    const roadmap = {
      quizzes: [
        { id: 'q1', passPercent: 80 },
        { id: 'q9', passPercent: 50 },
      ],
    } as unknown as Roadmap;
    const facts = {
      ml: {
        due: { at: '2026-06-01T00:00:00.000Z', due: 7, next: '2026-07-01T00:00:00.000Z' },
        attempts: { best: [['q9', 60]] as [string, number][], attempted: ['q9'] },
      },
    };
    const ml = (decodeLaidOut(bytes(file()), facts) as unknown as ProgressFile).roadmaps.ml!;
    // the facts say otherwise than the bytes, so an answer from them shows nothing was parsed
    expect(dueSummary(ml, new Date('2026-06-15T00:00:00.000Z'))).toEqual({ due: 7, nextReviewAt: '2026-07-01T00:00:00.000Z' });
    expect([...passedQuizzes(roadmap, ml.attempts)]).toEqual(['q9']);
    expect([...attemptedQuizzes(ml)]).toEqual(['q9']);
    expect(untouchedBytes(ml.cards)).toBeDefined();
    // outside the time they hold for, the cards are counted
    expect(dueSummary(ml, new Date('2026-07-01T00:00:00.000Z'))).toEqual({ due: 1, nextReviewAt: '2027-01-01T00:00:00.000Z' });
    expect(dueSummary(ml, new Date('2026-05-01T00:00:00.000Z'))).toEqual({ due: 1, nextReviewAt: '2027-01-01T00:00:00.000Z' });
    expect(untouchedBytes(ml.cards)).toBeUndefined();
    // once parsed, the cards and attempts speak for themselves
    expect(dueSummary(ml, new Date('2026-06-15T00:00:00.000Z'))).toEqual({ due: 1, nextReviewAt: '2027-01-01T00:00:00.000Z' });
    expect(ml.attempts[0]!.quiz).toBe('q1');
    expect([...passedQuizzes(roadmap, ml.attempts)]).toEqual(['q1']);
    expect([...attemptedQuizzes(ml)]).toEqual(['q1']);
  });

  it('keeps the sections of every roadmap lazy, the last and the ones before it', () => {
    const two = {
      version: 2,
      settings: {},
      roadmaps: {
        first: { topics: {}, attempts: [attempt('q1', 9)], cards: { 'q1/a': card('2027-01-01T00:00:00.000Z') } },
        second: { topics: {}, attempts: [], cards: { 'q2/b': card('2027-02-01T00:00:00.000Z') } },
      },
    } as unknown as ProgressFile;
    const data = decodeLaidOut(bytes(two)) as unknown as ProgressFile;
    for (const id of ['first', 'second']) {
      expect(untouchedBytes(data.roadmaps[id]!.cards), id).toBeDefined();
      expect(untouchedBytes(data.roadmaps[id]!.attempts), id).toBeDefined();
    }
    expect(Object.keys(data.roadmaps.second!.cards)).toEqual(['q2/b']);
    expect(Object.keys(data.roadmaps.first!.cards)).toEqual(['q1/a']);
    expect(data.roadmaps.first!.attempts.map((a) => a.quiz)).toEqual(['q1']);
  });

  it('refuses bytes not in this layout, so that they are parsed whole', () => {
    const good = bytes(file()).toString('utf8');
    const refused = [
      JSON.stringify(JSON.parse(good)), // one line: an older mlroad's
      `${JSON.stringify(JSON.parse(good))}\n`,
      good.slice(0, -1), // no final newline
      good.replace('"roadmaps":{\n', '"roadmaps":{ \n'),
      good.replace('\n}}\n', '\n}}}\n'),
      good.replace('"ml":{\n', '"ml":[\n'),
      good.replace('"cards":{"q1/a"', '"cards":5,"x":{"q1/a"'),
      // a cards line that does not close as it opens
      good
        .split('\n')
        .map((line) => (line.startsWith('"cards":{') ? line.replace(/}(,?)$/, ']$1') : line))
        .join('\n'),
      // a line where a roadmap's id should be that is a field: valid JSON, not this layout
      '{"version":2,"settings":{},"roadmaps":{\n"x":5\n}}\n',
      '\n',
      '',
    ];
    for (const text of refused) expect(decodeLaidOut(Buffer.from(text)), JSON.stringify(text.slice(0, 60))).toBeUndefined();
  });
});
