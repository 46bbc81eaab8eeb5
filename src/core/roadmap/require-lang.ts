import { isRecord } from '../is-record.js';
import type { PathIssue } from './issue.js';
import type { PathSegment } from './path.js';

// Which fields hold learner-facing text, by key. A resource's or credit's title may be a plain
// string: it is usually the resource's own name ("scikit-learn User Guide").
const TEXT_KEYS = new Set(['title', 'summary', 'description', 'takeaway', 'note', 'prompt', 'explanation']);
const TEXT_LIST_KEYS = new Set(['learn', 'milestones', 'tips', 'choices']);
const NAME_PARENTS = new Set(['resources', 'credits']);

/** Every learner-facing text of a parsed document that has no variant in `lang`. */
export function missingLanguage(data: unknown, lang: string): PathIssue[] {
  const out: PathIssue[] = [];
  const example = lang === 'en' ? '{en: …, es: …}' : `{en: …, ${lang}: …}`;
  const check = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') out.push({ path, code: 'missingLangPlain', params: { lang, example } });
    else if (isRecord(value) && typeof value[lang] !== 'string') out.push({ path, code: 'missingLang', params: { lang } });
  };
  const walk = (value: unknown, path: PathSegment[], parentKey?: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], parentKey));
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, key];
      if (TEXT_KEYS.has(key)) {
        if (!(key === 'title' && parentKey && NAME_PARENTS.has(parentKey))) check(child, at);
      } else if (TEXT_LIST_KEYS.has(key) && Array.isArray(child)) child.forEach((c, i) => check(c, [...at, i]));
      else if (key === 'answers' && Array.isArray(child)) {
        // Accepted answers are pooled across languages, and a plain one (often a code name
        // such as drop_duplicates) is accepted in all of them; one usable answer is enough.
        if (!child.some((a) => typeof a === 'string' || (isRecord(a) && typeof a[lang] === 'string'))) {
          out.push({ path: at, code: 'noAnswerInLang', params: { lang, example } });
        }
      } else walk(child, at, key);
    }
  };
  walk(data, []);
  return out;
}
