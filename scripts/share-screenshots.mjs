// Screenshots for the README: the bundled roadmap with some progress, as `mlroad share` draws it.
// Run after `npm run build`: node scripts/share-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const dir = mkdtempSync(join(tmpdir(), 'mlroad-shots-'));
const env = { ...process.env, MLROAD_CONFIG_DIR: dir, NO_COLOR: '1' };
const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01'];
const topics = [
  ['python', 'math-for-ml'],
  ['computational-thinking'],
  ['explore-data'],
  ['data-quality'],
  ['transformations'],
  [],
  ['data-pipelines'],
  ['classic-models'],
];
const run = (args, at) =>
  execFileSync(process.execPath, ['bin/mlroad.cjs', '--roadmap', 'roadmap', ...args], {
    env: { ...env, MLROAD_NOW: at },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
days.forEach((d, i) => {
  if (topics[i].length) run(['done', ...topics[i]], `${d}T18:00:00`);
  else run(['note', 'transformations', 'fit the scaler on train only'], `${d}T18:00:00`);
});
run(['skip', 'choosing-models'], '2026-12-01T19:00:00');
const now = '2026-12-01T20:00:00';
run(['share', '--out', join(dir, 'roadmap.html')], now);
run(['share', '--out', join(dir, 'card.svg')], now);

const profile = join(dir, 'chromium');
const browser = await puppeteer.launch({
  executablePath: process.env.MLROAD_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(dir, 'roadmap.html')).href);
  await page.screenshot({ path: 'docs/images/share-page.png', clip: { x: 0, y: 0, width: 760, height: 900 } });
  await page.setViewport({ width: 480, height: 400, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(dir, 'card.svg')).href);
  const box = await page.evaluate(() => {
    const r = document.documentElement.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
  await page.screenshot({ path: 'docs/images/share-card.png', clip: { x: 0, y: 0, ...box } });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
for (const f of ['docs/images/share-page.png', 'docs/images/share-card.png']) console.log(f, statSync(f).size, 'bytes');
