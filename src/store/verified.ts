import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRecord } from '../core/is-record.js';
import { dict } from '../core/progress/model.js';
import type { AttemptFacts } from '../core/progress/summary.js';
import type { DueFacts } from '../core/review/due.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import { readOwnFile, statKey } from './file-stamp.js';
import type { SectionFacts } from './progress-layout.js';

// Checking every record of a 5-year progress file costs more than parsing it. What this store
// wrote, it had checked: beside the file it keeps the written file's key (device, inode, size,
// mtime and ctime, which only the kernel sets and any write moves). A file with that key is
// what was written; anything else (an edit by hand, a copy, a restored backup) is checked.

interface Written {
  /** The mlroad that checked it: another version's checks and layout may differ. */
  mlroad: string;
  key: string;
  /**
   * The file's saved language (settings.lang; null: none): every start needs it, and reading it
   * here spares a parse of the file. Absent in a record that did not note it.
   */
  lang?: string | null;
  /** Per roadmap, what its unparsed sections hold (see progress-layout.ts). */
  facts?: Record<string, SectionFacts>;
}

const sidecar = (path: string) => join(dirname(path), `.${basename(path)}.verified`);

function read(path: string): Written | undefined {
  try {
    const data = JSON.parse(readOwnFile(sidecar(path))) as Partial<Written>;
    // (The key's type matters only where keys are compared, and a value of another type never
    // equals one: dropping that test is an equivalent mutant; so is emptying the catch, which
    // returns the same.)
    return data.mlroad === VERSION && typeof data.key === 'string' ? (data as Written) : undefined;
  } catch {
    return undefined;
  }
}

/** After a write to `path`, whose saved language is `lang`: remember it as checked, with what its sections hold. */
export function recordWritten(path: string, lang: string | undefined, facts: Record<string, SectionFacts> = {}): void {
  try {
    const s = statSync(path, { bigint: true });
    const record: Written = { mlroad: VERSION, key: statKey(s), lang: lang ?? null, facts };
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the record is a cache (without it the file is checked); an fsync more shows in no output
    writeFileAtomic(sidecar(path), JSON.stringify(record), { durable: false });
  } catch {
    // without it, the next read checks the file: slower, never wrong
  }
}

/** If the file read (its stat key) is one this store wrote: what that write recorded of its sections. */
export function asWritten(path: string, key: string): { facts: Record<string, SectionFacts> } | undefined {
  const record = read(path);
  if (record?.key !== key) return undefined;
  const facts = dict<SectionFacts>();
  if (isRecord(record.facts)) {
    for (const [id, f] of Object.entries(record.facts)) {
      if (!isRecord(f)) continue;
      facts[id] = { ...(isDueFacts(f.due) ? { due: f.due } : {}), ...(isAttemptFacts(f.attempts) ? { attempts: f.attempts } : {}) };
    }
  }
  return { facts };
}

// The record is a file on disk like any other: facts of the wrong shape are not used.
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isDueFacts = (v: unknown): v is DueFacts =>
  isRecord(v) && isTime(v.at) && Number.isSafeInteger(v.due) && (v.due as number) >= 0 && (v.next === null || isTime(v.next));
const isAttemptFacts = (v: unknown): v is AttemptFacts =>
  isRecord(v) &&
  Array.isArray(v.attempted) &&
  v.attempted.every((q) => typeof q === 'string') &&
  Array.isArray(v.best) &&
  v.best.every((b) => Array.isArray(b) && b.length === 2 && typeof b[0] === 'string' && Number.isFinite(b[1]));

/**
 * The saved language of the file at `path`, as its last write by this store recorded it, while
 * the file is still exactly that write; undefined when only reading the file can tell.
 */
export function languageWritten(path: string): { lang: string | undefined } | undefined {
  const record = read(path);
  // (Without this line the try below meets an undefined record and its catch gives the same
  // undefined; emptying that catch falls through to it too: equivalent mutants.)
  if (!record) return undefined;
  try {
    if (record.lang === undefined || statKey(statSync(path, { bigint: true })) !== record.key) return undefined;
    return { lang: record.lang ?? undefined };
    // (An emptied catch returns the same undefined: an equivalent mutant.)
  } catch {
    return undefined;
  }
}
