import type { Lang } from '../core/text.js';
import { interpolate } from '../core/text.js';
import { en, type Messages } from './en.js';

export type MessageKey = keyof Messages;

export type Vars = Readonly<Record<string, string | number>>;

/**
 * The message `key` in the translator's language, with `{name}` placeholders filled in. When
 * `count` is 1 and the catalogue has a `<key>.one` form, that singular form is used.
 */
export interface Translator {
  (key: MessageKey, vars?: Vars): string;
  readonly lang: Lang;
}

/** One language's catalogue, bound: each run (and each test) holds its own, so two can coexist. */
export function makeTranslator(lang: Lang, catalogue: Messages): Translator {
  const translate = (key: MessageKey, vars: Vars = {}): string => {
    const singular = `${key}.one` as MessageKey;
    const chosen = vars.count === 1 && Object.hasOwn(catalogue, singular) ? singular : key;
    return interpolate(catalogue[chosen], vars);
  };
  return Object.assign(translate, { lang });
}

export const english: Translator = makeTranslator('en', en);

/** The translator of `lang`; Spanish is loaded only when asked for, so English runs never parse it. */
export async function loadTranslator(lang: Lang): Promise<Translator> {
  return lang === 'es' ? makeTranslator('es', (await import('./es.js')).es) : english;
}

export interface LangSources {
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Asked only when neither the flag nor MLROAD_LANG decides: finding it may mean reading the progress file. */
  saved?: Lang | (() => Lang | undefined);
}

/**
 * --lang, then MLROAD_LANG, then the saved setting, then the locale variables as gettext reads
 * them (LANGUAGE's list first, then LC_ALL, LC_MESSAGES, LANG), then English.
 */
export function resolveLanguage({ flag, env, saved }: LangSources): Lang {
  const explicit = flag ?? env.MLROAD_LANG;
  if (explicit) return explicit.toLowerCase().startsWith('es') ? 'es' : 'en';
  const savedLang = typeof saved === 'function' ? saved() : saved;
  if (savedLang) return savedLang;
  for (const entry of (env.LANGUAGE ?? '').split(':')) {
    if (/^es(?:[_.@-]|$)/i.test(entry)) return 'es';
    if (/^en(?:[_.@-]|$)/i.test(entry)) return 'en';
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return /^es(?:[_.@-]|$)/i.test(value) ? 'es' : 'en';
  }
  return 'en';
}

// commander prints its own titles and usage errors in English; these map them onto the catalogue.
const COMMANDER: [RegExp, MessageKey][] = [
  [/^Usage:$/, 'cli.usage'],
  [/^Options:$/, 'cli.options'],
  [/^Commands:$/, 'cli.commands'],
  [/^Arguments:$/, 'cli.arguments'],
  [/^Global Options:$/, 'cli.globalOptions'],
  [/^error: unknown option '([^']*)'/, 'cli.unknownOption'],
  [/^error: missing required argument '([^']*)'/, 'cli.missingArgument'],
  [/^error: option '([^']*)' argument missing/, 'cli.optionArgumentMissing'],
  [/^error: too many arguments(?: for '([^']*)')?/, 'cli.tooManyArguments'],
];

// Placeholders of arguments and option values, as declared in the command definitions.
const TERMS: Record<string, MessageKey> = {
  'topic-ids': 'cli.term.topicIds',
  'topic-id': 'cli.term.topicId',
  'quiz-id': 'cli.term.quizId',
  'file-or-dir': 'cli.term.fileOrDir',
  file: 'cli.term.file',
  dir: 'cli.term.dir',
  key: 'cli.term.key',
  value: 'cli.term.value',
  lang: 'cli.term.lang',
  template: 'cli.term.template',
  seed: 'cli.term.seed',
  kind: 'cli.term.kind',
  // journal and share
  text: 'cli.term.text',
  date: 'cli.term.date',
  format: 'cli.term.format',
};

/** `[options]`, `<topic-ids...>` and the like in `t`'s language (positional names are only shown, never parsed). */
export function localizeTerms(t: Translator, text: string): string {
  return text
    .replace(/\[options\]/g, `[${t('cli.optionsWord')}]`)
    .replace(/\[command\]/g, `[${t('cli.commandWord')}]`)
    .replace(/([<[])([a-z-]+)((?:\.\.\.)?[>\]])/g, (whole, open: string, name: string, close: string) =>
      Object.hasOwn(TERMS, name) ? `${open}${t(TERMS[name]!)}${close}` : whole,
    );
}

/** Commander's English in `t`'s language; text it does not know passes through. */
export function localizeCommander(t: Translator, text: string): string {
  const out = localizeTerms(t, text);
  for (const [pattern, key] of COMMANDER) {
    const match = pattern.exec(out.trim());
    if (!match) continue;
    const name = match[1] ?? '';
    const translated = t(key, { name: Object.hasOwn(TERMS, name) ? t(TERMS[name]!) : name });
    if (key.startsWith('cli.') && /^error:/.test(out.trim())) {
      const suggestion = /\(Did you mean (.+)\?\)/.exec(out);
      return `${t('error.prefix')}: ${translated}${suggestion ? ` ${t('error.didYouMean', { list: suggestion[1]! })}` : ''}\n`;
    }
    return out.replace(pattern, translated);
  }
  return out;
}
