import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_FORM_LIMITS, withinLimits } from './limits.js';
import { attemptLimit, CARD_LIMITS, cardLimit } from './validate.js';

// The quick passes must accept exactly what withinLimits accepts; they only skip its stack. Each
// counts at least what withinLimits counts, and defers to it past the limit.
const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 900, maxLength: 1400 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), scalar, { maxKeys: 3 }));
const flat = fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 8 });

describe('quick limit checks', () => {
  it('a card passes cardLimit exactly when it passes withinLimits', () => {
    fc.assert(
      fc.property(flat, (card) => {
        expect(cardLimit(card) === undefined).toBe(withinLimits(card, CARD_LIMITS) === undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('an attempt passes attemptLimit exactly when it passes withinLimits', () => {
    const huge = fc.integer({ min: 200_000, max: 260_000 }).map((n) => 'x'.repeat(n));
    const attempt = fc.record({
      quiz: fc.oneof(fc.string({ maxLength: 20 }), huge),
      score: fc.oneof(fc.integer(), fc.constant(Number.NaN)),
      finished: fc.boolean(),
      questions: fc.array(fc.oneof(flat, fc.record({ id: fc.oneof(fc.string(), huge), correct: fc.boolean() })), { maxLength: 6 }),
      extra: fc.option(value, { nil: undefined }),
    });
    fc.assert(
      fc.property(attempt, (a) => {
        expect(attemptLimit(a) === undefined).toBe(withinLimits(a, FREE_FORM_LIMITS) === undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('agree at the very edge of the limit, where a field counted short would let an oversized record through', () => {
    // The longest string withinLimits still accepts beside these fields, found by asking it.
    const edge = <T>(make: (n: number) => T, ok: (x: T) => boolean) => {
      let n = 0;
      while (ok(make(n + 1))) n++;
      return n;
    };
    const card = (n: number) => ({ due: 'x'.repeat(n), stability: 1.5, reps: 3, state: 2, flag: true });
    const cardEdge = edge(card, (c) => withinLimits(c, CARD_LIMITS) === undefined);
    expect(cardLimit(card(cardEdge + 1))).toBe(withinLimits(card(cardEdge + 1), CARD_LIMITS));
    expect(cardLimit(card(cardEdge))).toBeUndefined();
    const attempt = (n: number) => ({ quiz: 'q', score: 1, finished: true, questions: [{ id: 'x'.repeat(n), correct: true, answered: false }] });
    const big = 999_900;
    const attemptEdge =
      big +
      edge(
        (n) => attempt(big + n),
        (a) => withinLimits(a, FREE_FORM_LIMITS) === undefined,
      );
    expect(attemptLimit(attempt(attemptEdge + 1))).toBe(withinLimits(attempt(attemptEdge + 1), FREE_FORM_LIMITS));
    expect(attemptLimit(attempt(attemptEdge))).toBeUndefined();
  });
});

describe('quick limit checks, many short fields', () => {
  it('a card of many long keys with one-letter values is refused as withinLimits refuses it', () => {
    const card = Object.fromEntries(Array.from({ length: 255 }, (_, i) => [`field-${String(i).padStart(6, '0')}`, 'v']));
    expect(withinLimits(card, CARD_LIMITS)).toBeDefined();
    expect(cardLimit(card)).toBe(withinLimits(card, CARD_LIMITS));
  });
});

describe('quick limit checks, field kinds and order', () => {
  it('a card of many long keys with number values is refused as withinLimits refuses it', () => {
    const card = Object.fromEntries(Array.from({ length: 255 }, (_, i) => [`field-${String(i).padStart(6, '0')}`, 1]));
    expect(withinLimits(card, CARD_LIMITS)).toBeDefined();
    expect(cardLimit(card)).toBe(withinLimits(card, CARD_LIMITS));
  });

  it('an attempt whose first field is a number passes', () => {
    expect(attemptLimit({ score: 1, total: 1, quiz: 'q', at: '2026-01-01T00:00:00.000Z', seed: '1', finished: true, questions: [] })).toBeUndefined();
  });
});
