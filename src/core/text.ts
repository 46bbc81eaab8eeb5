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

// C0 controls except \t and \n, DEL, C1 controls, and bidi overrides/isolates. Removing ESC
// alone would leave the rest of a CSI/OSC sequence as visible junk, so whole sequences go first.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])/g;
const C1_SEQUENCE = /[\u009b][0-?]*[ -/]*[@-~]|[\u009d\u0090\u0098\u009e\u009f][^\u009c\u0007]*[\u009c\u0007]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from an untrusted roadmap made safe to print: no terminal control of any kind. */
export function stripControls(value: string): string {
  return value.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROL, '');
}

/** `stripControls` applied to every string inside a parsed document, keys included. */
export function stripControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map(stripControlsDeep) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a `__proto__` key must stay plain data.
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, stripControls(k), {
        value: stripControlsDeep(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
