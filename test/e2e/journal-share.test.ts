import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED, runCli, tempConfigDir } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const opts = { env: { MLROAD_NOW: '2026-12-01T10:00:00Z', TZ: 'UTC' } };

describe('journal and share through the built binary', () => {
  it('note, then journal --json and journal export show it; share writes the card and the page', async () => {
    expect((await runCli(['--roadmap', BUNDLED, 'note', 'python', 'dicts keep insertion order'], dir, opts)).code).toBe(0);
    const journal = await runCli(['--roadmap', BUNDLED, 'journal', '--json'], dir, opts);
    expect(JSON.parse(journal.stdout).entries).toEqual([
      expect.objectContaining({ kind: 'note', topic: 'python', at: '2026-12-01T10:00:00.000Z', text: 'dicts keep insertion order' }),
    ]);

    const es = await runCli(['--roadmap', BUNDLED, '--lang', 'es', 'journal', 'export'], dir, opts);
    expect(es.stdout).toMatch(/## Semana del 30 de noviembre\n\n- .*: Nota sobre \*\*Programación.*\*\*: dicts keep insertion order\n/);

    const card = await runCli(['--roadmap', BUNDLED, 'share', '--out', 'card.svg'], dir, opts);
    expect(card.code).toBe(0);
    expect(readFileSync(join(dir, 'card.svg'), 'utf8')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480"/,
    );
    const page = await runCli(['--roadmap', BUNDLED, '--lang', 'es', 'share', '--out', 'roadmap.html'], dir, opts);
    expect(page.code).toBe(0);
    expect(readFileSync(join(dir, 'roadmap.html'), 'utf8')).toContain('<html lang="es">');

    const unknown = await runCli(['--roadmap', BUNDLED, 'note', 'pythn', 'x'], dir, opts);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown topic "pythn"');
  });
});
