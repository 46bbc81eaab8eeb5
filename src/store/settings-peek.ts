import { readFileSync } from 'node:fs';
import type { Lang } from '../core/text.js';
import { progressPath } from './paths.js';

/** The saved language, read without locks or repairs: any problem means "not set". */
export function savedLanguage(dir: string): Lang | undefined {
  try {
    const lang = (JSON.parse(readFileSync(progressPath(dir), 'utf8')) as { settings?: { lang?: unknown } }).settings?.lang;
    return lang === 'en' || lang === 'es' ? lang : undefined;
  } catch {
    return undefined;
  }
}
