import { beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../test/support/builders.js';
import { buildShareData } from '../core/journal/share-data.js';
import { buildTimeline } from '../core/journal/timeline.js';
import { emptyRoadmapProgress, type RoadmapProgress } from '../core/progress/model.js';
import { english, loadTranslator, type Translator } from '../i18n/index.js';
import { renderCardSvg } from './card-svg.js';
import { escapeMarkdown, escapeXml, markdownLink, safeHref } from './escape.js';
import { renderJournalMarkdown, weekHeading } from './journal-md.js';
import { renderRoadmapHtml } from './roadmap-html.js';
import { renderSummaryMarkdown } from './summary-md.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

const hostile = makeRoadmap({
  title: `Road ${SCRIPT}`,
  stages: [makeStage({ id: 's', title: IMG, topics: [makeTopic({ id: 'a', title: SCRIPT }), makeTopic({ id: 'b', title: `'${IMG}`, optional: true })] })],
  quizzes: [{ id: 'q', title: IMG, passPercent: 50, questionCount: 2 }],
});

function progress(url: string): RoadmapProgress {
  return {
    ...emptyRoadmapProgress(),
    topics: { a: { status: 'done', at: '2026-12-01T12:00:00' } },
    attempts: [{ quiz: 'q', at: '2026-12-01T12:00:00', seed: '1', score: 2, total: 2, finished: true, questions: [] }],
    notes: [{ topic: 'a', at: '2026-11-29T12:00:00', text: `mine ${SCRIPT}\nline two` }],
    ...{ projects: { a: { url, at: '2026-12-01T13:00:00' } } },
  };
}

const NOW = new Date('2026-12-01T18:00:00');
// Each test words in its own translator; English unless it loads another.
let t: Translator = english;
beforeEach(() => {
  t = english;
});

describe('escaping', () => {
  it('turns markup into text, in content and attributes', () => {
    expect(escapeXml(IMG)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml("a'b&\u0007")).toBe('a&#39;b&amp;');
  });

  it('makes links only of http and https URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('https://github.com/me/x')).toBe('https://github.com/me/x');
    expect(markdownLink('x', 'javascript:alert(1)')).not.toContain('](');
  });

  it('keeps roadmap text literal in Markdown', () => {
    expect(escapeMarkdown('[click](javascript:x) *b* <b>')).toBe('\\[click\\](javascript:x) \\*b\\* &lt;b&gt;');
  });
});

describe('the HTML page', () => {
  it('escapes every roadmap string and links no javascript: URL', () => {
    const html = renderRoadmapHtml(t, buildShareData(hostile, progress('javascript:alert(1)'), NOW, 'en'));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('links an https project with rel="noopener noreferrer", and sets optional topics apart', () => {
    const html = renderRoadmapHtml(t, buildShareData(hostile, progress('https://github.com/me/churn?a=1&b="2"'), NOW, 'en'));
    expect(html).toContain('<a href="https://github.com/me/churn?a=1&amp;b=%222%22" rel="noopener noreferrer">');
    expect(html).toMatch(/<div class="optional"><h4>Optional<\/h4><ul class="nodes"><li class="node" data-topic="b" data-status="todo">/);
    expect(html).toContain('data-topic="a" data-status="done"><span class="st">✓ done</span>');
  });

  it('is in Spanish for a Spanish learner', async () => {
    t = await loadTranslator('es');
    const html = renderRoadmapHtml(t, buildShareData(hostile, progress('https://x.org'), NOW, 'es'));
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('✓ hecho');
    expect(html).toContain('Últimos 30 días');
  });
});

describe('the SVG card', () => {
  it('is well-formed with escaped titles, a bar per stage and a fixed size', () => {
    const svg = renderCardSvg(t, buildShareData(hostile, progress('https://x.org'), NOW, 'en'));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480" height="\d+"/);
    expect(svg.match(/class="track"/g)).toHaveLength(1);
    expect(svg).toContain('prefers-color-scheme: dark');
    expect(svg).not.toMatch(/href=|@import|url\(/);
  });
});

describe('Markdown', () => {
  it('summarises stages, passed quizzes and projects; notes only with --notes', () => {
    const data = buildShareData(hostile, progress('https://github.com/me/a'), NOW, 'en');
    const md = renderSummaryMarkdown(t, data);
    expect(md).toContain('- &quot;&gt;&lt;img src=x onerror=alert(1)&gt;: 1/1 (100%)'.replace('&quot;', '"'));
    expect(md).toContain('## Quizzes passed\n\n- "&gt;&lt;img src=x onerror=alert(1)&gt;: 100%');
    expect(md).toContain('[&lt;script&gt;alert(1)&lt;/script&gt;](<https://github.com/me/a>)');
    expect(md).not.toContain('mine');
    expect(renderSummaryMarkdown(t, data, { notes: true })).toContain('(2026-11-29): mine &lt;script&gt;alert(1)&lt;/script&gt;\n  line two');
  });

  it('exports the journal by week with Spanish headings', async () => {
    t = await loadTranslator('es');
    expect(weekHeading(t, '2026-11-30')).toBe('Semana del 30 de noviembre');
    const entries = buildTimeline(hostile, progress('https://x.org'), { lang: 'es' });
    const md = renderJournalMarkdown(t, entries, 'Hoja');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Semana del 30 de noviembre', '## Semana del 23 de noviembre']);
    expect(md.indexOf('Enlazaste el proyecto')).toBeLessThan(md.indexOf('Aprobaste el quiz'));
    expect(md).toContain('Nota sobre **&lt;script&gt;alert(1)&lt;/script&gt;**: mine &lt;script&gt;');
    t = await loadTranslator('en');
    expect(weekHeading(t, '2026-11-30')).toBe('Week of November 30');
  });
});
