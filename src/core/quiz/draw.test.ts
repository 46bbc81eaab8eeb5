import { describe, expect, it } from 'vitest';
import { makeQuestion, makeQuiz } from '../../../test/support/builders.js';
import { displayChoices, drawQuestion, drawQuiz, promptText } from './draw.js';

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

describe('drawQuestion', () => {
  it('gives questions without choices no order, and only calculated ones values', () => {
    for (const type of ['numeric', 'text', 'boolean'] as const) {
      expect(drawQuestion(makeQuestion({ type }), () => 0)).toMatchObject({ order: [], values: {} });
    }
    expect(drawQuestion(makeQuestion({ type: 'calculated', variables: { a: '3..3' } }), () => 0)).toMatchObject({ order: [], values: { a: 3 } });
  });

  it('keeps authored order without shuffle, and shuffles with the given random otherwise', () => {
    const q = makeQuestion({ type: 'single', choices: ['a', 'b', 'c', 'd'], answer: 0 });
    expect(drawQuestion({ ...q, shuffle: false } as typeof q, () => 0).order).toEqual([0, 1, 2, 3]);
    expect(drawQuestion(q, () => 0).order).toEqual([1, 2, 3, 0]);
  });
});

describe('promptText', () => {
  it('fills values only into a calculated prompt; any other prompt is shown as written', () => {
    const numeric = makeQuestion({ type: 'numeric', prompt: { en: 'What is {a}?', es: '¿Qué es {a}?' } });
    expect(promptText({ question: numeric, order: [], values: { a: 1 } }, 'es')).toBe('¿Qué es {a}?');
    const calc = makeQuestion({ type: 'calculated', prompt: 'Twice {a}, not {b}' });
    expect(promptText({ question: calc, order: [], values: { a: 0.5 } }, 'en')).toBe('Twice 0.5, not {b}');
  });
});

describe('displayChoices', () => {
  const trueFalse: [string, string] = ['Verdadero', 'Falso'];

  it('shows single and multiple choices in display order, in the language asked', () => {
    const single = makeQuestion({ type: 'single', choices: [{ en: 'one', es: 'uno' }, 'two', 'three'], answer: 0 });
    expect(displayChoices({ question: single, order: [2, 0, 1], values: {} }, 'es', trueFalse)).toEqual(['three', 'uno', 'two']);
    const multiple = makeQuestion({ type: 'multiple', choices: ['a', 'b'], answer: [0] });
    expect(displayChoices({ question: multiple, order: [1, 0], values: {} }, 'en', trueFalse)).toEqual(['b', 'a']);
  });

  it('shows the given true/false labels for a boolean, as a copy', () => {
    const shown = displayChoices({ question: makeQuestion({ type: 'boolean' }), order: [], values: {} }, 'es', trueFalse);
    expect(shown).toEqual(['Verdadero', 'Falso']);
    expect(shown).not.toBe(trueFalse);
  });

  it('shows no choices for other types', () => {
    for (const type of ['numeric', 'text', 'calculated'] as const) {
      expect(displayChoices({ question: makeQuestion({ type }), order: [], values: {} }, 'en', trueFalse)).toEqual([]);
    }
  });
});
