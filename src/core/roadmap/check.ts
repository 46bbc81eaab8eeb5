import { type Bounds, compileFormula, findNonFinite } from '../quiz/formula.js';
import { seededRandom } from '../quiz/random.js';
import { parseRange } from '../quiz/variables.js';
import { allVariants } from '../text.js';
import type { PathIssue, Said } from './issue.js';
import type { PathSegment } from './path.js';
import type { Exercise, Question, Quiz } from './schema.js';

export interface CheckIssue extends PathIssue {
  /** The quiz whose file the path is relative to; absent for the main document. */
  quizIndex?: number;
}

/** The main document as far as the checks need it; may come from a file the schema rejected. */
export interface LooseDoc {
  stages?: unknown;
}

/**
 * What a schema cannot see in the main document: unique ids (quiz ids included), references,
 * empty stages. Runs on the raw document too, so one schema error does not hide the rest of an
 * author's problems. Each quiz's own problems come from `checkQuiz`.
 */
export function checkRoadmap(
  doc: LooseDoc,
  quizzes: readonly { id: string; where: string }[],
  knownQuizIds: readonly string[] = quizzes.map((q) => q.id),
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const firstSeen = new Map<string, string>();
  const duplicate = (code: 'duplicateStage' | 'duplicateTopic' | 'duplicateQuiz', id: string, path: PathSegment[], where: string) => {
    const key = `${code}:${id}`;
    const prior = firstSeen.get(key);
    if (prior) issues.push({ path, code, params: { id, first: prior } });
    else firstSeen.set(key, where);
  };

  const referable = new Set(knownQuizIds);
  records(doc.stages).forEach((stage, s) => {
    if (typeof stage.id === 'string') duplicate('duplicateStage', stage.id, ['stages', s, 'id'], `stages[${s}]`);
    if (Array.isArray(stage.topics) && stage.topics.length === 0) {
      issues.push({ path: ['stages', s, 'topics'], code: 'emptyStage', params: { stage: String(stage.id) } });
    }
    records(stage.topics).forEach((topic, t) => {
      if (typeof topic.id === 'string') duplicate('duplicateTopic', topic.id, ['stages', s, 'topics', t, 'id'], `stages[${s}].topics[${t}]`);
      if (typeof topic.quiz === 'string' && !referable.has(topic.quiz)) {
        issues.push({
          path: ['stages', s, 'topics', t, 'quiz'],
          ...(referable.size
            ? { code: 'unknownQuiz' as const, params: { quiz: topic.quiz, known: [...referable].join(', ') } }
            : { code: 'unknownQuizNone' as const, params: { quiz: topic.quiz } }),
        });
      }
    });
  });

  quizzes.forEach(({ id, where }, q) => {
    const before = issues.length;
    duplicate('duplicateQuiz', id, ['id'], where);
    if (issues.length > before) issues[before]!.quizIndex = q;
  });
  return issues;
}

/**
 * What a schema cannot see in one quiz: unique ids and prompts, answers in range, formulas, and,
 * given the roadmap's topic ids, that each question's `topic` names one of them.
 */
export function checkQuiz(quiz: Quiz, topicIds?: ReadonlySet<string>): PathIssue[] {
  const issues: PathIssue[] = [];
  if (quiz.questions.length === 0) {
    issues.push({ path: ['questions'], code: 'emptyQuiz', params: { quiz: quiz.id } });
  }
  const ids = new Map<string, number>();
  const prompts = new Map<string, number>();
  quiz.questions.forEach((question, i) => {
    const at = (...rest: PathSegment[]) => ['questions', i, ...rest];
    const priorId = ids.get(question.id);
    if (priorId !== undefined) issues.push({ path: at('id'), code: 'duplicateQuestion', params: { id: question.id, first: priorId } });
    else ids.set(question.id, i);
    for (const variant of allVariants(question.prompt)) {
      const key = variant.trim().toLowerCase();
      const prior = prompts.get(key);
      if (prior !== undefined && prior !== i) issues.push({ path: at('prompt'), code: 'samePrompt', params: { first: prior } });
      else prompts.set(key, i);
    }
    if (topicIds && question.topic !== undefined && !topicIds.has(question.topic)) {
      issues.push({ path: at('topic'), code: 'unknownQuestionTopic', params: { topic: question.topic, known: [...topicIds].join(', ') } });
    }
    for (const { field, ...said } of checkAnswer(question)) issues.push({ path: at(field), ...said });
  });
  return issues;
}

