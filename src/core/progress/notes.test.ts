import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS } from './model.js';
import { mergeProgress } from './transfer.js';
import { checkProgress } from './validate.js';

const fileWith = (notes: unknown) => ({ version: 1, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [], notes } } });

describe('notes in the progress file', () => {
  it('keeps the text verbatim apart from control characters, and a note at the cap whole', () => {
    const long = 'é'.repeat(NOTE_MAX_CHARS);
    const checked = checkProgress(
      fileWith([
        { topic: 'python', at: '2026-12-01T10:00:00Z', text: '<b>mine</b>\r\n\ttabbed\u001b[31m red\u202e' },
        { topic: 'python', at: '2026-12-01T11:00:00Z', text: long },
      ]),
    );
    expect(checked.kind).toBe('ok');
    if (checked.kind !== 'ok') return;
    expect(checked.file.roadmaps.r!.notes!.map((n) => n.text)).toEqual(['<b>mine</b>\n\ttabbed[31m red', long]);
  });

  it('drops (never cuts) a note over the cap or missing a field, and says so', () => {
    const checked = checkProgress(
      fileWith([
        { topic: 'python', at: '2026-12-01T10:00:00Z', text: 'x'.repeat(NOTE_MAX_CHARS + 1) },
        { topic: 'python', text: 'no date' },
        { topic: 'ok', at: '2026-12-01T10:00:00Z', text: 'kept' },
      ]),
    );
    expect(checked.kind).toBe('invalid');
    if (checked.kind !== 'invalid') return;
    expect(checked.problem).toContain('2 malformed entries in roadmaps.r.notes');
    expect(checked.salvaged.roadmaps.r!.notes).toEqual([{ topic: 'ok', at: '2026-12-01T10:00:00Z', text: 'kept' }]);
  });

  it('merges notes as a union by topic, time and text', () => {
    const a = { topic: 'p', at: '2026-12-01T10:00:00Z', text: 'one' };
    const b = { topic: 'p', at: '2026-12-01T10:00:00Z', text: 'two' };
    const ours = checkProgress(fileWith([a]));
    const theirs = checkProgress(fileWith([b, a]));
    if (ours.kind !== 'ok' || theirs.kind !== 'ok') throw new Error('fixture');
    const merged = mergeProgress(ours.file, theirs.file);
    expect(merged.file.roadmaps.r!.notes).toEqual([a, b]);
    expect(merged.changes[0]!.notesAdded).toBe(1);
  });
});
