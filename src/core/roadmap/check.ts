import type { PathSegment } from './path.js';
import type { Question, Quiz } from './schema.js';
import { allVariants } from '../text.js';
import { compileFormula } from '../quiz/formula.js';
import { parseRange } from '../quiz/variables.js';

export interface CheckIssue {
  /** The quiz whose file the path is relative to; absent for the main document. */
  quizIndex?: number;
  path: PathSegment[];
  message: string;
}

/** The main document as far as the checks need it; may come from a file the schema rejected. */
export interface LooseDoc {
  stages?: unknown;
}

/**
 * What a schema cannot see: unique ids, references, answers in range, formulas. Runs on the
 * raw document too, so one schema error does not hide the rest of an author's problems.
 */
export function checkRoadmap(doc: LooseDoc, quizzes: readonly Quiz[], knownQuizIds: readonly string[] = quizzes.map((q) => q.id)): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const firstSeen = new Map<string, string>();
  const duplicate = (kind: string, id: string, path: PathSegment[], where: string) => {
    const key = `${kind}:${id}`;
    const prior = firstSeen.get(key);
    if (prior) issues.push({ path, message: `duplicate ${kind} id "${id}" (first used at ${prior}); ids must be unique` });
    else firstSeen.set(key, where);
  };

  const quizIds = new Set(knownQuizIds);
  records(doc.stages).forEach((stage, s) => {
    if (typeof stage.id === 'string') duplicate('stage', stage.id, ['stages', s, 'id'], `stages[${s}]`);
    if (Array.isArray(stage.topics) && stage.topics.length === 0) {
      issues.push({ path: ['stages', s, 'topics'], message: `stage "${String(stage.id)}" has no topics; add one or remove the stage` });
    }
    records(stage.topics).forEach((topic, t) => {
      if (typeof topic.id === 'string') duplicate('topic', topic.id, ['stages', s, 'topics', t, 'id'], `stages[${s}].topics[${t}]`);
      if (typeof topic.quiz === 'string' && !quizIds.has(topic.quiz)) {
        issues.push({
          path: ['stages', s, 'topics', t, 'quiz'],
          message: `quiz "${topic.quiz}" does not exist; define it under quizzes or fix the id${quizIds.size ? ` (quizzes: ${[...quizIds].join(', ')})` : ''}`,
        });
      }
    });
  });

  quizzes.forEach((quiz, q) => {
    duplicate('quiz', quiz.id, ['id'], `quiz "${quiz.id}"`);
    issues.push(...checkQuiz(quiz).map((i) => ({ ...i, quizIndex: q })));
  });
  return issues;
}

export function checkQuiz(quiz: Quiz): Omit<CheckIssue, 'quizIndex'>[] {
  const issues: Omit<CheckIssue, 'quizIndex'>[] = [];
  if (quiz.questions.length === 0) {
    issues.push({ path: ['questions'], message: `quiz "${quiz.id}" has no questions; add at least one` });
  }
  const ids = new Map<string, number>();
  const prompts = new Map<string, number>();
  quiz.questions.forEach((question, i) => {
    const at = (...rest: PathSegment[]) => ['questions', i, ...rest];
    const priorId = ids.get(question.id);
    if (priorId !== undefined) issues.push({ path: at('id'), message: `duplicate question id "${question.id}" (also questions[${priorId}]); ids must be unique in a quiz` });
    else ids.set(question.id, i);
    for (const variant of allVariants(question.prompt)) {
      const key = variant.trim().toLowerCase();
      const prior = prompts.get(key);
      if (prior !== undefined && prior !== i) issues.push({ path: at('prompt'), message: `same prompt as questions[${prior}]; every question must ask something different` });
      else prompts.set(key, i);
    }
    for (const message of checkAnswer(question)) issues.push({ path: at(message.field), message: message.text });
  });
  return issues;
}

/** The elements of `list` that are objects, at their original indexes (others become {}). */
function records(list: unknown): Record<string, unknown>[] {
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {}));
}

function checkAnswer(question: Question): { field: PathSegment; text: string }[] {
  switch (question.type) {
    case 'single':
      return question.answer < question.choices.length
        ? []
        : [{ field: 'answer', text: `answer ${question.answer} is out of range: choices are numbered 0 to ${question.choices.length - 1}` }];
    case 'multiple': {
      const out: { field: PathSegment; text: string }[] = [];
      const bad = question.answer.filter((a) => a >= question.choices.length);
      if (bad.length) out.push({ field: 'answer', text: `answer ${bad.join(', ')} out of range: choices are numbered 0 to ${question.choices.length - 1}` });
      if (new Set(question.answer).size !== question.answer.length) out.push({ field: 'answer', text: 'answer lists the same choice twice' });
      return out;
    }
    case 'calculated':
      return checkCalculated(question);
    default:
      return [];
  }
}

function checkCalculated(question: Extract<Question, { type: 'calculated' }>): { field: PathSegment; text: string }[] {
  const out: { field: PathSegment; text: string }[] = [];
  const names = Object.keys(question.variables);
  for (const name of names) {
    const range = parseRange(question.variables[name]!);
    if (range.min > range.max) out.push({ field: 'variables', text: `variable "${name}": min ${range.min} is above max ${range.max}` });
  }
  const compiled = compileFormula(question.answer, names);
  if (!compiled.ok) out.push({ field: 'answer', text: compiled.error });
  for (const prompt of allVariants(question.prompt)) {
    for (const match of prompt.matchAll(/\{(\w+)\}/g)) {
      if (!names.includes(match[1]!)) out.push({ field: 'prompt', text: `placeholder {${match[1]}} is not a variable; declare it under variables` });
    }
  }
  return out;
}
