import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium by default; MLROAD_CHROMIUM points elsewhere. A missing browser fails the tests, never skips them. */
export const CHROMIUM = process.env.MLROAD_CHROMIUM || '/usr/bin/chromium';

export interface Launched {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<Launched> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set MLROAD_CHROMIUM`);
  const profile = mkdtempSync(join(tmpdir(), 'mlroad-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
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
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** URLs the page tried to load that are not file: or data: (each was blocked). */
  outside: string[];
  dialogs: string[];
}

/** A page whose every request off the local file is recorded and blocked, and whose dialogs are recorded. */
export async function watchedPage(browser: Browser, width = 1024): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  const outside: string[] = [];
  const dialogs: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:') || url.startsWith('data:')) return void request.continue();
    outside.push(url);
    void request.abort();
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, outside, dialogs };
}
