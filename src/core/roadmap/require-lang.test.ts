import { describe, expect, it, vi } from 'vitest';
import { missingLanguage } from './require-lang.js';

describe('missingLanguage', () => {
  it('names every learner-facing text without the language, plain strings apart from objects', () => {
    const doc = {
      title: { en: 'T' },
      description: 'plain',
      stages: [
        {
          id: 's',
          title: { en: 'S', es: 'S' },
          summary: { en: 'x' },
          topics: [{ id: 't', learn: ['one', { es: 'dos' }], resources: [{ title: 'scikit-learn User Guide', url: 'https://x' }] }],
        },
      ],
    };
    const issues = missingLanguage(doc, 'es');
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['title', 'missingLang'],
      ['description', 'missingLangPlain'],
      ['stages.0.summary', 'missingLang'],
      ['stages.0.topics.0.learn.0', 'missingLangPlain'],
    ]);
    expect(issues[1]!.params).toEqual({ lang: 'es', example: '{en: …, es: …}' });
    expect(missingLanguage({ title: 'x' }, 'en')[0]!.params).toEqual({ lang: 'en', example: '{en: …, es: …}' });
  });

  it('needs one accepted answer usable in the language, a plain one counting for all', () => {
    const q = (answers: unknown[]) => ({ questions: [{ id: 'q', prompt: { en: 'p', es: 'p' }, explanation: { en: 'e', es: 'e' }, answers }] });
    expect(missingLanguage(q(['drop_duplicates']), 'es')).toEqual([]);
    expect(missingLanguage(q([{ en: 'yes' }, { es: 'sí' }]), 'es')).toEqual([]);
    expect(missingLanguage(q([{ en: 'yes' }]), 'es').map((i) => [i.path.join('.'), i.code])).toEqual([['questions.0.answers', 'noAnswerInLang']]);
  });
});

// A fresh load inside the test: the module builds its key sets on load, and Stryker switches a
// mutant on only once a test has started, so only a load in the test can see one there.
async function fresh() {
  vi.resetModules();
  return (await import('./require-lang.js')).missingLanguage;
}

describe('missingLanguage, by field', () => {
  it('checks every learner-facing text field and every item of the text lists', async () => {
    const missing = await fresh();
    const texts = ['title', 'summary', 'description', 'takeaway', 'note', 'prompt', 'explanation'];
    const lists = ['learn', 'milestones', 'tips', 'choices'];
    const doc = Object.fromEntries([...texts.map((k) => [k, { en: 'x' }]), ...lists.map((k) => [k, ['x']]), ['id', 'plain'], ['url', 'https://x']]);
    expect(missing(doc, 'es').map((i) => i.path.join('.'))).toEqual([...texts, ...lists.map((k) => `${k}.0`)]);
  });

  it("spares only a resource's or credit's own title, their other texts are learner-facing", async () => {
    const missing = await fresh();
    const doc = {
      stages: [{ title: { en: 'S' }, resources: [{ title: 'Book', note: 'n' }] }],
      credits: [{ title: 'Work', note: { en: 'n' } }],
      tips: 'not a list',
    };
    expect(missing(doc, 'es').map((i) => [i.path.join('.'), i.code])).toEqual([
      ['stages.0.title', 'missingLang'],
      ['stages.0.resources.0.note', 'missingLangPlain'],
      ['credits.0.note', 'missingLang'],
    ]);
  });

  it('says which language is missing, with an example of the map to write', async () => {
    const missing = await fresh();
    expect(missing({ title: 'x', summary: { en: 'y' }, answers: [{ en: 'a' }] }, 'fr')).toEqual([
      { path: ['title'], code: 'missingLangPlain', params: { lang: 'fr', example: '{en: …, fr: …}' } },
      { path: ['summary'], code: 'missingLang', params: { lang: 'fr' } },
      { path: ['answers'], code: 'noAnswerInLang', params: { lang: 'fr', example: '{en: …, fr: …}' } },
    ]);
  });

  it('passes over what is neither a text nor a language map', async () => {
    const missing = await fresh();
    expect(missing({ title: null, summary: 3, learn: [null], answers: [null], stages: [null, 'x'] }, 'es')).toEqual([
      { path: ['answers'], code: 'noAnswerInLang', params: { lang: 'es', example: '{en: …, es: …}' } },
    ]);
    expect(missing({ title: ['x'] }, 'es')).toEqual([]);
    expect(missing({ title: { en: 'x', es: 3 } }, 'es')).toEqual([{ path: ['title'], code: 'missingLang', params: { lang: 'es' } }]);
  });
});
