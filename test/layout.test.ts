import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's Development section says what each folder may import; this holds the two rules
// that keep the core pure and the wording at the edge.
const SRC = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^import (type )?[^'"]*['"]([^'"]+)['"]/gm)].map((m) => ({ type: Boolean(m[1]), from: m[2]! }));

describe('layout', () => {
  it('the store and the core word nothing: no runtime import of the message catalogues', () => {
    const offenders = [...sources(join(SRC, 'store')), ...sources(join(SRC, 'core'))].flatMap((file) =>
      imports(file)
        .filter((i) => !i.type && /\/i18n\//.test(i.from))
        .map((i) => `${relative(SRC, file)} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core is pure: no node: module, and nothing from the store, commands, ui, i18n, share or exec', () => {
    const offenders = sources(join(SRC, 'core')).flatMap((file) =>
      imports(file)
        .filter((i) => !i.type && (i.from.startsWith('node:') || /\.\.\/(\.\.\/)?(store|commands|ui|i18n|share|exec)\//.test(i.from)))
        .map((i) => `${relative(SRC, file)} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });
  it('the language lives in the context: no global t, setLanguage or module-level let in src/i18n, and nothing imports a bare t', () => {
    const i18n = sources(join(SRC, 'i18n'));
    const state = i18n.flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^(?:export )?(?:let|var) (\w+)|^export (?:async )?function (t|setLanguage|language)\(|^export const (t|setLanguage|language)\b/gm,
        ),
      ].map((m) => `${relative(SRC, file)}: ${m[0]}`),
    );
    const bare = sources(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import \{([^}]*)\} from ['"][^'"]*\/i18n\/index\.js['"]/gm)]
        .filter((m) => /(?:^|,)\s*(?:type )?(?:t|setLanguage|language)\s*(?:,|$)/.test(m[1]!))
        .map(() => `${relative(SRC, file)} imports a global translator`),
    );
    expect([...state, ...bare]).toEqual([]);
  });
});
