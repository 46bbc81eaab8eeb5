import type { Question } from '../roadmap/types.js';
import { allVariants } from '../text.js';
import type { DrawnQuestion } from './draw.js';

/** What the learner gave, in display terms (choice numbers are 1-based, as shown). */
export type Given =
  | { kind: 'choices'; picks: number[] }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'invalid'; raw: string }
  | { kind: 'none' };

export interface Grade {
  correct: boolean;
  /** The right answer in the form plain mode accepts as input. */
  expected: string;
  /** For `multiple`: right choices not picked, and wrong ones picked (display numbers). */
  missed: number[];
  extra: number[];
}

/** Evaluates a `calculated` formula; injected so only grading loads the parser. */
export type Evaluate = (formula: string, values: Record<string, number>) => number;

type Tolerance = { absolute: number } | { relative: number } | undefined;

/** Reads one line of plain-mode input for this question; anything unusable is `invalid`. */
export function parseAnswer(drawn: DrawnQuestion, line: string): Given {
  const raw = line.trim();
  const q = drawn.question;
  switch (q.type) {
    case 'single':
    case 'boolean': {
      // Stryker disable next-line Regex: of true/t/false/f, only true and t contain a t, so /t/i picks the same
      if (q.type === 'boolean' && /^(true|t|false|f)$/i.test(raw)) return { kind: 'choices', picks: [/^t/i.test(raw) ? 1 : 2] };
      const n = Number(raw);
      const max = q.type === 'boolean' ? 2 : drawn.order.length;
      return /^\d+$/.test(raw) && n >= 1 && n <= max ? { kind: 'choices', picks: [n] } : { kind: 'invalid', raw };
    }
    case 'multiple': {
      // Stryker disable next-line Regex: splitting on single separators leaves empty parts, which the filter drops
      const parts = raw.split(/[\s,]+/).filter(Boolean);
      const picks = parts.map(Number);
      const ok = parts.length > 0 && parts.every((p) => /^\d+$/.test(p)) && picks.every((n) => n >= 1 && n <= drawn.order.length);
      return ok ? { kind: 'choices', picks: [...new Set(picks)].sort((a, b) => a - b) } : { kind: 'invalid', raw };
    }
    case 'numeric':
    case 'calculated': {
      const value = parseNumber(raw);
      return value === undefined ? { kind: 'invalid', raw } : { kind: 'number', value };
    }
    case 'text':
      return raw === '' ? { kind: 'invalid', raw } : { kind: 'text', value: raw };
  }
}

/** `0.75`, `-3`, `1e-3`, or `0,75` (a decimal comma, as many Spanish speakers write). */
export function parseNumber(raw: string): number | undefined {
  // Stryker disable next-line Regex: without ^ a longer match only ever yields a text the strict test below refuses
  const text = /^[-+]?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function grade(drawn: DrawnQuestion, given: Given, evaluate: Evaluate): Grade {
  const q = drawn.question;
  const none = { missed: [], extra: [] };
  switch (q.type) {
    case 'single': {
      const right = drawn.order.indexOf(q.answer) + 1;
      return { ...none, correct: given.kind === 'choices' && given.picks[0] === right, expected: String(right) };
    }
    case 'boolean': {
      const right = q.answer ? 1 : 2;
      return { ...none, correct: given.kind === 'choices' && given.picks[0] === right, expected: String(right) };
    }
    case 'multiple': {
      const right = q.answer.map((i) => drawn.order.indexOf(i) + 1).sort((a, b) => a - b);
      const picks = given.kind === 'choices' ? given.picks : [];
      const missed = right.filter((n) => !picks.includes(n));
      const extra = picks.filter((n) => !right.includes(n));
      return { correct: given.kind === 'choices' && missed.length === 0 && extra.length === 0, expected: right.join(','), missed, extra };
    }
    case 'numeric':
      return { ...none, correct: given.kind === 'number' && withinTolerance(given.value, q.answer, q.tolerance), expected: String(q.answer) };
    case 'calculated': {
      const answer = expectedNumber(drawn, evaluate);
      return { ...none, correct: given.kind === 'number' && withinTolerance(given.value, answer, q.tolerance), expected: String(answer) };
    }
    case 'text': {
      const accepted = q.answers.flatMap(allVariants).map(normalizeText);
      return { ...none, correct: given.kind === 'text' && accepted.includes(normalizeText(given.value)), expected: firstAnswer(q) };
    }
  }
}

export function expectedNumber(drawn: DrawnQuestion, evaluate: Evaluate): number {
  const q = drawn.question as Extract<Question, { type: 'calculated' }>;
  return evaluate(q.answer, drawn.values);
}

function firstAnswer(q: Extract<Question, { type: 'text' }>): string {
  const first = q.answers[0]!;
  return typeof first === 'string' ? first : (first.en ?? Object.values(first)[0] ?? '');
}

/** Exact means equal up to floating-point noise. */
export function withinTolerance(given: number, expected: number, tolerance: Tolerance): boolean {
  const diff = Math.abs(given - expected);
  const noise = 1e-9 * Math.max(1, Math.abs(expected));
  if (!tolerance) return diff <= noise;
  if ('absolute' in tolerance) return diff <= tolerance.absolute + noise;
  return diff <= tolerance.relative * Math.abs(expected) + noise;
}

/** Case, accents and runs of spaces do not matter: "Regresión " matches "regresion". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
