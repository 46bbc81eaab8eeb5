import { describe, expect, it, vi } from 'vitest';
import type { Quiz } from './schema.js';

// A fresh load inside the test: the patterns are built when the module loads, and Stryker
// switches a mutant on only once a test has started, so only a load in the test can see one there.
async function fresh() {
  vi.resetModules();
  return import('./warnings.js');
}

describe('codeOutsideFence', () => {
  it('takes a statement keyword only at the start of a line', async () => {
    const { codeOutsideFence } = await fresh();
    expect(codeOutsideFence('def f(x): return x')).toBe('def f(x): return x');
    expect(codeOutsideFence('  return x')).toBe('  return x');
    expect(codeOutsideFence('from sklearn.tree import DecisionTreeClassifier')).toBe('from sklearn.tree import DecisionTreeClassifier');
    expect(codeOutsideFence('Which class is it?')).toBeUndefined();
    expect(codeOutsideFence('undef x')).toBeUndefined();
  });

  it('takes an assignment on a line of its own, with or without spaces, to a name, field or item', async () => {
    const { codeOutsideFence } = await fresh();
    for (const line of ['y = f(x)', 'y=f(x)', 'y =f(x)', '  y = f(x)', 'model.coef_ = w', 'df["a"] = 1', '_x = 2']) {
      expect([line, codeOutsideFence(line)]).toEqual([line, line]);
    }
    for (const line of ['Then y = f(x)', '(y = 2', 'y == 2', '1 = x', 'y =', 'y =  ']) {
      expect([line, codeOutsideFence(line)]).toEqual([line, undefined]);
    }
  });

  it('leaves a formula in a sentence to the prose: a comma, or a stop at the end', async () => {
    const { codeOutsideFence } = await fresh();
    expect(codeOutsideFence('x = 5.')).toBeUndefined();
    expect(codeOutsideFence('x = 5. ')).toBeUndefined();
    expect(codeOutsideFence('x = 5?')).toBeUndefined();
    expect(codeOutsideFence('x = 5!  ')).toBeUndefined();
    expect(codeOutsideFence('x = a, b')).toBeUndefined();
    expect(codeOutsideFence('x = a.b')).toBe('x = a.b');
    expect(codeOutsideFence('x = a,b')).toBe('x = a,b');
  });

  it('skips what a fence holds, a fence opening only at the start of a line', async () => {
    const { codeOutsideFence } = await fresh();
    expect(codeOutsideFence('What prints?\n  ```\n    print(1)\n  ```\nDone')).toBeUndefined();
    expect(codeOutsideFence('```python\ny = f(x)\n```\ny = g(x)')).toBe('y = g(x)');
    expect(codeOutsideFence('see ```\n    code')).toBe('    code');
  });

  it('skips blank lines, even ones of spaces only', async () => {
    const { codeOutsideFence } = await fresh();
    expect(codeOutsideFence('Hello\n     \nWorld')).toBeUndefined();
    expect(codeOutsideFence('\n\n')).toBeUndefined();
  });

  it('takes a line ending in a colon only when the next line is indented under it', async () => {
    const { codeOutsideFence } = await fresh();
    expect(codeOutsideFence('for x in xs: \n  print(x)')).toBe('for x in xs: ');
    expect(codeOutsideFence('Note: the mean\n  is x')).toBeUndefined();
    expect(codeOutsideFence('Note:\n      \nthe end')).toBeUndefined();
    expect(codeOutsideFence('Note:\nthe end')).toBeUndefined();
    expect(codeOutsideFence('  Note:\n  the end')).toBeUndefined();
    expect(codeOutsideFence('Note:')).toBeUndefined();
  });
});

describe('quizWarnings', () => {
  const quiz = (questions: Record<string, unknown>[]) => ({ id: 'q', title: 'Q', passPercent: 80, questions }) as unknown as Quiz;

  it('names a question with no explanation, and a prompt with code outside a fence once, cut to 40 characters', async () => {
    const { quizWarnings } = await fresh();
    const long = `    ${'x'.repeat(50)}`;
    const warnings = quizWarnings(
      quiz([
        { id: 'a', prompt: { en: long, es: 'y = f(x)' }, explanation: 'e' },
        { id: 'b', prompt: 'fine' },
        { id: 'c', prompt: { en: 'fine', es: 'y = f(x)' }, explanation: 'e' },
      ]),
    );
    expect(warnings).toEqual([
      { path: ['questions', 0, 'prompt'], code: 'codeOutsideFence', params: { line: 'x'.repeat(40) } },
      { path: ['questions', 1, 'id'], code: 'noExplanation', params: { id: 'b' } },
      { path: ['questions', 2, 'prompt'], code: 'codeOutsideFence', params: { line: 'y = f(x)' } },
    ]);
  });
});
