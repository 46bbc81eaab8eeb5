import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../src/core/quiz/formula.js';
import { seededRandom } from '../src/core/quiz/random.js';
import { drawVariables } from '../src/core/quiz/variables.js';
import type { Question, Quiz } from '../src/core/roadmap/types.js';
import { allVariants } from '../src/core/text.js';
import { parseFromDisk } from '../src/store/roadmap-loader.js';
import { BUNDLED } from './support/cli.js';

const { bundle } = await parseFromDisk(join(BUNDLED, 'roadmap.yaml'));
const { roadmap, quizzes } = bundle;
const quiz = (id: string): Quiz => quizzes.find((q) => q.id === id)!;

describe('the bundled roadmap', () => {
  it('parses and passes every check', () => {
    expect(roadmap.id).toBe('ml-engineer');
  });

  it('has the stages in the source order and at least 27 required topics', () => {
    expect(roadmap.stages.map((s) => s.id)).toEqual([
      'fundamentals',
      'data',
      'machine-learning',
      'deep-learning',
      'ml-engineering',
      'tools',
      'projects',
      'career',
    ]);
    const required = roadmap.stages.flatMap((s) => s.topics).filter((t) => !t.optional);
    expect(required.length).toBeGreaterThanOrEqual(27);
    expect(roadmap.stages.find((s) => s.id === 'tools')!.topics.every((t) => t.optional)).toBe(true);
  });

  it('gives every topic a summary, a checklist and official https resources', () => {
    for (const topic of roadmap.stages.flatMap((s) => s.topics)) {
      expect(topic.learn.length, topic.id).toBeGreaterThan(0);
      expect(topic.resources.length, topic.id).toBeGreaterThan(0);
      for (const r of topic.resources) expect(r.url, topic.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('has the five projects with milestones', () => {
    const projects = roadmap.stages.find((s) => s.id === 'projects')!.topics;
    expect(projects.map((t) => t.id)).toEqual([
      'project-churn',
      'project-flower-classifier',
      'project-movie-recommender',
      'project-sales-forecast',
      'project-end-to-end',
    ]);
    for (const p of projects) expect(p.milestones.length, p.id).toBeGreaterThanOrEqual(3);
  });

  it('credits Juan Duran and carries the source tips', () => {
    expect(roadmap.credits.map((c) => c.author)).toContain('Juan Duran');
    expect(roadmap.tips.length).toBeGreaterThanOrEqual(6);
  });

  it('links the eight quizzes from topics, ml-metrics among them', () => {
    const linked = new Set(roadmap.stages.flatMap((s) => s.topics).flatMap((t) => (t.quiz ? [t.quiz] : [])));
    for (const id of ['python', 'math-for-ml', 'data-prep', 'ml-models', 'ml-metrics', 'validation', 'deep-learning', 'mlops']) {
      expect(linked.has(id), id).toBe(true);
    }
  });
});

describe('source coverage: every bullet of the source is in the roadmap', () => {
  // Distinctive words of each stage, bullet, project, value and tip of the source document.
  const phrases = [
    'no se pasa el día entero entrenando modelos',
    'científicos de datos',
    'pipelines robustos de datos',
    'Elegir, entrenar y ajustar',
    'testing y validación de modelos',
    'Desplegar y monitorizar',
    'Python sí o sí',
    'álgebra lineal',
    'cálculo básico',
    'estadística',
    'descomponer problemas',
    'eficiencia',
    'algoritmos',
    'estructuras de datos',
    'pandas',
    'NumPy',
    'SQL',
    'outliers',
    'nulos',
    'duplicados',
    'mal formateados',
    'escalado',
    'codificación',
    'normalización',
    'Feature-engine',
    'sklearn-pandas',
    'Los modelos buenos nacen de buenos datos',
    'regresión lineal',
    'regresión logística',
    'árboles de decisión',
    'random forest',
    'SVM',
    'k-NN',
    'cuándo usar',
    'accuracy',
    'recall',
    'precision',
    'F1',
    'ROC',
    'cross-validation',
    'grid search',
    'hyperparameter tuning',
    'el más adecuado',
    'Keras',
    'PyTorch',
    'CNN',
    'RNN',
    'LSTM',
    'Transformers',
    'fine-tuning',
    'magia negra',
    'te diferencias de un Data Scientist',
    'MLflow',
    'Airflow',
    'Prefect',
    'Versiona',
    'CI/CD',
    'Docker',
    'Git',
    'FastAPI',
    'Flask',
    'Lambda',
    'te convierte en ingeniero',
    'caja de herramientas',
    'TensorFlow',
    'DVC',
    'GCP',
    'AWS',
    'Azure',
    'orquestar',
    'Pero tenlas en el radar',
    'churn',
    'flores',
    'películas',
    'embeddings',
    'series temporales',
    'ventas',
    'end-to-end',
    'aunque sea en tu máquina local',
    'comunicar',
    'notebooks eternos',
    'Pensamiento crítico',
    'buenas prácticas de software',
    'proyectos reales',
    'Curiosidad',
    'no se aprende en cursos',
    'No te frustres',
    'consolida lo básico',
    'Haz proyectos',
    'Comparte',
    'Busca comunidad',
    'maratón, no un sprint',
  ];
  const corpus = collect(roadmap).join('\n').toLowerCase();
  it.each(phrases)('%s', (phrase) => {
    expect(corpus).toContain(phrase.toLowerCase());
  });
});

describe('the bundled question bank', () => {
  it('has the eight quizzes with at least 12 questions each', () => {
    for (const id of ['python', 'math-for-ml', 'data-prep', 'ml-models', 'ml-metrics', 'validation', 'deep-learning', 'mlops']) {
      expect(quiz(id)?.questions.length ?? 0, id).toBeGreaterThanOrEqual(12);
    }
  });

  it('gives every question an explanation in English and Spanish', () => {
    for (const q of quizzes.flatMap((z) => z.questions)) {
      // The format lets an explanation be left out; the bundled bank never does.
      expect(q.explanation, q.id).toBeDefined();
      expect(
        allVariants(q.explanation!).every((e) => e.trim().length > 20),
        q.id,
      ).toBe(true);
    }
  });

  it('points every choice answer at an existing choice', () => {
    for (const q of quizzes.flatMap((z) => z.questions)) {
      if (q.type === 'single') expect(q.answer, q.id).toBeLessThan(q.choices.length);
      if (q.type === 'multiple') for (const a of q.answer) expect(a, q.id).toBeLessThan(q.choices.length);
    }
  });

  it('has no two questions with the same prompt in a quiz', () => {
    for (const z of quizzes) {
      const prompts = z.questions.map((q) => JSON.stringify(q.prompt));
      expect(new Set(prompts).size, z.id).toBe(prompts.length);
    }
  });

  it('evaluates every calculated question to a finite number over 1,000 draws', () => {
    const random = seededRandom(20260101);
    for (const q of quizzes.flatMap((z) => z.questions)) {
      if (q.type !== 'calculated') continue;
      const compiled = compileFormula(q.answer, Object.keys(q.variables));
      expect(compiled.ok, q.id).toBe(true);
      if (!compiled.ok) continue;
      for (let i = 0; i < 1000; i++) {
        const value = compiled.evaluate(drawVariables(q.variables, random));
        expect(Number.isFinite(value), `${q.id}: ${value}`).toBe(true);
      }
    }
  });

  it('asks precision, recall, F1 and accuracy from a random confusion matrix in ml-metrics', () => {
    const formulas = quiz('ml-metrics').questions.flatMap((q) => (q.type === 'calculated' ? [q.answer.replace(/\s+/g, '')] : []));
    expect(formulas).toEqual(expect.arrayContaining(['tp/(tp+fp)', 'tp/(tp+fn)', '2*tp/(2*tp+fp+fn)']));
    expect(formulas.some((f) => /tp\+tn/.test(f))).toBe(true);
  });

  it('has calculated questions in math-for-ml', () => {
    expect(quiz('math-for-ml').questions.filter((q) => q.type === 'calculated').length).toBeGreaterThanOrEqual(3);
  });

  it('uses several question types in every quiz', () => {
    for (const z of quizzes) expect(new Set(z.questions.map((q) => q.type)).size, z.id).toBeGreaterThanOrEqual(5);
  });
});

function collect(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collect);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collect);
  return [];
}

// The bundled bank must not give its answers away and must grade numbers by one rule. These are
// measured over every bundled quiz, so a new question cannot bring a length cue back.
const bank = quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ quiz: quiz.id, q })));
const LANGS = ['en', 'es'] as const;
const MAX_LONGEST_SHARE = 0.35;
const MAX_RATIO = 1.3;
const text = (t: Question['prompt'], lang: string): string => (typeof t === 'string' ? t : (t[lang] ?? t.en ?? ''));

