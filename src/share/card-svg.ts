import type { ShareData } from '../core/journal/share-data.js';
import type { Translator } from '../i18n/index.js';
import { escapeXml } from './escape.js';

export const CARD_WIDTH = 480;
const ROW = 24;
const TOP = 78;
/** Stages drawn on the card; a longer roadmap shows the rest as one "+N" line, so the size stays bounded. */
const MAX_STAGES = 12;

/** The card's size for a roadmap: fixed by its number of stages. */
export function cardHeight(stageCount: number): number {
  const rows = Math.min(stageCount, MAX_STAGES) + (stageCount > MAX_STAGES ? 1 : 0);
  return TOP + rows * ROW + 44;
}

/**
 * A progress card for a GitHub profile README. GitHub serves SVGs as images: no scripts, no
 * external fonts or images, so everything is inline; colours follow the viewer's theme.
 */
export function renderCardSvg(t: Translator, data: ShareData): string {
  const height = cardHeight(data.stages.length);
  const barX = 236;
  const barW = CARD_WIDTH - barX - 64;
  const shown = data.stages.slice(0, MAX_STAGES);
  const rows = shown.map((s, i) => {
    const y = TOP + i * ROW;
    const pct = s.percent ?? 0;
    return [
      `<text class="label" x="20" y="${y + 12}">${escapeXml(clip(s.title, 32))}</text>`,
      `<rect class="track" x="${barX}" y="${y + 2}" width="${barW}" height="12" rx="6"/>`,
      pct > 0 ? `<rect class="fill" x="${barX}" y="${y + 2}" width="${Math.max(6, Math.round((barW * pct) / 100))}" height="12" rx="6"/>` : '',
      `<text class="figure" x="${CARD_WIDTH - 20}" y="${y + 12}" text-anchor="end">${s.percent === null ? '–' : `${pct}%`}</text>`,
    ].join('');
  });
  if (data.stages.length > MAX_STAGES) {
    rows.push(
      `<text class="muted" x="20" y="${TOP + MAX_STAGES * ROW + 12}">${escapeXml(t('share.moreStages', { count: data.stages.length - MAX_STAGES }))}</text>`,
    );
  }
  const overall = t('share.overall', { percent: data.overall.percent, done: data.overall.done, total: data.overall.total });
  const streak = t('share.streak', { count: data.streak.current, longest: data.streak.longest });
  const title = clip(data.title, 56);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${height}" viewBox="0 0 ${CARD_WIDTH} ${height}" role="img" aria-labelledby="card-title">
<title id="card-title">${escapeXml(`${data.title}: ${overall}`)}</title>
<style>
text{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;fill:#1f2328}
.bg{fill:#ffffff;stroke:#d0d7de}.title{font-size:15px;font-weight:600}.big{font-size:13px;font-weight:600}
.label,.figure{font-size:12px}.muted{font-size:12px;fill:#59636e}.track{fill:#d8dee4}.fill{fill:#1a7f37}
@media (prefers-color-scheme: dark){text{fill:#e6edf3}.bg{fill:#0d1117;stroke:#3d444d}.muted{fill:#9198a1}.track{fill:#30363d}.fill{fill:#3fb950}}
</style>
<rect class="bg" x="0.5" y="0.5" width="${CARD_WIDTH - 1}" height="${height - 1}" rx="8"/>
<text class="title" x="20" y="32">${escapeXml(title)}</text>
<text class="big" x="20" y="56">${escapeXml(overall)}</text>
${rows.join('\n')}
<text class="muted" x="20" y="${height - 18}">${escapeXml(streak)}</text>
</svg>
`;
}

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
