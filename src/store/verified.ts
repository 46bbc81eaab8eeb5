import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import { readOwnFile, statKey } from './file-stamp.js';

// Checking every record of a 5-year progress file costs more than parsing it. What this store
// wrote, it had checked: beside the file it keeps the written file's key (device, inode, size,
// mtime and ctime, which only the kernel sets and any write moves) and, for a large file, the
// SHA-1 of its bytes. A file with that key, or of that size with those bytes (a copy, a
// restored backup), is what was written; anything else, an edit by hand included, is checked.

/** Below this, checking costs less than loading node:crypto to hash. */
const HASH_FROM_BYTES = 256 * 1024;

interface Written {
  /** The mlroad that checked it: another version's checks may differ. */
  mlroad: string;
  key: string;
  size: number;
  sha1?: string;
  /**
   * The file's saved language (settings.lang; null: none): every start needs it, and reading it
   * here spares a parse of the file. Absent in a record that did not note it.
   */
  lang?: string | null;
}

const sidecar = (path: string) => join(dirname(path), `.${basename(path)}.verified`);
// (An empty encoding name is utf8 too: that StringLiteral mutant is equivalent.)
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

function read(path: string): Written | undefined {
  try {
    const data = JSON.parse(readOwnFile(sidecar(path))) as Partial<Written>;
    // (The size's type matters only where sizes are compared, and a string never equals one:
    // dropping that test is an equivalent mutant; so is emptying the catch, which returns the same.)
    return data.mlroad === VERSION && typeof data.key === 'string' && typeof data.size === 'number' ? (data as Written) : undefined;
  } catch {
    return undefined;
  }
}

function write(path: string, record: Written): void {
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the record is a cache (without it the file is checked); an fsync more shows in no output
    writeFileAtomic(sidecar(path), JSON.stringify(record), { durable: false });
  } catch {
    // without it, the next read checks the file: slower, never wrong
  }
}

/** After a write of `text` to `path`, whose saved language is `lang`: remember it as checked. */
export function recordWritten(path: string, text: string, lang: string | undefined): void {
  try {
    const s = statSync(path, { bigint: true });
    write(path, {
      mlroad: VERSION,
      key: statKey(s),
      size: Number(s.size),
      ...(s.size >= HASH_FROM_BYTES ? { sha1: sha1(text) } : {}),
      lang: lang ?? null,
    });
  } catch {
    // as above
  }
}

/** Whether the file read (its stat key and text) is one this store wrote. */
export function wasWritten(path: string, key: string, size: number, text: string): boolean {
  const record = read(path);
  if (!record) return false;
  if (record.key === key) return true;
  // (Without the first test, an absent hash still differs from any SHA-1: an equivalent mutant.)
  if (record.sha1 === undefined || record.size !== size || sha1(text) !== record.sha1) return false;
  write(path, { ...record, key }); // the same bytes under a new key: the next read need not hash
  return true;
}

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