describe('the bundled bank gives no length cue', () => {
  const singles = bank.flatMap(({ q }) => (q.type === 'single' ? [q] : []));
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
      console.log(
        `[${lang}] correct choice longest in ${longest}/${singles.length} single-choice questions (${(share * 100).toFixed(1)}%); max correct/longest-wrong ratio ${worst.ratio.toFixed(2)} (${worst.id})`,
      );
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
function statedDecimals(q: Question, lang: (typeof LANGS)[number]): number | undefined {
  const prompt = text(q.prompt, lang);
  const match = DECIMALS[lang].exec(prompt);
  if (match) return Number(match[1]);
  return WHOLE[lang].test(prompt) ? 0 : undefined;
}

describe('the bundled bank grades numbers by one tolerance rule', () => {
  const numeric = bank.flatMap(({ q }) => (q.type === 'numeric' || q.type === 'calculated' ? [q] : []));
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
  const required = roadmap.stages.slice(0, 5).flatMap((s) => s.topics.filter((t) => !t.optional).map((t) => t.id));
  it('every question has a topic and an explanation in both languages', () => {
    for (const { quiz, q } of bank) {
      expect(q.topic, `${quiz}/${q.id}`).toBeTruthy();
      for (const lang of LANGS) expect(text(q.explanation ?? '', lang).trim().length, `${quiz}/${q.id} ${lang}`).toBeGreaterThan(20);
    }
  });

  it('every required topic of stages 1-5 has at least 5 questions, and the bank has at least 220', () => {
    const counts = new Map(required.map((id) => [id, 0]));
    for (const { q } of bank) if (q.topic && counts.has(q.topic)) counts.set(q.topic, counts.get(q.topic)! + 1);
    const byType = new Map<string, number>();
    for (const { q } of bank) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    console.log(
      `questions: ${bank.length}; per topic: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}; per type: ${[...byType].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
    expect(required.length).toBe(21);
    expect([...counts].filter(([, n]) => n < 5)).toEqual([]);
    expect(bank.length).toBeGreaterThanOrEqual(220);
  });
});
