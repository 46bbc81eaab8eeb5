import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { wrap } from '../../src/ui/wrap.js';
import { tempConfigDir } from '../support/cli.js';
import { runMain } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

/** Runs mlroad with stdout reporting `columns`, as a terminal of that width does. */
async function at(columns: number, args: string[], input = '', lang = 'en'): Promise<string> {
  let out = '';
  const stdout = Object.assign(new Writable({ write: (c, _e, done) => ((out += String(c)), done()) }), { columns });
  const stderr = new Writable({ write: (_c, _e, done) => done() });
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end(input);
  const code = await main(args, { env: { HOME: dir, MLROAD_CONFIG_DIR: dir, LANG: 'C', NO_COLOR: '1', MLROAD_LANG: lang }, stdout, stderr, stdin });
  expect(code).toBe(0);
  return out;
}

const tooLong = (text: string, width: number) => text.split('\n').filter((l) => l.length > width);

describe('text fits narrow terminals', () => {
  for (const width of [40, 50]) {
    for (const lang of ['en', 'es']) {
      it(`status and a quiz summary fit ${width} columns in ${lang}, words whole`, async () => {
        expect((await runMain(['done', 'python'], dir)).code).toBe(0);
        const status = await at(width, ['--lang', lang, 'status'], '', lang);
        expect(tooLong(status, width)).toEqual([]);
        const quiz = await at(width, ['--lang', lang, 'quiz', 'ml-metrics', '--count', '3', '--seed', '12345', '--plain'], '1\n1\n1\n', lang);
        expect(tooLong(quiz.replace(/```[\s\S]*?```/g, ''), width)).toEqual([]);
        // The replay hint keeps each option beside its value.
        expect(quiz).toMatch(/--seed 12345/);
        expect(quiz).toMatch(/--count 3/);
      });
    }
  }

  it('stage titles are cut only when the terminal is too narrow for them', async () => {
    const wide = await at(100, ['status']);
    expect(wide).not.toContain('…');
    expect(wide).toContain('Data manipulation and preparation');
    const narrow = await at(40, ['status']);
    expect(narrow).toContain('Data manipulation and preparation'); // on a line of its own
  });

  it('wrap never splits an option from its value', () => {
    const lines = wrap('Replay: mlroad quiz ml-metrics --seed 123456789 --count 3', 40);
    expect(lines.some((l) => l.includes('--seed 123456789'))).toBe(true);
    expect(lines.some((l) => l.includes('--count 3'))).toBe(true);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
  });
});
