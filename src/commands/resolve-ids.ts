import { suggest } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';

/** Fails on the first unknown id, naming close matches, so nothing is half-applied. */
export function requireKnown(t: Translator, ids: readonly string[], known: readonly string[], kind: 'topic' | 'quiz'): void {
  const set = new Set(known);
  for (const id of ids) {
    if (set.has(id)) continue;
    const close = suggest(id, known);
    const hint = close.length ? ` ${t('error.didYouMean', { list: close.map((c) => `"${c}"`).join(', ') })}` : '';
    const see = kind === 'topic' ? t('error.seeList') : t('error.seeQuizzes');
    throw new UsageError(`${t(kind === 'topic' ? 'error.unknownTopic' : 'error.unknownQuiz', { id })}${hint} ${see}`);
  }
}
