import { describe, expect, it, vi } from 'vitest';
import { allVariants, interpolate, localize, stripControls, stripControlsDeep } from './text.js';

describe('localize', () => {
  it('picks the language, then English, then the first present', () => {
    expect(localize({ en: 'hi', es: 'hola' }, 'es')).toBe('hola');
    expect(localize({ en: 'hi', fr: 'salut' }, 'es')).toBe('hi');
    expect(localize({ fr: 'salut', de: 'hallo' }, 'es')).toBe('salut');
  });

  it('returns a plain string as is, and empty text for none', () => {
    expect(localize('plain', 'es')).toBe('plain');
    expect(localize(undefined, 'en')).toBe('');
    expect(localize({}, 'en')).toBe('');
  });
});

describe('allVariants', () => {
  it('lists every language variant', () => {
    expect(allVariants('one')).toEqual(['one']);
    expect(allVariants({ en: 'a', es: 'b' })).toEqual(['a', 'b']);
  });
});

describe('interpolate', () => {
  it('replaces known names and leaves unknown ones', () => {
    expect(interpolate('{n} of {total} ({x})', { n: 3, total: 'ten' })).toBe('3 of ten ({x})');
  });

  it('does not take names from the prototype', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('stripControls', () => {
  it('removes escape sequences, in strings and deep inside documents', () => {
    expect(stripControls('a\u001b[31mb')).not.toContain('\u001b');
    expect(JSON.stringify(stripControlsDeep({ k: ['x\u001b[2Jy'] }))).not.toContain('\\u001b');
  });
});

describe('text.js loaded anew', () => {
  // Loaded inside the test so its module-level definitions are built while a test runs.
  it('stripControlsDeep cleans every string of a value', async () => {
    vi.resetModules();
    const fresh = await import('./text.js');
    expect(fresh.stripControlsDeep({ a: ['x\u001b[2J', 'y\u200b'], n: 1 })).toEqual({ a: ['x', 'y'], n: 1 });
    expect(fresh.stripControls('a\u0007b')).toBe('ab');
  });
});
