// The one cleaning pass every outside string takes before it reaches a terminal or `--json`.
// Pure on purpose: renderers, the prompt writer and the output layer all share it.

// Whole escape sequences first: removing ESC alone would leave the rest of a CSI or OSC
// sequence on screen as junk (`]52;c;...`).
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[ -/]*[0-~]?)/g;
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\u009c\u0007\u001b]*[\u009c\u0007]?/g;
// C0 (but \t and \n), DEL and C1 controls.
const CONTROL_PROSE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/g;
// Trojan Source: bidi embeddings, overrides, isolates and marks; zero-width spaces and
// joiners, word joiner, invisible operators, soft hyphen, Mongolian vowel separator, BOM.
const FORMAT = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
// A joiner between two pictographs (after an optional variation selector or skin tone) is
// part of one emoji, such as 👩‍💻; prose keeps it so the emoji stays whole.
const EMOJI_ZWJ = /(\p{Extended_Pictographic}[\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d(?=\p{Extended_Pictographic})/gu;
const KEPT_ZWJ = '\u{e000}'; // private-use stand-in while the format pass runs

export interface CleanOptions {
  /** Prose keeps line breaks, tabs and emoji joiners; a line (ids, the prompt) keeps none. */
  prose?: boolean;
}

/** `value` with nothing a terminal would act on and nothing that hides or reorders text. */
export function clean(value: string, { prose = true }: CleanOptions = {}): string {
  let out = value.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '');
  out = out.replace(prose ? CONTROL_PROSE : CONTROL_LINE, prose ? '' : ' ');
  if (!prose) return out.replace(FORMAT, '');
  if (!out.includes('\u200d')) return out.replace(FORMAT, '');
  const marked = out.replace(/\u{e000}/gu, '').replace(EMOJI_ZWJ, `$1${KEPT_ZWJ}`);
  return marked.replace(FORMAT, '').replace(/\u{e000}/gu, '\u200d');
}

/** One line for ids, paths in a list and the prompt: no breaks, no joiners at all. */
export function cleanLine(value: string): string {
  return clean(value, { prose: false });
}

/** `clean` applied to every string inside a value, keys included, for `--json` and parsed documents. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a `__proto__` key must stay plain data.
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, clean(k), { value: cleanDeep(v), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

// The SGR codes our own styling (chalk at level 1) emits: bold, dim, italic, underline, the
// 16 colours, and their resets. Anything else, such as conceal (8), is not ours.
const OUR_SGR = /\u001b\[(?:0|1|2|3|4|22|23|24|3[0-9]|9[0-7]|4[0-9])m/g;
const SGR_MARK = /\u{e001}(\d+)\u{e002}/gu;

/**
 * Output already styled by us: keeps our SGR codes and cleans everything else. The data
 * should be cleaned before styling too; this is the net under every print.
 */
export function cleanStyled(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/.test(text)) return text;
  const kept = text.replace(/[\u{e001}\u{e002}]/gu, '').replace(OUR_SGR, (sgr) => `\u{e001}${sgr.slice(2, -1)}\u{e002}`);
  return clean(kept).replace(SGR_MARK, (_m, code: string) => `\u001b[${code}m`);
}
