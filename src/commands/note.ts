import { type Context, type Input, print, printJson } from '../context.js';
import { NOTE_MAX_CHARS, type NoteRecord } from '../core/progress/model.js';
import { nextStep } from '../core/progress/summary.js';
import { cleanNote } from '../core/progress/validate.js';
import { allTopicIds } from '../core/roadmap/lookup.js';
import { localize } from '../core/text.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { editText } from '../ui/editor.js';
import { arg, defineCommand, json } from './define.js';
import { requireKnown } from './resolve-ids.js';

export interface NoteOptions {
  words: string[];
  json?: boolean;
  /** Replaces the editor, for tests. */
  edit?: () => Promise<string>;
}

// A first word shaped like an id is a topic id (and a typo in one is an error, not a note);
// anything else starts the note, for the current topic.
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `mlroad note [topic-id] [text...]`: a dated note, in the learner's words, on a topic. */
export async function note(ctx: Context, options: NoteOptions): Promise<void> {
  const session = await openSession(ctx);
  const roadmap = session.loaded.roadmap;
  const known = allTopicIds(roadmap);
  let words = options.words;
  let topic: string;
  const first = words[0];
  if (first !== undefined && (known.includes(first) || ID_SHAPE.test(first))) {
    requireKnown(ctx.t, [first], known, 'topic');
    topic = first;
    words = words.slice(1);
  } else {
    const step = nextStep(roadmap, session.progress);
    if (step.kind === 'complete') throw new UsageError(ctx.t('note.needTopic'));
    topic = step.topic.id;
  }
  const raw = words.length
    ? words.join(' ')
    : ctx.interactive
      ? await (options.edit ?? (() => editText(ctx.t, ctx.env)))()
      : await readCapped(ctx.t, ctx.stdin);
  const text = cleanNote(raw).replace(/^\s*\n|\s+$/g, '');
  if (text.length > NOTE_MAX_CHARS) throw new UsageError(ctx.t('note.tooLong', { length: text.length, max: NOTE_MAX_CHARS }));
  if (!text.trim()) {
    print(ctx.stderr, ctx.t('note.empty'));
    return;
  }
  const record: NoteRecord = { topic, at: ctx.now().toISOString(), text };
  await session.update((p) => ({ ...p, notes: [...(p.notes ?? []), record] }));
  if (options.json) return printJson(ctx, { note: record });
  const title = roadmap.stages.flatMap((s) => s.topics).find((x) => x.id === topic)!.title;
  print(ctx.stdout, ctx.style.green(ctx.t('note.added', { title: localize(title, ctx.lang), id: topic })));
}

/** Stdin up to a little past the note cap: enough to tell the learner it is too long, never unbounded. */
async function readCapped(t: Translator, stdin: Input): Promise<string> {
  const limit = NOTE_MAX_CHARS * 4 + 1;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new UsageError(t('note.tooLong', { length: `>${NOTE_MAX_CHARS}`, max: NOTE_MAX_CHARS }));
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const noteCommand = defineCommand({
  name: 'note',
  summary: 'help.cmd.note',
  // Declared apart for the help line; the handler decides whether the first word is a topic id.
  args: [arg('[topic-id]', 'help.arg.noteTopic'), arg('[text...]', 'help.arg.noteText')],
  options: { json },
  run: ({ ctx, args: [topic, text], options }) => note(ctx, { words: topic === undefined ? text : [topic, ...text], ...options }),
});
