import { z } from 'zod';
import { ExerciseSchema, QuizSchema, RoadmapSchema } from './schema.js';

/** JSON Schema generated from the zod schema, so editors' completion can never drift from it. */
export function roadmapJsonSchema(): Record<string, unknown> {
  return { ...withAuthorKeys(toJsonSchema(RoadmapSchema)), title: 'mlroad roadmap' };
}

export function quizJsonSchema(): Record<string, unknown> {
  return { ...withAuthorKeys(toJsonSchema(QuizSchema)), title: 'mlroad quiz file' };
}

/**
 * validate ignores `x-…` keys everywhere and reads YAML merge keys (`<<`); the parser drops or
 * resolves them before zod sees the data, so the schema must allow them on every closed object.
 */
function withAuthorKeys<T>(node: T): T {
  // (The array branch is redundant, since Object.values walks an array too: its mutants are equivalent.)
  if (Array.isArray(node)) {
    node.forEach(withAuthorKeys);
    return node;
  }
  // (Its `node !== null` -> true mutant survives: zod writes no null in our schemas (see test/golden), so typeof alone would do.)
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const v of Object.values(record)) withAuthorKeys(v);
    // (Its type check's `true` mutant survives: zod writes additionalProperties: false only on an object's schema.)
    if (record.additionalProperties === false && record.type === 'object') {
      record.patternProperties = { '^x-': { description: 'Your own field; mlroad ignores it.' }, '^<<$': { description: 'A YAML merge key.' } };
    }
  }
  return node;
}

export function exerciseJsonSchema(): Record<string, unknown> {
  return { ...toJsonSchema(ExerciseSchema), title: 'mlroad exercise file' };
}

/** What an author writes, before zod fills in defaults: a field with a default is not required. */
function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    // Stryker disable next-line StringLiteral: our schemas hold nothing unrepresentable (each converts under 'throw' too), so zod never reads this
    unrepresentable: 'any',
  });
}
