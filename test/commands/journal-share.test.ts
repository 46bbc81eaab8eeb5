import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journal, journalExport } from '../../src/commands/journal.js';
import { mark } from '../../src/commands/mark.js';
import { note } from '../../src/commands/note.js';
import { exportProgress, importProgress } from '../../src/commands/progress-transfer.js';
import { share } from '../../src/commands/share.js';
import { loadTranslator } from '../../src/i18n/index.js';
import { BUNDLED, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';

let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = tempConfigDir());
});
afterEach(() => cleanup());

const at = (now: string, extra: Parameters<typeof testContext>[1] = {}) => testContext(dir, { roadmap: BUNDLED, now, ...extra });
type Entry = { kind: string; topic?: string; at: string; text?: string };

describe('note, journal and its export', () => {
  it('a note shows in journal --json with its topic and date, and under its week in the export', async () => {
    await note(at('2026-12-01T10:00:00Z').ctx, { words: ['python', 'dicts keep insertion order'] });
    await mark(at('2026-12-02T10:00:00Z').ctx, 'done', { topicIds: ['python'] });
    const j = at('2026-12-02T11:00:00Z');
    await journal(j.ctx, { json: true });
    const { entries } = JSON.parse(j.stdout()) as { entries: Entry[] };
    expect(entries).toEqual([
      { kind: 'topic', at: '2026-12-02T10:00:00.000Z', topic: 'python', title: 'Programming (Python, no question about it)' },
      {
        kind: 'note',
        at: '2026-12-01T10:00:00.000Z',
        topic: 'python',
        title: 'Programming (Python, no question about it)',
        text: 'dicts keep insertion order',
      },
    ]);
    const e = at('2026-12-02T11:00:00Z');
    await journalExport(e.ctx, {});
    expect(e.stdout()).toMatch(/## Week of November 30\n\n- .*Finished Programming.*\n- .*Note on \*\*Programming.*\*\*: dicts keep insertion order\n/);

    const plain = at('2026-12-02T11:00:00Z');
    await journal(plain.ctx, {});
    expect(
      plain
        .stdout()
        .split('\n')
        .slice(0, 2)
        .map((l) => l.replace(/^.{12} /, '')),
    ).toEqual(['Finished Programming (Python, no question about it)', 'Note on Programming (Python, no question about it): dicts keep insertion order']);

    const since = at('2026-12-02T11:00:00Z');
    await journal(since.ctx, { json: true, since: '2026-12-02' });
    expect((JSON.parse(since.stdout()) as { entries: Entry[] }).entries.map((x) => x.kind)).toEqual(['topic']);
    await expect(journal(at('2026-12-02T11:00:00Z').ctx, { since: '2026-13-40' })).rejects.toThrow(/not a date/);
  });

  it('notes the current topic by default, reads stdin without a terminal, and adds nothing for an empty note', async () => {
    const c = at('2026-12-01T10:00:00Z', { input: 'Typed on stdin\r\n\twith a tab\u0007 and a bell\n' });
    await note(c.ctx, { words: [], json: true });
    expect(JSON.parse(c.stdout()).note).toEqual({ topic: 'python', at: '2026-12-01T10:00:00.000Z', text: 'Typed on stdin\n\twith a tab and a bell' });
    const empty = at('2026-12-01T11:00:00Z', { input: '  \n' });
    await note(empty.ctx, { words: [] });
    expect(empty.stderr()).toContain('nothing was added');
    const j = at('2026-12-01T12:00:00Z');
    await journal(j.ctx, { json: true });
    expect((JSON.parse(j.stdout()) as { entries: Entry[] }).entries).toHaveLength(1);
  });

  it('opens $EDITOR (split on whitespace, no shell) on a terminal when no text is given', async () => {
    const script = join(dir, 'fake-editor.cjs');
    writeFileSync(script, "require('node:fs').writeFileSync(process.argv[2], 'From the editor; $HOME stays literal\\n');\n");
    const c = testContext(dir, { roadmap: BUNDLED, interactive: true, now: '2026-12-01T10:00:00Z' });
    const ctx = { ...c.ctx, env: { ...c.ctx.env, EDITOR: `${process.execPath} ${script}`, VISUAL: '' } };
    await note(ctx, { words: ['explore-data'], json: true });
    expect(JSON.parse(c.stdout()).note).toMatchObject({ topic: 'explore-data', text: 'From the editor; $HOME stays literal' });
  });

  it('refuses an unknown topic with a suggestion, and a note over the cap without cutting it', async () => {
    await expect(note(at('2026-12-01T10:00:00Z').ctx, { words: ['pythn', 'x'] })).rejects.toThrow(/unknown topic "pythn".*"python"/);
    await expect(note(at('2026-12-01T10:00:00Z').ctx, { words: ['python', 'x'.repeat(20_001)] })).rejects.toThrow(
      /too long \(20001 characters; at most 20000\)/,
    );
  });
});

describe('notes travel with progress export and import', () => {
  it('keeps every note, verbatim, on a fresh directory, and a second import adds none twice', async () => {
    const texts = ['first: <b>bold</b> & "quoted"', 'second\nwith two lines', 'third, same time as second'];
    await note(at('2026-12-01T10:00:00Z').ctx, { words: ['python', texts[0]!] });
    await note(at('2026-12-01T11:00:00Z').ctx, { words: ['python', texts[1]!] });
    await note(at('2026-12-01T11:00:00Z').ctx, { words: ['math-for-ml', texts[2]!] });
    const file = join(dir, 'export.json');
    await exportProgress(at('2026-12-01T12:00:00Z').ctx, { file });

    const fresh = tempConfigDir();
    try {
      const into = (now: string) => testContext(fresh.dir, { roadmap: BUNDLED, now });
      await importProgress(into('2026-12-02T10:00:00Z').ctx, { file });
      await importProgress(into('2026-12-02T10:00:00Z').ctx, { file, merge: true });
      const j = into('2026-12-02T11:00:00Z');
      await journal(j.ctx, { json: true });
      const notes = (JSON.parse(j.stdout()) as { entries: Entry[] }).entries.filter((e) => e.kind === 'note');
      expect(notes.map((n) => n.text).sort()).toEqual([...texts].sort());
    } finally {
      fresh.cleanup();
    }
  });
});

describe('share', () => {
  it('picks the format from the extension, writes the file and says where on stderr; --open uses the opener', async () => {
    await mark(at('2026-12-01T10:00:00Z').ctx, 'done', { topicIds: ['python'] });
    const opened: string[] = [];
    for (const name of ['card.svg', 'roadmap.html', 'summary.md']) {
      const c = at('2026-12-01T11:00:00Z');
      await share(c.ctx, {
        out: join(dir, name),
        open: name.endsWith('html'),
        opener: async (f) => {
          opened.push(f);
          return true;
        },
      });
      expect(c.stdout()).toBe('');
      expect(c.stderr()).toContain(join(dir, name));
    }
    expect(readFileSync(join(dir, 'card.svg'), 'utf8')).toMatch(/^<\?xml[\s\S]*<svg /);
    expect(readFileSync(join(dir, 'roadmap.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^# ML Engineer roadmap/);
    expect(opened).toEqual([join(dir, 'roadmap.html')]);
    await expect(share(at('2026-12-01T11:00:00Z').ctx, { format: 'pdf' })).rejects.toThrow(/Unknown format "pdf"/);
  });

  it('prints Markdown to stdout, with notes on request, in Spanish for a Spanish learner', async () => {
    await note(at('2026-12-01T10:00:00Z').ctx, { words: ['python', 'mi nota'] });
    const c = testContext(dir, { roadmap: BUNDLED, now: '2026-12-01T11:00:00Z' });
    await share({ ...c.ctx, lang: 'es', t: await loadTranslator('es') }, { notes: true });
    expect(c.stdout()).toContain('## Etapas');
    expect(c.stdout()).toContain('## Notas');
    expect(c.stdout()).toContain('mi nota');
  });
});
