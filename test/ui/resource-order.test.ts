import { describe, expect, it } from 'vitest';
import { inLanguageOrder } from '../../src/ui/render-topic.js';

describe('resources in the learner language first', () => {
  const resources = [{ id: 'en-1', lang: 'en' }, { id: 'any' }, { id: 'es-1', lang: 'es' }, { id: 'en-2', lang: 'en' }, { id: 'es-2', lang: 'es' }];
  const ids = (lang: 'en' | 'es') => inLanguageOrder(resources, lang).map((r) => r.id);

  it('puts Spanish editions first for a Spanish learner, keeping the authored order within each group', () => {
    expect(ids('es')).toEqual(['es-1', 'es-2', 'any', 'en-1', 'en-2']);
  });

  it('puts English ones first for an English learner', () => {
    expect(ids('en')).toEqual(['en-1', 'en-2', 'any', 'es-1', 'es-2']);
  });
});
