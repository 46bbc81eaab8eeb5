import { describe, expect, it } from 'vitest';
import { makeQuestion, makeQuiz } from '../../../test/support/builders.js';
import { drawQuiz, promptText } from './draw.js';

const quiz = makeQuiz({
  questions: [
    ...Array.from({ length: 12 }, (_, i) => makeQuestion({ type: 'single', id: `s${i}`, prompt: `Q${i}`, choices: ['a', 'b', 'c', 'd'], answer: 0 })),
    makeQuestion({
      type: 'calculated',
      id: 'calc',
      prompt: { en: 'Add {a} and {b}', es: 'Suma {a} y {b}' },
      variables: { a: '1..1000', b: { min: 0, max: 1, decimals: 2 } },
      answer: 'a + b',
    }),
    makeQuestion({ type: 'single', id: 'fixed', choices: ['x', 'y', 'all of the above'], answer: 2, shuffle: false }),
  ],
});

describe('drawQuiz', () => {
  it('is the same for the same seed: questions, order, choice order and values', () => {
    expect(drawQuiz(quiz, 1234, 14)).toEqual(drawQuiz(quiz, 1234, 14));
  });

  it('differs between seeds', () => {
    const ids = (seed: number) =>
      drawQuiz(quiz, seed, 14)
        .map((d) => d.question.id)
        .join();
    expect(new Set([1, 2, 3, 4, 5].map(ids)).size).toBeGreaterThan(1);
  });

  it('draws count questions, or all of them when count is larger', () => {
    expect(drawQuiz(quiz, 1, 5)).toHaveLength(5);
    expect(drawQuiz(quiz, 1, 500)).toHaveLength(14);
    expect(new Set(drawQuiz(quiz, 1, 500).map((d) => d.question.id)).size).toBe(14);
  });

  it('keeps the order of a question that says shuffle: false', () => {
    for (let seed = 0; seed < 20; seed++) {
      const fixed = drawQuiz(quiz, seed, 14).find((d) => d.question.id === 'fixed')!;
      expect(fixed.order).toEqual([0, 1, 2]);
    }
  });

  it('shuffles choices across seeds', () => {
    const orders = new Set(
      Array.from({ length: 30 }, (_, seed) =>
        drawQuiz(quiz, seed, 14)
          .find((d) => d.question.id === 's0')!
          .order.join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('draws values in range with the declared decimals and fills the prompt in any language', () => {
    for (let seed = 0; seed < 50; seed++) {
      const calc = drawQuiz(quiz, seed, 14).find((d) => d.question.id === 'calc')!;
      const { a, b } = calc.values as { a: number; b: number };
      expect(Number.isInteger(a) && a >= 1 && a <= 1000).toBe(true);
      expect(b >= 0 && b <= 1 && Number(b.toFixed(2)) === b && String(b).length <= 4).toBe(true);
      expect(promptText(calc, 'en')).toBe(`Add ${a} and ${b}`);
      expect(promptText(calc, 'es')).toBe(`Suma ${a} y ${b}`);
    }
  });
});
