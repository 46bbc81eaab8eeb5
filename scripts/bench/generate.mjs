// Generators for `npm run bench`: roadmaps of any size and progress files of 1 and 5 years,
// written in today's version-1 layout (review log inside progress.json), so that mlroad's
// first write migrates them whatever layout it uses by then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `topics` topics in stages of 100, one quiz file of `perQuiz` questions per 10 topics. */
export function writeRoadmap(dir, { id, topics, perQuiz = 100 }) {
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  const stages = [];
  const quizCount = Math.ceil(topics / 10);
  for (let s = 0; s * 100 < topics; s++) {
    const lines = [];
    for (let n = s * 100; n < Math.min(topics, (s + 1) * 100); n++) {
      lines.push(
        `      - id: topic-${n}\n        title: {en: Topic ${n}, es: Tema ${n}}\n        summary: {en: What topic ${n} is about., es: De qué va el tema ${n}.}\n` +
          `        learn: [{en: First thing, es: Primera cosa}, {en: Second thing, es: Segunda cosa}]\n` +
          `        resources: [{title: Docs, url: "https://example.org/${n}", kind: docs}]${n % 10 === 0 ? `\n        quiz: quiz-${n / 10}` : ''}`,
      );
    }
    stages.push(`  - id: stage-${s}\n    title: {en: Stage ${s}, es: Etapa ${s}}\n    summary: Stage ${s}.\n    topics:\n${lines.join('\n')}`);
  }
  const includes = [];
  for (let q = 0; q < quizCount; q++) {
    includes.push(`  - include: quizzes/quiz-${q}.yaml`);
    writeFileSync(join(dir, 'quizzes', `quiz-${q}.yaml`), quizYaml(q, perQuiz));
  }
  writeFileSync(
    join(dir, 'roadmap.yaml'),
    `formatVersion: 1\nid: ${id}\ntitle: Generated ${topics}\ndescription: A generated roadmap for benchmarks.\nstages:\n${stages.join('\n')}\nquizzes:\n${includes.join('\n')}\n`,
  );
  return { quizCount, questionIds: Array.from({ length: perQuiz }, (_, i) => `q${i}`) };
}

function quizYaml(q, count) {
  const questions = [];
  for (let i = 0; i < count; i++) {
    questions.push(
      i % 2
        ? `  - id: q${i}\n    type: single\n    prompt: {en: "Question ${i} of quiz ${q}: which is right?", es: "Pregunta ${i} del quiz ${q}: ¿cuál es la buena?"}\n    choices: [{en: Right, es: Bien}, {en: Wrong, es: Mal}, {en: Also wrong, es: También mal}]\n    answer: 0\n    explanation: {en: Because it is right., es: Porque está bien.}`
        : `  - id: q${i}\n    type: calculated\n    prompt: "Quiz ${q}, question ${i}: what is {a} + {b}?"\n    variables: {a: 1..100, b: 1..100}\n    answer: a + b\n    explanation: Add them.`,
    );
  }
  return `id: quiz-${q}\ntitle: Quiz ${q}\nquestions:\n${questions.join('\n')}\n`;
}

const DAY = 86_400_000;

/**
 * A version-1 progress file after `years` of daily use: `cards` review cards, `entries`
 * review-log entries, `due` cards due now, topics done in order, a few quiz attempts a week.
 */
export function writeProgress(configDir, { roadmapId, years, cards, entries, due, topics, quizCount, questionIds, now = Date.now() }) {
  mkdirSync(configDir, { recursive: true });
  const start = now - years * 365 * DAY;
  const span = now - start;
  const iso = (ms) => new Date(ms).toISOString();
  const keys = [];
  for (let q = 0; keys.length < cards && q < quizCount; q++) for (const id of questionIds) if (keys.length < cards) keys.push(`quiz-${q}/${id}`);
  const cardRecords = {};
  keys.forEach((key, i) => {
    const last = start + Math.floor(((i + 1) / keys.length) * (span - DAY));
    const dueAt = i < due ? now - DAY - i * 60_000 : now + DAY + (i % 300) * DAY;
    cardRecords[key] = {
      due: iso(dueAt),
      stability: 12.5,
      difficulty: 5.1,
      elapsed_days: 10,
      scheduled_days: 30,
      learning_steps: 0,
      reps: 8,
      lapses: 1,
      state: 2,
      last_review: iso(last),
    };
  });
  const reviewLog = [];
  for (let i = 0; i < entries; i++) {
    reviewLog.push({
      card: keys[i % keys.length],
      at: iso(start + Math.floor((i / entries) * span)),
      rating: 1 + (i % 4),
      scheduled: i % 5 !== 0,
      source: i % 3 ? 'review' : 'quiz',
    });
  }
  const topicRecords = {};
  const doneTopics = Math.min(topics - 10, Math.round(topics * Math.min(1, years / 6)));
  for (let n = 0; n < doneTopics; n++)
    topicRecords[`topic-${n}`] = { status: n % 17 ? 'done' : 'skipped', at: iso(start + Math.floor((n / doneTopics) * span)) };
  const attempts = [];
  for (let a = 0; a < years * 150; a++) {
    const quiz = `quiz-${a % quizCount}`;
    const questions = questionIds.slice(0, 10).map((id, k) => ({ id, correct: (a + k) % 3 !== 0, answered: true }));
    attempts.push({
      quiz,
      at: iso(start + Math.floor((a / (years * 150)) * span)),
      seed: String(a),
      score: questions.filter((x) => x.correct).length,
      total: 10,
      finished: true,
      questions,
    });
  }
  const file = { version: 1, settings: {}, roadmaps: { [roadmapId]: { topics: topicRecords, attempts, cards: cardRecords, reviewLog } } };
  writeFileSync(join(configDir, 'progress.json'), JSON.stringify(file, null, '\t'));
}
