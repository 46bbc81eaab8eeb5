import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseFromDisk } from '../src/store/roadmap-loader.js';
import type { Question } from '../src/core/roadmap/types.js';
import { BUNDLED } from './support/cli.js';

// The bundled bank must not give its answers away and must grade numbers by one rule. These are
// measured over every bundled quiz, so a new question cannot bring a length cue back.
const { bundle } = await parseFromDisk(join(BUNDLED, 'roadmap.yaml'));
const questions = bundle.quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ quiz: quiz.id, q })));
const LANGS = ['en', 'es'] as const;
const MAX_LONGEST_SHARE = 0.35;
const MAX_RATIO = 1.3;
const text = (t: Question['prompt'], lang: string): string => (typeof t === 'string' ? t : (t[lang] ?? t.en ?? ''));

describe('the bundled bank gives no length cue', () => {
  const singles = questions.flatMap(({ q }) => (q.type === 'single' ? [q] : []));
  for (const lang of LANGS) {
    it(`${lang}: the correct choice is rarely the longest, and never much longer than the others`, () => {
      let longest = 0;
      let worst = { id: '', ratio: 0 };
      for (const q of singles) {
        const lengths = q.choices.map((c) => text(c, lang).length);
        const right = lengths[q.answer]!;
        const wrong = Math.max(...lengths.filter((_, i) => i !== q.answer));
        if (right > wrong) longest++;
        if (right / wrong > worst.ratio) worst = { id: q.id, ratio: right / wrong };
      }
      const share = longest / singles.length;
      console.log(`[${lang}] correct choice longest in ${longest}/${singles.length} single-choice questions (${(share * 100).toFixed(1)}%); max correct/longest-wrong ratio ${worst.ratio.toFixed(2)} (${worst.id})`);
      expect(share).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
      expect(worst.ratio, worst.id).toBeLessThanOrEqual(MAX_RATIO);
    });
  }
});

// "N decimals" means half a unit of the N-th decimal (0.005 for 2); the grader itself adds a
// float slack of 1e-9 × max(1, |answer|) (withinTolerance), so the stated tolerance is exact.
// A whole-number answer is graded exactly.
const DECIMALS: Record<(typeof LANGS)[number], RegExp> = { en: /\b(\d) decimals?\b/, es: /\b(\d) decimal(?:es)?\b/ };
const WHOLE: Record<(typeof LANGS)[number], RegExp> = { en: /whole number|integer|3-digit code/i, es: /número entero|código de 3 cifras/i };

/** The decimals each language's prompt states: a number, 0 for a whole number, or undefined. */
export function statedDecimals(q: Question, lang: (typeof LANGS)[number]): number | undefined {
  const prompt = text(q.prompt, lang);
  const match = DECIMALS[lang].exec(prompt);
  if (match) return Number(match[1]);
  return WHOLE[lang].test(prompt) ? 0 : undefined;
}

describe('the bundled bank grades numbers by one tolerance rule', () => {
  const numeric = questions.flatMap(({ q }) => (q.type === 'numeric' || q.type === 'calculated' ? [q] : []));
  it('every numeric and calculated question states its decimals, and its tolerance is half a unit of the last one', () => {
    const wrong: string[] = [];
    for (const q of numeric) {
      const en = statedDecimals(q, 'en');
      const es = statedDecimals(q, 'es');
      const tolerance = q.tolerance && 'absolute' in q.tolerance ? q.tolerance.absolute : q.tolerance ? NaN : 0;
      const expected = en === undefined || en === 0 ? 0 : 0.5 * 10 ** -en;
      if (en === undefined || en !== es || Math.abs(tolerance - expected) > 1e-12) wrong.push(`${q.id}: states ${en}/${es} decimals, tolerance ${tolerance}`);
    }
    console.log(`numeric and calculated questions: ${numeric.length}, with decimals and tolerance that disagree: ${wrong.length}`);
    expect(wrong).toEqual([]);
  });
});

describe('the bundled bank covers the roadmap', () => {
  const required = bundle.roadmap.stages.slice(0, 5).flatMap((s) => s.topics.filter((t) => !t.optional).map((t) => t.id));
  it('every question has a topic and an explanation in both languages', () => {
    for (const { quiz, q } of questions) {
      expect(q.topic, `${quiz}/${q.id}`).toBeTruthy();
      for (const lang of LANGS) expect(text(q.explanation, lang).trim().length, `${quiz}/${q.id} ${lang}`).toBeGreaterThan(20);
    }
  });

  it('every required topic of stages 1-5 has at least 5 questions, and the bank has at least 220', () => {
    const counts = new Map(required.map((id) => [id, 0]));
    for (const { q } of questions) if (q.topic && counts.has(q.topic)) counts.set(q.topic, counts.get(q.topic)! + 1);
    const byType = new Map<string, number>();
    for (const { q } of questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    console.log(`questions: ${questions.length}; per topic: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}; per type: ${[...byType].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(required.length).toBe(21);
    expect([...counts].filter(([, n]) => n < 5)).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(220);
  });
});
