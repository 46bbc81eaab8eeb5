// ajv comes with the dev tooling (stryker); only this test uses it, to hold the schema to validate.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tinyRoadmap as base } from '../../../test/support/roadmap-yaml.js';
import { exerciseJsonSchema, quizJsonSchema, roadmapJsonSchema } from './json-schema.js';
import { parseRoadmap } from './parse.js';

const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, validateFormats: false, allErrors: true });
const schemaAccepts = ajv.compile(roadmapJsonSchema());
const validateAccepts = (text: string) => parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p })).ok;

const valid = base('', '');
const topic = (extra: string) => base(extra, '');
const quiz = (extra: string) => base('', extra);

const INVALID: Record<string, string> = {
  'an ftp link': topic('        resources:\n          - title: R\n            url: ftp://example.org/x\n            kind: docs\n'),
  'a link that is not a URL': topic('        resources:\n          - title: R\n            url: example\n            kind: docs\n'),
  'whitespace-only text': topic('        learn: ["   "]\n'),
  'an empty text': topic('        learn: [""]\n'),
  'whitespace in a language map': topic('        learn: [{en: "  "}]\n'),
  'a language key that is not a code': topic('        learn: [{EN: x}]\n'),
  'passPercent over 100': quiz('    passPercent: 170\n'),
  'passPercent below 0': quiz('    passPercent: -1\n'),
  'passPercent not whole': quiz('    passPercent: 50.5\n'),
  'passPercent as text': quiz('    passPercent: seventy\n'),
  'optional: yes': topic('        optional: yes\n'),
  'a resource kind not in the list': topic('        resources:\n          - title: R\n            kind: bok\n'),
  'a resource language not in the list': topic('        resources:\n          - title: R\n            kind: book\n            lang: fr\n'),
  'an id not in kebab-case': topic('        quiz: Bad_Id\n'),
  'an unknown field': topic('        colour: red\n'),
  'a tag that is not text': topic('        tags: [[a]]\n'),
  'a question type that does not exist': valid.replace('type: single', 'type: singel'),
  'one choice only': valid.replace('choices: [one, two]', 'choices: [one]'),
  'a negative answer': valid.replace('answer: 0', 'answer: -1'),
  'formatVersion 2': valid.replace('formatVersion: 1', 'formatVersion: 2'),
  'no description': valid.replace('description: D\n', ''),
  'no stages': valid.replace(/stages:[\s\S]*?quizzes:/, 'stages: []\nquizzes:'),
  'title as a number': valid.replace('title: R', 'title: 2024'),
};

describe('the JSON Schema accepts what validate accepts', () => {
  it('both accept a valid roadmap with x- keys, a link-less book and no explanations', () => {
    const text = topic(
      '        x-note: mine\n        tags: [a]\n        difficulty: 2\n        resources:\n          - title: A book\n            kind: book\n',
    );
    expect(validateAccepts(text)).toBe(true);
    expect(schemaAccepts(parseYaml(text)), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  for (const [name, text] of Object.entries(INVALID)) {
    it(`both refuse ${name}`, () => {
      expect(validateAccepts(text)).toBe(false);
      expect(schemaAccepts(parseYaml(text))).toBe(false);
    });
  }
});

describe('each JSON Schema describes what an author writes', () => {
  const authorKeys = { '^x-': { description: 'Your own field; mlroad ignores it.' }, '^<<$': { description: 'A YAML merge key.' } };

  it('the roadmap: titled, fields with a default not required, x- and merge keys allowed', () => {
    const schema = roadmapJsonSchema();
    expect(schema.title).toBe('mlroad roadmap');
    expect(schema.required).toEqual(['formatVersion', 'id', 'title', 'description', 'stages']);
    expect(schema.patternProperties).toEqual(authorKeys);
  });

  it('a quiz file: titled, passPercent and questions not required, x- and merge keys allowed', () => {
    const schema = quizJsonSchema();
    expect(schema.title).toBe('mlroad quiz file');
    expect(schema.required).toEqual(['id', 'title']);
    expect(schema.patternProperties).toEqual(authorKeys);
  });

  it('an exercise file: titled, hints not required', () => {
    const schema = exerciseJsonSchema();
    expect(schema.title).toBe('mlroad exercise file');
    expect(schema.required).toEqual(['id', 'title', 'instructions', 'starter', 'check']);
    expect(schema.additionalProperties).toBe(false);
  });
});
