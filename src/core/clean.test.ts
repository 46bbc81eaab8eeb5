import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
