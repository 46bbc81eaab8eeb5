import type { ProgressFile } from '../core/progress/model.js';
import { type AttemptFacts, forgetAttempts, rememberAttempts } from '../core/progress/summary.js';
import { type DueFacts, forgetDue, rememberDue } from '../core/review/due.js';
import { lazySection, untouchedBytes } from './lazy-section.js';

// progress.json is one JSON document, laid out so that a file this store wrote can be taken
// apart without parsing it: the top-level fields on the first line, then each roadmap's id on a
// line, each of its fields on a line of its own, and a line that closes it. JSON.stringify never
// writes a raw newline, so these are the file's only ones.
//
//   {"version":2,"settings":{…},"roadmaps":{
//   "ml-engineer":{
//   "topics":{…},
//   "attempts":[…],
//   "cards":{…}
//   },
//   "another":{
//   …
//   }
//   }}

/** The fields that may be left unparsed until used: the large ones that topic marks never read. */
export const LAZY_FIELDS = ['cards', 'attempts'] as const;
export type LazyField = (typeof LAZY_FIELDS)[number];

/** What the last write recorded of each roadmap's lazy sections. */
export interface SectionFacts {
  due?: DueFacts;
  attempts?: AttemptFacts;
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const FIELD_PREFIX: Record<LazyField, Buffer> = { cards: Buffer.from('"cards":'), attempts: Buffer.from('"attempts":') };

function startsWith(bytes: Buffer, [start, end]: [number, number], prefix: Buffer): boolean {
  // Stryker disable next-line EqualityOperator: a line that is the prefix alone is no JSON either way, and is refused below
  return end - start >= prefix.length && bytes.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
}
// Stryker disable next-line StringLiteral: utf8 is Buffer.from's default
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** progress.json's bytes, in parts to write one after another: every field but the review log, which has a file of its own. */
export function encodeProgress(file: ProgressFile): Uint8Array[] {
  const { roadmaps, ...top } = file;
  const head = JSON.stringify(top);
  const parts: Uint8Array[] = [utf8(`${head.slice(0, -1)},"roadmaps":{\n`)];
  const ids = Object.keys(roadmaps);
  ids.forEach((id, i) => {
    parts.push(utf8(`${JSON.stringify(id)}:{\n`));
    const fields = Object.entries(roadmaps[id]!).filter(([name, value]) => name !== 'reviewLog' && value !== undefined);
    fields.forEach(([name, value], j) => {
      parts.push(utf8(`${JSON.stringify(name)}:`));
      parts.push(untouchedBytes(value) ?? utf8(JSON.stringify(value)));
      parts.push(utf8(j < fields.length - 1 ? ',\n' : '\n'));
    });
    parts.push(utf8(i < ids.length - 1 ? '},\n' : '}\n'));
  });
  parts.push(utf8('}}\n'));
  return parts;
}

/**
 * The document in `bytes`, which this store wrote in the layout above, with each roadmap's
 * `fields` (cards and attempts) left to parse when used and `facts` remembered for them.
 * Undefined when the bytes are not in that layout (a file written before it): the caller
 * parses them whole.
 */
export function decodeLaidOut(
  bytes: Buffer,
  facts: Readonly<Record<string, SectionFacts>> = {},
  fields: readonly LazyField[] = LAZY_FIELDS,
): Record<string, unknown> | undefined {
  try {
    return laidOut(bytes, facts, fields);
  } catch {
    return undefined; // a line that is no JSON where the layout has some
  }
}

function laidOut(bytes: Buffer, facts: Readonly<Record<string, SectionFacts>>, lazy: readonly LazyField[]): Record<string, unknown> | undefined {
  const lines: [number, number][] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end === -1) return undefined; // every line ends with one, the last included
    lines.push([start, end]);
    start = end + 1;
  }
  const text = (line: [number, number]) => bytes.toString('utf8', line[0], line[1]);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: one line cannot both open the roadmaps and be the closing "}}", so the other tests refuse it too
  if (lines.length < 2 || !text(lines[0]!).endsWith('"roadmaps":{') || text(lines.at(-1)!) !== '}}') return undefined;

  const kept: string[] = [text(lines[0]!)];
  const sections: { roadmap: string; field: string; bytes: Buffer }[] = [];
  let roadmap: string | undefined;
  for (const line of lines.slice(1, -1)) {
    // A lazy field's line is told by its first bytes: decoding a megabyte of cards to text only
    // to find its name cost more than the rest of the file.
    // (Inside a roadmap only: a roadmap may be named "cards".)
    const field = roadmap === undefined ? undefined : lazy.find((name) => startsWith(bytes, line, FIELD_PREFIX[name]));
    if (field !== undefined) {
      const comma = bytes[line[1] - 1] === COMMA ? 1 : 0;
      const start = line[0] + FIELD_PREFIX[field].length;
      const [open, close] = field === 'cards' ? [0x7b, 0x7d] : [0x5b, 0x5d]; // {} or []
      if (bytes[start] !== open || bytes[line[1] - comma - 1] !== close) return undefined;
      kept.push(`"${field}":${sections.length}${comma ? ',' : ''}`);
      sections.push({ roadmap: roadmap!, field, bytes: bytes.subarray(start, line[1] - comma) });
      continue;
    }
    const s = text(line);
    if (roadmap === undefined) {
      if (!s.endsWith(':{')) return undefined;
      roadmap = JSON.parse(s.slice(0, -2)) as string;
      // (The last roadmap's closing "}" needs no test: nothing follows it but "}}", outside this loop.)
    } else if (s === '},') roadmap = undefined;
    kept.push(s);
  }
  kept.push('}}');
  const data = JSON.parse(kept.join('\n')) as Record<string, unknown>;
  const roadmaps = data.roadmaps as Record<string, Record<string, unknown>>;
  for (const [index, { roadmap: id, field, bytes: raw }] of sections.entries()) {
    const progress = roadmaps[id];
    // Stryker disable next-line ConditionalExpression,OptionalChaining: each marker was placed by the loop above, inside its roadmap: a check against a layout gone wrong
    if (progress?.[field] !== index) return undefined;
    progress[field] = lazyField(field, raw, facts[id]);
  }
  return data;
}

function lazyField(field: string, raw: Buffer, facts: SectionFacts | undefined): object {
  if (field === 'cards') {
    // Stryker disable next-line StringLiteral: any kind but 'array' is an object
    const cards = lazySection<object>(raw, 'object', () => forgetDue(cards));
    if (facts?.due) rememberDue(cards, facts.due);
    return cards;
  }
  const attempts = lazySection<object>(raw, 'array', () => forgetAttempts(attempts));
  if (facts?.attempts) rememberAttempts(attempts, facts.attempts);
  return attempts;
}
