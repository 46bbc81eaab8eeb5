import { describe, expect, it, vi } from 'vitest';

// A fresh load inside each test: parse.ts builds its patterns and sets when it loads, and
// Stryker switches a mutant on only once a test has started.
async function parse(text: string) {
  vi.resetModules();
  const { parseRoadmap } = await import('./parse.js');
  return parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p }));
}

const yamlString = (s: string) =>
  `"${s.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u202a-\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
const roadmap = (title: string, topics = '      - id: t1\n        title: T\n        summary: S\n') =>
  `formatVersion: 1\nid: fixture\ntitle: ${title}\ndescription: For tests.\nstages:\n  - id: s1\n    title: S\n    summary: S\n    topics:\n${topics}`;

describe('parseRoadmap, freshly loaded', () => {
  it('cleans terminal controls out of any text, and leaves plain text and accents as written', async () => {
    const titles: [string, string][] = [
      ['Safe\u001b[31mred\u001b[0m', 'Safered'],
      ['\u001b[2J', ''],
      ['x\u0007', 'x'],
      ['\u202eevil', 'evil'],
      ['Año: ¿qué? ¡sí! déjà vu', 'Año: ¿qué? ¡sí! déjà vu'],
      ['tab\there', 'tab\there'],
    ];
    for (const [raw, clean] of titles) {
      const r = await parse(roadmap(yamlString(raw)));
      expect([raw, r.ok && r.value.roadmap.title]).toEqual([raw, clean]);
    }
  });

  it('says an indentation mistake once, without yaml’s own errors it causes', async () => {
    const topics = '      - id: t1\n        title: T\n        summary: S\n          learn: [x]\n';
    const r = await parse(roadmap('T', topics));
    expect(r.ok ? [] : r.issues.map((i) => `${i.line}:${i.column} ${i.code}`)).toEqual(['13:11 indentDeeper']);
    const between = '      - id: t1\n        title: T\n        summary: S\n        learn:\n          - x\n       optional: true\n        quiz: q1\n';
    const r2 = await parse(roadmap('T', between));
    expect(r2.ok ? [] : r2.issues.map((i) => `${i.line}:${i.column} ${i.code}`)).toEqual(['15:8 indentSibling']);
  });
});
