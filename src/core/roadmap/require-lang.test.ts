import { describe, expect, it } from 'vitest';
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
