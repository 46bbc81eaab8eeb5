import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressFile } from '../core/progress/model.js';
import { resolveLanguage } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { ProgressStore } from './progress-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-lang-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const store = () => new ProgressStore({ dir, now: () => new Date('2026-03-01T10:00:00Z') });
const progress = () => join(dir, 'progress.json');
const sidecar = () => join(dir, '.progress.json.verified');
const withLang =
  (lang: 'en' | 'es' | undefined) =>
  (f: ProgressFile): ProgressFile => ({ ...f, settings: lang ? { ...f.settings, lang } : {} });

describe('the saved language, read without parsing the progress file', () => {
  it('comes from the record of the last write while the file is that write', async () => {
    await store().update(withLang('es'));
    expect(JSON.parse(readFileSync(sidecar(), 'utf8')).lang).toBe('es');
    const fresh = store();
    const inspect = vi.spyOn(fresh, 'inspect');
    expect(fresh.savedLanguage()).toBe('es');
    expect(inspect).not.toHaveBeenCalled();
  });

  it('takes English from the record as well, still without a parse', async () => {
    await store().update(withLang('en'));
    const fresh = store();
    const inspect = vi.spyOn(fresh, 'inspect');
    expect(fresh.savedLanguage()).toBe('en');
    expect(inspect).not.toHaveBeenCalled();
  });

  it('is "none" when the last write had none, still without a parse', async () => {
    await store().update(withLang('es'));
    await store().update(withLang(undefined));
    expect(JSON.parse(readFileSync(sidecar(), 'utf8')).lang).toBeNull();
    const fresh = store();
    const inspect = vi.spyOn(fresh, 'inspect');
    expect(fresh.savedLanguage()).toBeUndefined();
    expect(inspect).not.toHaveBeenCalled();
  });

  it('is read from the file itself once the file changed since that write', async () => {
    await store().update(withLang('en'));
    const text = readFileSync(progress(), 'utf8').replace('"lang":"en"', '"lang":"es"');
    const before = statSync(progress());
    writeFileSync(progress(), text); // same size; ctime moves whatever mtime says
    utimesSync(progress(), before.atime, before.mtime);
    const fresh = store();
    const inspect = vi.spyOn(fresh, 'inspect');
    expect(fresh.savedLanguage()).toBe('es');
    expect(inspect).toHaveBeenCalled();
  });

  it('is read from the file when the record does not note a language (an older record)', async () => {
    await store().update(withLang('es'));
    const { lang: _lang, ...older } = JSON.parse(readFileSync(sidecar(), 'utf8'));
    writeFileSync(sidecar(), JSON.stringify(older));
    expect(store().savedLanguage()).toBe('es');
  });

  it('never takes a record written by another mlroad, nor a language it does not know', async () => {
    await store().update(withLang('es'));
    const record = JSON.parse(readFileSync(sidecar(), 'utf8'));
    writeFileSync(sidecar(), JSON.stringify({ ...record, mlroad: `${VERSION}-other`, lang: 'en' }));
    expect(store().savedLanguage()).toBe('es');
    writeFileSync(sidecar(), JSON.stringify({ ...record, lang: 'fr' }));
    expect(store().savedLanguage()).toBeUndefined();
  });
});

describe('resolveLanguage asks for the saved language only when it decides', () => {
  it('does not ask when --lang or MLROAD_LANG decides', () => {
    const saved = vi.fn(() => 'es' as const);
    expect(resolveLanguage({ flag: 'en', env: {}, saved })).toBe('en');
    expect(resolveLanguage({ env: { MLROAD_LANG: 'en' }, saved })).toBe('en');
    expect(saved).not.toHaveBeenCalled();
    expect(resolveLanguage({ env: { LANG: 'en_US.UTF-8' }, saved })).toBe('es');
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
