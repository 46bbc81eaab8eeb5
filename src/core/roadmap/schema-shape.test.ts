import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// A fresh load inside each test: the zod schemas are built when the modules load, and Stryker
// switches a mutant on only once a test has started, so only a load in the test can see one there.
async function fresh() {
  vi.resetModules();
  return import('./json-schema.js');
}

// Compared as data, so formatting the golden files changes nothing.
const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/golden/${name}.schema.json`, import.meta.url), 'utf8'));

describe('the shipped JSON Schemas change only on purpose', () => {
  it('the roadmap schema: every field, type, limit, default and description', async () => {
    const { roadmapJsonSchema } = await fresh();
    expect(roadmapJsonSchema()).toEqual(golden('roadmap'));
  });

  it('the quiz file schema', async () => {
    const { quizJsonSchema } = await fresh();
    expect(quizJsonSchema()).toEqual(golden('quiz'));
  });

  it('the exercise file schema', async () => {
    const { exerciseJsonSchema } = await fresh();
    expect(exerciseJsonSchema()).toEqual(golden('exercise'));
  });
});
