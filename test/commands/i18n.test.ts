import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { resolveLanguage } from '../../src/i18n/index.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const NOW = { MLROAD_NOW: '2026-03-04T10:00:00Z', TZ: 'UTC' };

describe('golden output in each language', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`status, next and a plain-mode quiz in ${lang}`, async () => {
      const env = { ...NOW, MLROAD_LANG: lang };
      await runCli(['done', 'python'], dir, { env });
      await runCli(['skip', 'math-for-ml'], dir, { env });
      const status = await runCli(['status'], dir, { env });
      const next = await runCli(['next'], dir, { env });
      const quiz = await runCli(['quiz', 'ml-metrics', '--seed', '11', '--count', '3'], dir, { env, input: '1\n0.5\nrecall\n' });
      for (const r of [status, next, quiz]) expect(r.code).toBe(0);
      await expect(status.stdout).toMatchFileSnapshot(`../golden/status.${lang}.txt`);
      await expect(next.stdout).toMatchFileSnapshot(`../golden/next.${lang}.txt`);
      await expect(quiz.stdout.replace(/(tiempo|time) \d+s/, '$1 Ns')).toMatchFileSnapshot(`../golden/quiz.${lang}.txt`);
    });
  }
});

describe('choosing a language', () => {
  it('follows --lang, then MLROAD_LANG, then the saved setting, then LC_ALL, LC_MESSAGES, LANG', () => {
    const env = (e: Record<string, string>) => e;
    expect(resolveLanguage({ flag: 'es', env: env({ MLROAD_LANG: 'en', LANG: 'en_US.UTF-8' }), saved: 'en' })).toBe('es');
    expect(resolveLanguage({ env: env({ MLROAD_LANG: 'es', LANG: 'en_US' }), saved: 'en' })).toBe('es');
    expect(resolveLanguage({ env: env({ LANG: 'en_US.UTF-8' }), saved: 'es' })).toBe('es');
    expect(resolveLanguage({ env: env({ LC_ALL: 'es_MX.UTF-8', LANG: 'en_US' }) })).toBe('es');
    expect(resolveLanguage({ env: env({ LC_ALL: 'C', LANG: 'es_ES' }) })).toBe('en');
    expect(resolveLanguage({ env: env({ LC_MESSAGES: 'es_AR', LANG: 'en_GB' }) })).toBe('es');
    expect(resolveLanguage({ env: env({ LANG: 'es_ES.UTF-8' }) })).toBe('es');
    expect(resolveLanguage({ env: env({ LANG: 'POSIX' }) })).toBe('en');
    expect(resolveLanguage({ env: env({ LANG: 'fr_FR' }) })).toBe('en');
    expect(resolveLanguage({ env: env({}) })).toBe('en');
  });

  it('names placeholders in Spanish in help and usage errors', async () => {
    const { english, loadTranslator, localizeTerms } = await import('../../src/i18n/index.js');
    const spanish = await loadTranslator('es');
    expect(localizeTerms(spanish, 'mlroad done [options] <topic-ids...>')).toBe('mlroad done [opciones] <ids-de-tema...>');
    expect(localizeTerms(spanish, '--roadmap <file-or-dir>  [quiz-id] <unknown-thing>')).toBe('--roadmap <ruta>  [id-de-quiz] <unknown-thing>');
    expect(localizeTerms(english, 'mlroad done [options] <topic-ids...>')).toBe('mlroad done [options] <topic-ids...>');
  });

  it("honours LANGUAGE's priority list before the locale variables, skipping languages mlroad lacks", () => {
    expect(resolveLanguage({ env: { LANGUAGE: 'fr:es_ES:en', LANG: 'en_US.UTF-8' } })).toBe('es');
    expect(resolveLanguage({ env: { LANGUAGE: 'en_GB:es', LC_ALL: 'es_ES.UTF-8' } })).toBe('en');
    expect(resolveLanguage({ env: { LANGUAGE: 'fr:de', LANG: 'es_ES' } })).toBe('es');
    expect(resolveLanguage({ env: { LANGUAGE: 'es', MLROAD_LANG: 'en' } })).toBe('en');
  });

  it('end to end: LANG=es_ES.UTF-8, then a saved setting, then --lang', async () => {
    expect((await runCli(['next'], dir, { env: { LANG: 'es_ES.UTF-8' } })).stdout).toContain('Etapa 1/8 · Fundamentos');
    expect((await runCli(['config', 'set', 'lang', 'es'], dir)).code).toBe(0);
    expect((await runCli(['status'], dir)).stdout).toContain('Total 0%');
    expect((await runCli(['--lang', 'en', 'status'], dir)).stdout).toContain('Overall 0%');
    expect((await runCli(['config', 'get', 'lang'], dir)).stdout.trim()).toBe('es');
    const bad = await runCli(['--lang', 'fr', 'status'], dir);
    expect(bad.code).toBe(2);
    expect((await runCli(['config', 'set', 'lang', 'klingon'], dir)).code).toBe(2);
  });

  it('a roadmap written only in English falls back to English under a Spanish interface', async () => {
    const r = await runCli(['--roadmap', join(FIXTURES, 'mini'), '--lang', 'es', 'next'], dir);
    expect(r.stdout).toContain('Etapa 1/2 · Bases'); // Spanish where the roadmap has it
    expect(r.stdout).toContain('The first topic.'); // English where it does not
  });

  it('switching language keeps progress and grading unchanged', async () => {
    const first = await runJson<{ questions: { expected: string; prompt: string }[] }>(['quiz', 'ml-metrics', '--seed', '8', '--lang', 'en'], dir, {
      input: '',
    });
    const answers = `${first.questions.map((q) => q.expected).join('\n')}\n`;
    const es = await runJson<{ score: number; total: number; questions: { expected: string; prompt: string }[] }>(
      ['quiz', 'ml-metrics', '--seed', '8', '--lang', 'es'],
      dir,
      { input: answers },
    );
    expect(es.score).toBe(es.total);
    expect(es.questions.map((q) => q.expected)).toEqual(first.questions.map((q) => q.expected));
    expect(es.questions[0]!.prompt).not.toBe(first.questions[0]!.prompt);
    const statusEn = await runJson(['status', '--lang', 'en'], dir);
    const statusEs = await runJson(['status', '--lang', 'es'], dir);
    expect(Object.keys(statusEs)).toEqual(Object.keys(statusEn));
    expect({ ...statusEs, roadmap: null, stages: null }).toEqual({ ...statusEn, roadmap: null, stages: null });
  });

  it('accepts text answers in either language, with or without accents', async () => {
    for (const answer of ['regression', 'regresión', 'regresion']) {
      const r = await runJson<{ questions: { id: string; correct: boolean }[] }>(
        ['--roadmap', join(FIXTURES, 'mini'), 'quiz', 'arithmetic', '--count', '6', '--seed', '1', '--lang', 'es'],
        dir,
        { input: '' },
      );
      const index = r.questions.findIndex((q) => q.id === 'regression');
      const lines = r.questions.map((_, i) => (i === index ? answer : 'x'));
      const graded = await runJson<{ questions: { id: string; correct: boolean }[] }>(
        ['--roadmap', join(FIXTURES, 'mini'), 'quiz', 'arithmetic', '--count', '6', '--seed', '1', '--lang', 'es'],
        dir,
        { input: `${lines.join('\n')}\n` },
      );
      expect(graded.questions[index]!.correct, answer).toBe(true);
    }
  });
});

describe('message catalogues', () => {
  it('have the same keys and the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(holes(es[key]), key).toEqual(holes(en[key]));
  });

  it('translate every message (identical text only where the word is the same in Spanish)', () => {
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === es[k as keyof typeof es]);
    const placeholdersOnly = ['issue.fileProblem', 'issue.includeFailed', 'issue.yamlSyntax', 'issue.zod'];
    expect(same.sort()).toEqual(
      [
        'config.set',
        'error.badOption',
        'error.prefix',
        'kind.paper',
        'kind.tutorial',
        'list.quiz',
        'next.quiz',
        'prompt.no',
        'quizzes.header',
        'share.quiz',
        'share.quizzes',
        'stats.lapses',
        'stats.quizzes',
        'status.quizzes',
        ...placeholdersOnly,
      ].sort(),
    );
  });
});
