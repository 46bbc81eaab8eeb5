import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mark } from '../../src/commands/mark.js';
import { share } from '../../src/commands/share.js';
import { localize } from '../../src/core/text.js';
import { loadRoadmap } from '../../src/store/roadmap-loader.js';
import { type Launched, launchBrowser, watchedPage } from '../support/browser.js';
import { BUNDLED, FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';

let launched: Launched;
// A failed launch fails every test below (vitest reports them as skipped, and the file as
// failed); this test makes the reason a failed test of its own.
let launchError: unknown;
beforeAll(async () => {
  try {
    launched = await launchBrowser();
  } catch (error) {
    launchError = error;
  }
});
afterAll(async () => launched?.close());

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const DONE = ['python', 'math-for-ml', 'explore-data'];

async function writeShare(roadmap: string, file: string): Promise<string> {
  const out = join(dir, file);
  await share(testContext(dir, { roadmap }).ctx, { out });
  return out;
}

describe('the shared page in a real browser', () => {
  beforeEach(() => {
    if (launchError) throw launchError;
  });

  it('has a browser to run in', () => {
    expect(launchError).toBeUndefined();
    expect(launched.browser.connected).toBe(true);
  });

  it('names every stage and topic, marks the done ones, loads nothing from outside and fits 375 px', async () => {
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'done', { topicIds: DONE });
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'skipped', { topicIds: ['data-quality'] });
    const file = await writeShare(BUNDLED, 'roadmap.html');
    const { roadmap } = await loadRoadmap(BUNDLED, { cacheDir: join(dir, 'cache') });

    const { page, outside, dialogs } = await watchedPage(launched.browser, 375);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // innerText, not textContent: what a person sees rendered.
    const text = await page.evaluate(() => document.body.innerText);
    for (const stage of roadmap.stages) {
      expect(text).toContain(localize(stage.title, 'en'));
      for (const topic of stage.topics) expect(text).toContain(localize(topic.title, 'en'));
    }
    const statuses = await page.$$eval('[data-topic]', (nodes) =>
      nodes.map((n) => [n.getAttribute('data-topic'), n.getAttribute('data-status'), (n as HTMLElement).innerText]),
    );
    expect(
      statuses
        .filter(([, s]) => s === 'done')
        .map(([id]) => id)
        .sort(),
    ).toEqual([...DONE].sort());
    expect(statuses.find(([id]) => id === 'data-quality')?.[1]).toBe('skipped');
    // Without colour: the status is written on each node.
    expect(statuses.find(([id]) => id === 'python')?.[2]).toMatch(/✓ done/i);
    expect(statuses.find(([id]) => id === 'data-quality')?.[2]).toMatch(/↷ skipped/i);
    expect(statuses.find(([id]) => id === 'deployment')?.[2]).toMatch(/○ to do/i);
    expect(statuses).toHaveLength(roadmap.stages.flatMap((s) => s.topics).length);

    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.inner).toBe(375);
    expect(widths.scroll).toBeLessThanOrEqual(375);
    expect(outside).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('prints in black on white, without the connectors, every stage kept whole', async () => {
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'done', { topicIds: DONE });
    const file = await writeShare(BUNDLED, 'roadmap.html');
    const { page } = await watchedPage(launched.browser);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    const seen = await page.evaluate(() => {
      const stage = document.querySelector('.stage')!;
      return {
        background: getComputedStyle(document.body).backgroundColor,
        connector: getComputedStyle(stage, '::after').display,
        breakInside: getComputedStyle(stage).breakInside,
      };
    });
    expect(seen).toEqual({ background: 'rgb(255, 255, 255)', connector: 'none', breakInside: 'avoid' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  });

  it('renders the SVG card at its declared size, as valid XML', async () => {
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'done', { topicIds: DONE });
    const file = await writeShare(BUNDLED, 'card.svg');
    const svg = readFileSync(file, 'utf8');
    const declared = /<svg[^>]*\swidth="(\d+)"\s+height="(\d+)"/.exec(svg);
    expect(declared).not.toBeNull();

    const { page, outside } = await watchedPage(launched.browser);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const root = document.documentElement;
      const box = root.getBoundingClientRect();
      return { tag: root.tagName, width: box.width, height: box.height, parseErrors: document.getElementsByTagName('parsererror').length };
    });
    expect(seen).toEqual({ tag: 'svg', width: Number(declared![1]), height: Number(declared![2]), parseErrors: 0 });
    expect(outside).toEqual([]);
    await page.close();
  });

  it('runs nothing from a hostile roadmap, in the page or the card', async () => {
    const hostile = join(FIXTURES, 'hostile-share', 'roadmap.yaml');
    await mark(testContext(dir, { roadmap: hostile }).ctx, 'done', { topicIds: ['t'] });
    for (const name of ['hostile.html', 'hostile.svg']) {
      const file = await writeShare(hostile, name);
      const { page, outside, dialogs } = await watchedPage(launched.browser, 375);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.getElementsByTagName('script').length,
        images: document.getElementsByTagName('img').length,
        text: document.documentElement.textContent ?? '',
        visible: document.body ? getComputedStyle(document.body).display : 'svg',
      }));
      expect(seen.pwned).toBeUndefined();
      expect(seen.scripts).toBe(0);
      expect(seen.images).toBe(0);
      expect(seen.visible).not.toBe('none');
      // The hostile text is shown as text.
      expect(seen.text).toContain('<script>');
      expect(dialogs).toEqual([]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
