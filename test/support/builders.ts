import type { Question, Quiz, Roadmap, Stage, Topic } from '../../src/core/roadmap/types.js';

export function makeTopic(overrides: Partial<Topic> = {}): Topic {
  const id = overrides.id ?? 'topic';
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}`,
    learn: ['one thing'],
    resources: [],
    milestones: [],
    optional: false,
    exercises: [],
    ...overrides,
  };
}

export function makeStage(overrides: Partial<Stage> = {}): Stage {
  const id = overrides.id ?? 'stage';
  return { id, title: `Stage ${id}`, summary: `About ${id}`, topics: [makeTopic()], ...overrides };
}

export function makeRoadmap(overrides: Partial<Roadmap> = {}): Roadmap {
  return {
    formatVersion: 1,
    id: 'test-roadmap',
    title: 'Test roadmap',
    description: 'For tests',
    credits: [],
    tips: [],
    stages: [makeStage()],
    quizzes: [],
    exercises: [],
    ...overrides,
  };
}

export function makeQuestion(overrides: Partial<Question> & Pick<Question, 'type'>): Question {
  const base = { id: 'q1', prompt: 'A question?', explanation: 'Because.' };
  switch (overrides.type) {
    case 'single':
      return { ...base, choices: ['a', 'b', 'c'], answer: 1, shuffle: true, ...overrides } as Question;
    case 'multiple':
      return { ...base, choices: ['a', 'b', 'c'], answer: [0, 2], shuffle: true, ...overrides } as Question;
    case 'boolean':
      return { ...base, answer: true, ...overrides } as Question;
    case 'numeric':
      return { ...base, answer: 0.5, ...overrides } as Question;
    case 'text':
      return { ...base, answers: ['regression'], ...overrides } as Question;
    case 'calculated':
      return { ...base, variables: { a: '1..9' }, answer: 'a * 2', ...overrides } as Question;
  }
}

export function makeQuiz(overrides: Partial<Quiz> = {}): Quiz {
  return { id: 'quiz', title: 'Quiz', passPercent: 80, questions: [makeQuestion({ type: 'single' })], ...overrides };
}
