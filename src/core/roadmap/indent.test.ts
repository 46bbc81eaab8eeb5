import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { english } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { indentMistakes } from './indent.js';
import { parseRoadmap } from './parse.js';

function issues(text: string) {
  const r = parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p }));
  if (r.ok) throw new Error('expected problems');
  return r.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${describeIssue(english, i)}`);
}

const HEAD = `formatVersion: 1\nid: fixture\ntitle: Fixture\ndescription: For tests.\nstages:\n  - id: s1\n    title: S\n    summary: S\n    topics:\n`;

describe('an indentation mistake is said once, at the key, with the fix', () => {
  it('a key indented between two levels', () => {
    const text = `${HEAD}      - id: t1\n        title: T\n        summary: S\n        learn:\n          - x\n       optional: true\n        quiz: q1\n      - id: t2\n        title: T\n        summary: S\n        learn: [y]\n`;
    expect(issues(text)).toEqual([
      'r.yaml:15:8: "optional" is indented 7 spaces, but "learn" (line 13) beside it is indented 8: indent "optional" like "learn", with 8 spaces',
    ]);
  });

  it('a key indented under a key that already has a value', () => {
    const text = `${HEAD}      - id: t1\n        title: T\n        summary: S\n          learn: [x]\n`;
    expect(issues(text)).toEqual([
      'r.yaml:13:11: "learn" is indented more than "summary" (line 12), which already has a value: indent "learn" like "summary", with 8 spaces',
    ]);
  });

  it("a key indented with a tab is said once, as the mistake, not again as yaml's tab error on that line", () => {
    expect(issues('a:\n  b: 1\n\tc: 2\n')).toEqual([
      'r.yaml:3:2: "c" is indented 1 spaces, but "b" (line 2) beside it is indented 2: indent "c" like "b", with 2 spaces',
    ]);
  });

  it("yaml's errors of the kinds a wrong indent causes are its follow-ons on lines before the mistake too", async () => {
    // A fresh load: the kinds are a table built as parse.js loads, and Stryker switches a mutant on only once a test has started.
    vi.resetModules();
    const { parseRoadmap } = await import('./parse.js');
    const said = (text: string) => {
      const r = parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p }));
      return r.ok ? [] : r.issues.map((i) => `${i.line}:${i.column} ${i.code}`);
    };
    // BAD_INDENT, then the duplicate key on the same line, which is said.
    expect(said('id: r\ntitle: R\nstages:\n  - id: s\n  title: S\n    topics:\n')).toEqual(['5:3 yamlSyntax', '6:5 indentDeeper']);
    // MISSING_CHAR (a sequence item without its dash) on the line above the mistake.
    expect(said('stages:\n  - id: s\n    topics:\n      - id: t\n        learn:\n          - x\n        - y\n     quiz: q\n')).toEqual(['8:6 indentSibling']);
    // UNEXPECTED_TOKEN on the line of the key whose indent is wrong, the mistake being said on the next.
    expect(said(' - id: s\n title: {en: S,\n      es: S}\n')).toEqual(['3:7 indentDeeper']);
  });

  it("valid block YAML has no mistakes: block scalars, continuation lines, sequences at the key's column", () => {
    const text = `a:\n  b: |\n      code:\n    x = 1\n  c: long text\n    that goes on\n  d:\n  - one\n  - two: 2\n    three: 3\n  e: >-\n   folded\n# comment\nf: 1\n`;
    expect(indentMistakes(text)).toEqual([]);
  });

  it('the bundled roadmap, templates and fixtures have no mistakes', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.yaml') && !path.includes('bad')) files.push(path);
      }
    };
    for (const dir of ['roadmap', 'templates', 'test/fixtures']) walk(dir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect([file, indentMistakes(readFileSync(file, 'utf8'))]).toEqual([file, []]);
  });
});
