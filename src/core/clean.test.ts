import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { clean, cleanDeep, cleanLine, cleanStyled } from './clean.js';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('clean', () => {
  it('drops whole escape sequences, not only ESC', () => {
    expect(clean('evil\u001b]52;c;QkFE\u0007key')).toBe('evilkey');
    expect(clean('a\u001b[31mred\u001b[0m')).toBe('ared');
    expect(clean('a\u009b31mb\u009d0;title\u009cc')).toBe('abc');
    expect(clean('bell\u0007 back\bspace')).toBe('bell backspace');
  });

  it('keeps line breaks and tabs in prose, never in a line', () => {
    expect(clean('a\n\tb\r')).toBe('a\n\tb');
    expect(cleanLine('a\nuntil=1\tb')).toBe('a until=1 b');
  });

  it('strips the Trojan Source characters, but keeps an emoji joiner in prose', () => {
    expect(clean('py\u200bthon\u200d\u202eabc\u2066\ufeff')).toBe('pythonabc');
    expect(clean('dev 👩\u200d💻 ok')).toBe('dev 👩\u200d💻 ok');
    expect(clean('👍🏽\u200d👍 x')).toBe('👍🏽\u200d👍 x');
    expect(cleanLine('👩\u200d💻')).toBe('👩💻');
    expect(clean('a\u200db')).toBe('ab');
  });

  it('cleans keys and values deep, keeping __proto__ as data', () => {
    const out = cleanDeep(JSON.parse('{"__proto__": {"a\\u200b": "x\\u001b[2J"}, "l": ["\\u0007y"]}'));
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"a":"x"},"l":["y"]}');
  });

  it('keeps our own styling and drops the rest', () => {
    expect(cleanStyled('\u001b[32m✓\u001b[39m evil\u001b]52;c;x\u0007\u001b[8mhid')).toBe('\u001b[32m✓\u001b[39m evilhid');
  });

  it('never leaves a control or format character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const out of [clean(s), cleanLine(s), cleanStyled(s)]) {
          expect(out).not.toMatch(CONTROL);
          expect(out.replace(/\u200d/g, '')).not.toMatch(FORMAT);
        }
        expect(cleanLine(s)).not.toMatch(/[\n\t\u200d]/);
        expect(clean(clean(s))).toBe(clean(s));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * clean.js loaded anew: its pattern tables are module constants, built once at load, and a
 * mutation run only reaches code that runs inside a test.
 */
async function fresh() {
  vi.resetModules();
  return import('./clean.js');
}

describe('escape sequences, every form (module loaded in the test)', () => {
  const prose: [string, string][] = [
    ['a\u001b[31mred\u001b[0m', 'ared'],
    ['a\u001b[12;3Hb', 'ab'],
    ['a\u001b[12', 'a'],
    ['a\u001b[', 'a'],
    ['evil\u001b]52;c;QkFE\u0007key', 'evilkey'],
    ['a\u001b]0;title\u001b\\b', 'ab'],
    ['a\u001b]0;title\u009cb', 'ab'],
    ['a\u001b]0;title', 'a'],
    ['a\u001bPqx\u001b\\b', 'ab'],
    ['a\u001b_apc\u009cb', 'ab'],
    ['a\u001b^pm', 'a'],
    ['a\u001bXsos', 'a'],
    ['a\u001bcb', 'ab'],
    ['a\u001b(Bb', 'ab'],
    ['a\u001b$(Bb', 'ab'],
    ['a\u001b(', 'a'],
    ['a\u001b', 'a'],
    ['a\u009b31mb', 'ab'],
    ['a\u009b12;3Hb', 'ab'],
    ['a\u009b12', 'a'],
    ['a\u009d0;title\u009cc', 'ac'],
    ['a\u0090dcs\u0007c', 'ac'],
    ['a\u009dtitle', 'a'],
    ['a\u0098sos\u001b', 'a'],
  ];

  it('prose keeps nothing of any sequence', async () => {
    const m = await fresh();
    for (const [input, expected] of prose) expect(m.clean(input), JSON.stringify(input)).toBe(expected);
  });

  it('a line keeps nothing of them either: no terminator is left to become a space', async () => {
    const m = await fresh();
    expect(m.cleanLine('a\u001b]0;t\u0007b')).toBe('ab');
    expect(m.cleanLine('a\u001b]0;t\u009cb')).toBe('ab');
    expect(m.cleanLine('a\u009dtitle\u009cb')).toBe('ab');
    expect(m.cleanLine('a\u0090x\u0007b')).toBe('ab');
    expect(m.cleanLine('a\u001b')).toBe('a');
    expect(m.cleanLine('a\u001b_x\u001b\\b')).toBe('ab');
    expect(m.cleanLine('a\nb\tc')).toBe('a b c');
  });
});

