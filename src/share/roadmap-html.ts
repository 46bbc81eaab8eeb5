import type { ShareData } from '../core/journal/share-data.js';
import type { Translator } from '../i18n/index.js';
import { escapeXml as e, safeHref } from './escape.js';
import { PAGE_CSS } from './page-css.js';
import { stageFigure } from './summary-md.js';

type StageData = ShareData['stages'][number];
type TopicData = StageData['topics'][number];

const ICON = { done: '✓', skipped: '↷', todo: '○' } as const;

/**
 * One self-contained page drawing the roadmap as a map. It needs no JavaScript and its policy
 * forbids any: even if a roadmap's text slipped past escaping, no script of its could run.
 */
export function renderRoadmapHtml(t: Translator, data: ShareData): string {
  const { lang } = t;
  const overall = t('share.overall', { percent: data.overall.percent, done: data.overall.done, total: data.overall.total });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(data.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${e(data.title)}</h1>
<p class="overall">${e(overall)}</p>
<p class="muted">${e(t('share.streak', { count: data.streak.current, longest: data.streak.longest }))} · ${e(t('share.takenOn', { date: data.at.slice(0, 10) }))}</p>
<ul class="legend" aria-label="${e(t('share.legend'))}">${(['done', 'skipped', 'todo'] as const).map((s) => `<li class="node" data-status="${s}"><span class="st">${ICON[s]} ${e(t(`share.status.${s}`))}</span></li>`).join('')}</ul>
</header>
<h2>${e(t('share.map'))}</h2>
<ol class="map">
${data.stages.map((s, i) => stage(t, s, i)).join('\n')}
</ol>
${projects(t, data)}
<h2>${e(t('share.activity'))}</h2>
${chart(t, data)}
<h2>${e(t('share.quizzes'))}</h2>
${quizzes(t, data)}
</main>
</body>
</html>
`;
}

function stage(t: Translator, s: StageData, i: number): string {
  const required = s.topics.filter((x) => !x.optional);
  const optional = s.topics.filter((x) => x.optional);
  const figure = stageFigure(t, s);
  return `<li class="stage" data-stage="${e(s.id)}">
<h3><span class="num">${i + 1}</span> <span class="title">${e(s.title)}</span> <span class="muted">${e(figure)}</span></h3>
<ul class="nodes">${required.map((x) => node(t, x)).join('')}</ul>
${optional.length ? `<div class="optional"><h4>${e(t('share.optional'))}</h4><ul class="nodes">${optional.map((x) => node(t, x)).join('')}</ul></div>` : ''}
</li>`;
}

function node(t: Translator, x: TopicData): string {
  const href = x.project ? safeHref(x.project) : null;
  const link = href ? `<a href="${e(href)}" rel="noopener noreferrer">${e(t('share.projectLink'))}</a>` : '';
  return `<li class="node" data-topic="${e(x.id)}" data-status="${x.status}"><span class="st">${ICON[x.status]} ${e(t(`share.status.${x.status}`))}</span><span class="name">${e(x.title)}</span>${link}</li>`;
}

function projects(t: Translator, data: ShareData): string {
  if (!data.projects.length) return '';
  const items = data.projects.map((p) => {
    const href = safeHref(p.url);
    return `<li>${e(p.title)}: ${href ? `<a href="${e(href)}" rel="noopener noreferrer">${e(href)}</a>` : e(p.url)}</li>`;
  });
  return `<h2>${e(t('share.projects'))}</h2>\n<ul>${items.join('')}</ul>`;
}

function chart(t: Translator, data: ShareData): string {
  const totals = data.days.map((d) => d.quizzes + d.reviews + d.topics);
  const max = Math.max(1, ...totals);
  const bars = data.days.map((d, i) => {
    const n = totals[i]!;
    const label = e(t('share.dayLabel', { date: d.date, count: n }));
    return n === 0
      ? `<span class="bar zero" title="${label}"></span>`
      : `<span class="bar" style="height:${Math.max(8, Math.round((n / max) * 100))}%" title="${label}"></span>`;
  });
  const active = totals.filter((n) => n > 0).length;
  return `<p class="muted">${e(t('share.activeDays', { active, days: data.days.length }))}</p>\n<div class="chart" role="img" aria-label="${e(t('share.activeDays', { active, days: data.days.length }))}">${bars.join('')}</div>\n<p class="axis muted"><span>${e(data.days[0]?.date ?? '')}</span><span>${e(data.days.at(-1)?.date ?? '')}</span></p>`;
}

function quizzes(t: Translator, data: ShareData): string {
  if (!data.quizzes.length) return `<p>${e(t('share.none'))}</p>`;
  const rows = data.quizzes.map(
    (q) =>
      `<tr data-quiz="${e(q.id)}"><td>${e(q.title)}</td><td>${q.best === null ? '–' : `${q.best}%`}</td><td>${q.passed ? `✓ ${e(t('share.passed'))}` : e(t('share.notYet'))}</td></tr>`,
  );
  return `<table><thead><tr><th>${e(t('share.quiz'))}</th><th>${e(t('share.best'))}</th><th>${e(t('share.result'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
