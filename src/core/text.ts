import { clean, cleanDeep } from './clean.js';

/** A human-readable text: one string, or one string per language code. */
export type Text = string | Readonly<Record<string, string>>;

export type Lang = 'en' | 'es';

/** The text in `lang`, else English, else the first language present. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Every language variant of a text, e.g. for accepting an answer in any language. */
export function allVariants(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** Text from an untrusted roadmap made safe to print: see `clean`. */
export const stripControls = (value: string): string => clean(value);
/** `stripControls` applied to every string inside a parsed document, keys included. */
export const stripControlsDeep = <T>(value: T): T => cleanDeep(value);

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
