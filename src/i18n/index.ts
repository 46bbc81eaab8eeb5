import type { Lang } from '../core/text.js';
import { interpolate } from '../core/text.js';
import { en, type Messages } from './en.js';

export type MessageKey = keyof Messages;

let catalogue: Messages = en;
let current: Lang = 'en';

/** Chosen once at start-up; commands then call `t`. */
export async function setLanguage(lang: Lang): Promise<void> {
  current = lang;
  catalogue = lang === 'es' ? (await import('./es.js')).es : en;
}

export function language(): Lang {
  return current;
}

/** The message `key` in the chosen language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(catalogue[key], vars);
}

export interface LangSources {
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  saved?: Lang;
}

/** --lang, then MLROAD_LANG, then the saved setting, then the locale variables, then English. */
export function resolveLanguage({ flag, env, saved }: LangSources): Lang {
  const explicit = flag ?? env.MLROAD_LANG;
  if (explicit) return explicit.toLowerCase().startsWith('es') ? 'es' : 'en';
  if (saved) return saved;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return /^es(?:[_.@-]|$)/i.test(value) ? 'es' : 'en';
  }
  return 'en';
}
