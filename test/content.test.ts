import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseFromDisk } from '../src/store/roadmap-loader.js';
import { compileFormula } from '../src/core/quiz/formula.js';
import { drawVariables } from '../src/core/quiz/variables.js';
import { seededRandom } from '../src/core/quiz/random.js';
import { allVariants } from '../src/core/text.js';
import type { Quiz } from '../src/core/roadmap/types.js';
import { BUNDLED } from './support/cli.js';

const { bundle } = await parseFromDisk(join(BUNDLED, 'roadmap.yaml'));
const { roadmap, quizzes } = bundle;
const quiz = (id: string): Quiz => quizzes.find((q) => q.id === id)!;

describe('the bundled roadmap', () => {
  it('parses and passes every check', () => {
    expect(roadmap.id).toBe('ml-engineer');
  });

  it('has the stages in the source order and at least 27 required topics', () => {
    expect(roadmap.stages.map((s) => s.id)).toEqual(['fundamentals', 'data', 'machine-learning', 'deep-learning', 'ml-engineering', 'tools', 'projects', 'career']);
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
    expect(projects.map((t) => t.id)).toEqual(['project-churn', 'project-flower-classifier', 'project-movie-recommender', 'project-sales-forecast', 'project-end-to-end']);
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
    'no se pasa el día entero entrenando modelos', 'científicos de datos', 'pipelines robustos de datos', 'Elegir, entrenar y ajustar',
    'testing y validación de modelos', 'Desplegar y monitorizar', 'Python sí o sí', 'álgebra lineal', 'cálculo básico', 'estadística',
    'descomponer problemas', 'eficiencia', 'algoritmos', 'estructuras de datos', 'pandas', 'NumPy', 'SQL', 'outliers', 'nulos', 'duplicados',
    'mal formateados', 'escalado', 'codificación', 'normalización', 'Feature-engine', 'sklearn-pandas', 'Los modelos buenos nacen de buenos datos',
    'regresión lineal', 'regresión logística', 'árboles de decisión', 'random forest', 'SVM', 'k-NN', 'cuándo usar', 'accuracy', 'recall',
    'precision', 'F1', 'ROC', 'cross-validation', 'grid search', 'hyperparameter tuning', 'el más adecuado', 'Keras', 'PyTorch', 'CNN', 'RNN',
    'LSTM', 'Transformers', 'fine-tuning', 'magia negra', 'te diferencias de un Data Scientist', 'MLflow', 'Airflow', 'Prefect', 'Versiona',
    'CI/CD', 'Docker', 'Git', 'FastAPI', 'Flask', 'Lambda', 'te convierte en ingeniero', 'caja de herramientas', 'TensorFlow', 'DVC',
    'GCP', 'AWS', 'Azure', 'orquestar', 'Pero tenlas en el radar', 'churn', 'flores', 'películas', 'embeddings', 'series temporales', 'ventas',
    'end-to-end', 'aunque sea en tu máquina local', 'comunicar', 'notebooks eternos', 'Pensamiento crítico', 'buenas prácticas de software',
    'proyectos reales', 'Curiosidad', 'no se aprende en cursos', 'No te frustres', 'consolida lo básico', 'Haz proyectos', 'Comparte',
    'Busca comunidad', 'maratón, no un sprint',
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
      expect(allVariants(q.explanation).every((e) => e.trim().length > 20), q.id).toBe(true);
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