/** Every topic id the main document declares, read loosely so a schema error elsewhere does not hide them. */
export function topicIdsOf(doc: LooseDoc): Set<string> {
  const ids = records(doc.stages).flatMap((stage) => records(stage.topics).map((topic) => topic.id));
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

/** The elements of `list` that are objects, at their original indexes (others become {}). */
function records(list: unknown): Record<string, unknown>[] {
  // Stryker disable next-line ArrayDeclaration: a list of one text finds nothing, as a text has no id, topics, quiz or exercises
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {}));
}

type FieldIssue = Said & { field: PathSegment };

function checkAnswer(question: Question): FieldIssue[] {
  switch (question.type) {
    case 'single':
      return question.answer < question.choices.length
        ? []
        : [{ field: 'answer', code: 'answerOutOfRange', params: { answer: question.answer, max: question.choices.length - 1 } }];
    case 'multiple': {
      const out: FieldIssue[] = [];
      const bad = question.answer.filter((a) => a >= question.choices.length);
      if (bad.length) out.push({ field: 'answer', code: 'answersOutOfRange', params: { answers: bad.join(', '), max: question.choices.length - 1 } });
      if (new Set(question.answer).size !== question.answer.length) out.push({ field: 'answer', code: 'answerTwice' });
      return out;
    }
    case 'calculated':
      return checkCalculated(question);
    default:
      return [];
  }
}

function checkCalculated(question: Extract<Question, { type: 'calculated' }>): FieldIssue[] {
  const out: FieldIssue[] = [];
  const names = Object.keys(question.variables);
  const bounds: Record<string, Bounds> = {};
  for (const name of names) {
    const range = parseRange(question.variables[name]!);
    if (range.min > range.max) out.push({ field: 'variables', code: 'rangeInverted', params: { name, min: range.min, max: range.max } });
    Object.defineProperty(bounds, name, { value: range, enumerable: true });
  }
  const compiled = compileFormula(question.answer, names);
  if (!compiled.ok) out.push({ field: 'answer', ...compiled.error });
  else if (out.length === 0) {
    // A seeded sample: the same roadmap always gets the same verdict.
    const bad = findNonFinite(compiled.evaluate, bounds, seededRandom(1));
    if (bad) {
      const value = String(compiled.evaluate(bad));
      const vars =
        Object.entries(bad)
          .map(([k, v]) => `${k} = ${v}`)
          .join(', ') || '-';
      out.push({ field: 'answer', code: 'formulaNotFinite', params: { value, vars } });
    }
  }
  for (const prompt of allVariants(question.prompt)) {
    for (const match of prompt.matchAll(/\{(\w+)\}/g)) {
      if (!names.includes(match[1]!)) out.push({ field: 'prompt', code: 'placeholderUnknown', params: { placeholder: match[0] } });
    }
  }
  return out;
}

/** Every directory an exercise names, with where it is named. */
export function exerciseDirs(exercise: Exercise): { path: PathSegment[]; dir: string }[] {
  const out = [{ path: ['starter'] as PathSegment[], dir: exercise.starter }];
  if (exercise.check.files) out.push({ path: ['check', 'files'], dir: exercise.check.files });
  if (exercise.solution) out.push({ path: ['solution'], dir: exercise.solution });
  return out;
}

/** Topics that name an exercise the roadmap does not define. */
export function checkExerciseRefs(doc: unknown, known: ReadonlySet<string>): PathIssue[] {
  const issues: PathIssue[] = [];
  const stages = typeof doc === 'object' && doc !== null ? (doc as LooseDoc).stages : undefined;
  records(stages).forEach((stage, s) => {
    records(stage.topics).forEach((topic, t) => {
      if (!Array.isArray(topic.exercises)) return;
      topic.exercises.forEach((id: unknown, e: number) => {
        if (typeof id !== 'string' || known.has(id)) return;
        issues.push({
          path: ['stages', s, 'topics', t, 'exercises', e],
          ...(known.size
            ? { code: 'unknownExercise' as const, params: { id, known: [...known].join(', ') } }
            : { code: 'unknownExerciseNone' as const, params: { id } }),
        });
      });
    });
  });
  return issues;
}
