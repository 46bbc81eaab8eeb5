import { describe, expect, it } from 'vitest';
import { clock, loadContext, makeContext, print } from './context.js';
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

describe('colour', () => {
  const out = (isTTY: boolean) => ({ write: () => true, isTTY });
  const env = { MLROAD_CONFIG_DIR: '/nonexistent-mlroad' };

  it('styles a terminal with chalk, loaded only then, and leaves a pipe plain', async () => {
    const both = await loadContext({ env, stdout: out(true), stderr: out(false) });
    expect(both.style.level).toBe(1);
    expect(both.style.bold(both.style.cyan('x'))).toBe('\u001b[1m\u001b[36mx\u001b[39m\u001b[22m');
    const piped = await loadContext({ env, stdout: out(false), stderr: out(false) });
    expect(piped.style.level).toBe(0);
    expect(piped.style.red('x')).toBe('x');
  });

  it('honours NO_COLOR, --no-color and FORCE_COLOR before loading anything', async () => {
    expect((await loadContext({ env: { ...env, NO_COLOR: '1' }, stdout: out(true), stderr: out(true) })).style.level).toBe(0);
    expect((await loadContext({ env, stdout: out(true), stderr: out(true), noColor: true })).style.level).toBe(0);
    expect((await loadContext({ env: { ...env, FORCE_COLOR: '1' }, stdout: out(false), stderr: out(false) })).style.green('x')).toBe('\u001b[32mx\u001b[39m');
  });

  it('refuses to colour without the style rather than print plain text by mistake', () => {
    expect(() => makeContext({ env, stdout: out(true), stderr: out(false) })).toThrow(/loadContext/);
    expect(makeContext({ env, stdout: out(false), stderr: out(false) }).style.level).toBe(0);
  });
});
