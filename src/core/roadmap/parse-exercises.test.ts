import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { type IncludeResolver, type ParseOptions, parseRoadmap } from './parse.js';

const HEAD = `formatVersion: 1
id: fixture
title: Fixture
description: For tests.
stages:
  - id: s1
    title: S
    summary: S
    topics:
      - id: t1
        title: T
        summary: S
        learn: [x]
        exercises: [ex-one]
`;
const EXERCISE = (id: string, extra = '', run = '["{python}", "-m", "unittest"]') => `  - id: ${id}
    title: E
    instructions: Do it.
    starter: ex/starter
    check: {run: ${run}, timeout: 5}
${extra}`;
const noIncludes: IncludeResolver = (p) => ({ error: `no such file: ${p}` });

function parse(text: string, options: ParseOptions = {}, resolve: IncludeResolver = noIncludes) {
  return parseRoadmap({ file: 'r.yaml', text }, resolve, options);
}
function issues(text: string, options: ParseOptions = {}, resolve: IncludeResolver = noIncludes) {
  const r = parse(text, options, resolve);
  if (r.ok) throw new Error('expected problems');
  return r.issues.map((i) => `${i.line}:${i.column}: ${i.path}: ${describeIssue(english, i)}`);
}

describe('exercises in a roadmap', () => {
  it('parses inline and included exercises, with defaults', () => {
    const included = `id: ex-two\ntitle: Two\ninstructions: Do.\nstarter: ex/starter\ncheck: {run: [python3, t.py]}\n`;
    const r = parse(`${HEAD}exercises:\n${EXERCISE('ex-one')}  - include: two.yaml\n`, {}, (p) =>
      p === 'two.yaml' ? { file: 'two.yaml', text: included } : { error: 'no' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.roadmap.exercises.map((e) => [e.id, e.check.timeout, e.hints.length])).toEqual([
      ['ex-one', 5, 0],
      ['ex-two', 60, 0],
    ]);
    expect(r.value.roadmap.stages[0]!.topics[0]!.exercises).toEqual(['ex-one']);
  });

  it('an unknown exercise id on a topic, located', () => {
    expect(issues(`${HEAD}exercises:\n${EXERCISE('ex-other')}`)).toEqual([
      '14:21: stages[0].topics[0].exercises[0]: exercise "ex-one" does not exist; define it under exercises or fix the id (exercises: ex-other)',
    ]);
  });

  it('duplicate ids and an empty run', () => {
    const found = issues(`${HEAD}exercises:\n${EXERCISE('ex-one')}${EXERCISE('ex-one', '', '[]')}`);
    expect(found, JSON.stringify(found)).toContain(
      '25:18: exercises[1].check.run: the check needs a command: run must list at least the program, e.g. ["{python}", "-m", "unittest"]',
    );
    expect(issues(`${HEAD}exercises:\n${EXERCISE('ex-one')}${EXERCISE('ex-one')}`)).toEqual([
      '21:9: exercises[1].id: duplicate exercise id "ex-one" (first used at exercises[0]); ids must be unique',
    ]);
  });

  it('a missing directory or one leaving the roadmap, as the store reports them', () => {
    const checkDir = (dir: string) => (dir.includes('..') ? 'outside' : dir === 'ex/solution' ? 'missing' : 'ok') as 'ok' | 'missing' | 'outside';
    const extra = `    solution: ex/solution\n`;
    const text = `${HEAD}exercises:\n${EXERCISE('ex-one', extra).replace('starter: ex/starter', 'starter: ../../etc')}`;
    expect(issues(text, { checkDir })).toEqual([
      '19:14: exercises[0].starter: directory "../../etc" leaves the roadmap\'s directory; keep it inside',
      '21:15: exercises[0].solution: directory "ex/solution" does not exist (paths are relative to the roadmap\'s directory)',
    ]);
  });

  it('a shell string instead of an argv is refused', () => {
    expect(issues(`${HEAD}exercises:\n${EXERCISE('ex-one', '', '"python3 -m unittest"')}`)[0]).toMatch(/exercises\[0\]\.check\.run/);
  });
});
