import { describe, expect, it } from 'vitest';
import { clock, print } from './context.js';
import { UsageError } from './errors.js';
import { english } from './i18n/index.js';

describe('MLROAD_NOW', () => {
  it('pins the clock to a date between 1970 and 9999', () => {
    expect(clock('2026-01-31T09:00:00Z', english)().toISOString()).toBe('2026-01-31T09:00:00.000Z');
    expect(clock('9999-12-31T23:59:59Z', english)().getUTCFullYear()).toBe(9999);
    expect(clock('1970-01-01T00:00:00Z', english)().getTime()).toBe(0);
  });

  it('refuses a date outside those years with a usage error that names it', () => {
    for (const bad of ['+275760-09-13', '-000001-01-01', '1969-12-31T23:59:59Z', '+010000-01-01', 'soon']) {
      expect(() => clock(bad, english), bad).toThrow(UsageError);
      expect(() => clock(bad, english), bad).toThrow(/1970 and 9999/);
    }
  });
});

describe('the output layer', () => {
  it('print lets our styling through and nothing else', () => {
    let out = '';
    print({ write: (s: string) => (out += s) }, ['\u001b[1mTitle\u001b[22m', 'path ev\u001b]52;c;QkFE\u0007il\u200b']);
    expect(out).toBe('\u001b[1mTitle\u001b[22m\npath evil\n');
  });
});