describe('controls, format characters and emoji joiners (module loaded in the test)', () => {
  it('prose drops controls but keeps breaks and tabs; a line turns every control into a space', async () => {
    const m = await fresh();
    expect(m.clean('a\u0000b\u0008c\u000bd\u001fe\u007ff\u009cg\n\th')).toBe('abcdefg\n\th');
    expect(m.cleanLine('a\u0000b\u001fc\u007fd\u009ce')).toBe('a b c d e');
  });

  it('strips every Trojan Source and invisible character', async () => {
    const m = await fresh();
    const hidden = '\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a\u202e\u2060\u2064\u2066\u206f\ufeff\ufff9\ufffb';
    for (const c of hidden) {
      expect(m.clean(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('ab');
      expect(m.cleanLine(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('ab');
    }
  });

  it('keeps a joiner between pictographs, after a variation selector or a skin tone, in prose only', async () => {
    const m = await fresh();
    expect(m.clean('dev 👩\u200d💻 ok')).toBe('dev 👩\u200d💻 ok');
    expect(m.clean('❤\ufe0f\u200d🔥')).toBe('❤\ufe0f\u200d🔥');
    expect(m.clean('👍🏽\u200d👍 x')).toBe('👍🏽\u200d👍 x');
    expect(m.clean('👩\u200dx')).toBe('👩x');
    expect(m.clean('x\u200d👩')).toBe('x👩');
    expect(m.clean('👩\u200d\u200d💻')).toBe('👩💻');
    expect(m.cleanLine('👩\u200d💻')).toBe('👩💻');
  });

  it('keeps a private-use character when there is no joiner, and never lets one pass for a kept joiner', async () => {
    const m = await fresh();
    expect(m.clean('x\u{e000}y')).toBe('x\u{e000}y');
    expect(m.clean('a\u{e000}b\u200dc')).toBe('abc');
    expect(m.clean('👩\u{e000}💻 \u200d')).toBe('👩💻 ');
  });
});

describe('cleanDeep, every kind of value', () => {
  it('leaves numbers, booleans, null, undefined and dates as they are', async () => {
    const m = await fresh();
    const date = new Date(0);
    expect(m.cleanDeep(date)).toBe(date);
    expect([m.cleanDeep(5), m.cleanDeep(true), m.cleanDeep(null), m.cleanDeep(undefined)]).toEqual([5, true, null, undefined]);
    expect(m.cleanDeep({ n: 1, d: date, z: null })).toEqual({ n: 1, d: date, z: null });
    expect(m.cleanDeep([1, 'a\u0007', [null]])).toEqual([1, 'a', [null]]);
  });

  it('gives plain, writable and deletable properties', async () => {
    const m = await fresh();
    const out = m.cleanDeep({ a: 'x', b: 'y' }) as Record<string, string>;
    out.a = 'changed';
    delete out.b;
    expect(out).toEqual({ a: 'changed' });
  });
});

describe('cleanStyled, our styling codes (module loaded in the test)', () => {
  it('keeps bold, dim, italic, underline, resets and the 16 colours, foreground and background', async () => {
    const m = await fresh();
    for (const code of [0, 1, 2, 3, 4, 22, 23, 24, 30, 31, 37, 39, 40, 41, 47, 49, 90, 91, 97]) {
      const styled = `\u001b[${code}mx\u0007`;
      expect(m.cleanStyled(styled), String(code)).toBe(`\u001b[${code}mx`);
    }
  });

  it('drops codes that are not ours', async () => {
    const m = await fresh();
    for (const code of ['5', '8', '9', '38;5;1', '98', '100', '3;1']) expect(m.cleanStyled(`\u001b[${code}mx`), code).toBe('x');
  });

  it('returns text without controls untouched, and does not take a marker in the text for one of ours', async () => {
    const m = await fresh();
    expect(m.cleanStyled('a\u{e001}31\u{e002}b')).toBe('a\u{e001}31\u{e002}b');
    expect(m.cleanStyled('\u0007x\u{e001}1\u{e002}')).toBe('x1');
  });
});
