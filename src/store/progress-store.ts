import { closeSync, constants, copyFileSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { dict, emptyProgress, PROGRESS_VERSION, type ProgressFile } from '../core/progress/model.js';
import { attemptFacts } from '../core/progress/summary.js';
import { makeExport } from '../core/progress/transfer.js';
import { adoptChecked, checkProgress } from '../core/progress/validate.js';
import { dueFacts } from '../core/review/due.js';
import type { LogSummary } from '../core/review/log-summary.js';
import type { Lang } from '../core/text.js';
import { StorageError } from '../errors.js';
import { removeStaleTemps, writeFileAtomic } from './atomic-file.js';
import { statKey } from './file-stamp.js';
import { isFsError, storageError } from './fs-errors.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { type LockNotice, withLock } from './lock.js';
import { type LogTarget, moveLogOut, setAsideTornTail, writeLogChanges } from './log-changes.js';
import { readLogSummary } from './log-summary.js';
import { makeDir } from './make-dir.js';
import { logPath, progressPath } from './paths.js';
import { type Inspected, withLog } from './progress-codec.js';
import { decodeLaidOut, encodeProgress, type LazyField, type SectionFacts } from './progress-layout.js';
import { FileTooLargeError, kindOf, MAX_PROGRESS_BYTES, NotRegularFileError } from './regular-file.js';
import { removeFile } from './remove-file.js';
import { readLog } from './review-log.js';
import { asWritten, languageWritten, recordWritten } from './verified.js';

/** What the store did or found that the learner should hear of; the edge words it. */
export type StoreNotice =
  | LockNotice
  | { code: 'newerRead'; path: string; version: number }
  | { code: 'cannotRepair'; path: string; problem: string; error: StorageError }
  | { code: 'damaged'; path: string; problem: string; aside: string }
  | { code: 'migrated'; path: string; from: number; backup: string }
  | { code: 'logTornSetAside'; path: string; aside: string }
  | { code: 'logTorn'; path: string }
  | { code: 'logBad'; path: string; count: number };

export interface ProgressStoreOptions {
  dir: string;
  now?: () => Date;
  /** Where the store reports what it repaired or found; the command prints it on stderr. */
  notice?: (notice: StoreNotice) => void;
  /** Runs after every successful write, still under the lock (the prompt cache). */
  afterWrite?: (file: ProgressFile) => void;
  /** The file-system calls of every write; tests make one fail. */
  fs?: StoreFs;
  lockWaitMs?: number;
  /**
   * Sections of a file this store wrote to leave unparsed until first used (see
   * lazy-section.ts), for a command that reads little or nothing of them: both for done, skip
   * and reset, the attempts for review. Every look inside such a section goes through a Proxy,
   * which costs a command that reads all 5,000 cards (stats) more than the parse it spares.
   */
  lazySections?: readonly LazyField[];
}

export interface ReadOptions {
  /** Load the review log too (stats, review's history, export, import, reset --all). */
  log?: boolean;
}

const BACKUPS_KEPT = 5;
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

// The last parse of each progress file, keyed by what fstat says of the file read: a command
// that reads the settings at start-up, then the file, then the file under the lock, parses once.
// Every write is a rename to a new inode, so another process's write never matches.
const parsed = new Map<string, { key: string; lazy: string; result: Inspected }>();

/** The only module that reads or writes the progress file and its review log. */
export class ProgressStore {
  readonly path: string;
  readonly logPath: string;
  private readonly now: () => Date;
  private readonly notice: (notice: StoreNotice) => void;
  private readonly fs: StoreFs;

  constructor(private readonly options: ProgressStoreOptions) {
    this.path = progressPath(options.dir);
    this.logPath = logPath(options.dir);
    this.now = options.now ?? (() => new Date());
    this.notice = options.notice ?? (() => {});
    this.fs = options.fs ?? nodeFs;
  }

  /**
   * The current progress, without taking the lock: writes are atomic renames, so a reader
   * sees the old file or the new one, never half of one. A corrupt file is repaired first.
   */
  async read(options: ReadOptions = {}): Promise<ProgressFile> {
    const loaded = this.inspect();
    if (loaded.kind === 'ok') return options.log ? this.attachLog(loaded) : loaded.file;
    if (loaded.kind === 'newer') {
      this.notice({ code: 'newerRead', path: this.path, version: loaded.version });
      return options.log ? this.attachLog(loaded) : loaded.file;
    }
    try {
      return await this.update((file) => file, options);
    } catch (error) {
      // A read-only disk cannot be repaired, but reading should still work where it can.
      if (!(error instanceof StorageError)) throw error;
      this.notice({ code: 'cannotRepair', path: this.path, problem: loaded.problem, error });
      return loaded.file;
    }
  }

  /** What the file holds, salvaged if damaged, without repairing or writing anything. */
  peek(): ProgressFile {
    return this.inspect().file;
  }

  /** The language saved with `config set lang`, never failing: it decides the help text. The parse is kept for the command. */
  savedLanguage(): Lang | undefined {
    const written = languageWritten(this.path);
    if (written) return written.lang === 'en' || written.lang === 'es' ? written.lang : undefined;
    try {
      return this.inspect().file.settings.lang;
    } catch {
      // unreadable: no saved language, and the command reports the file
    }
    return undefined;
  }

  /**
   * Checks that a change could be written now (directory, a 4 KiB temp file, a file this
   * version may change), so a quiz fails before its first question rather than after its last.
   * A full disk or a quota shows at the write (local file systems reserve the blocks then) or,
   * on NFS, at the close, which flushes: no fsync is needed to see it. The save itself is
   * durable, and goes to a recovery file if it fails all the same.
   */
  checkWritable(): void {
    this.ensureDir();
    const loaded = this.inspect();
    if (loaded.kind === 'newer') throw this.newerError(loaded.version);
    const probe = join(dirname(this.path), `.${basename(this.path)}.probe-${process.pid}.tmp`);
    try {
      const fd = this.fs.openSync(probe, 'w', 0o600);
      try {
        this.fs.writeSync(fd, '{}\n'.padEnd(4096, ' '));
      } finally {
        this.fs.closeSync(fd);
      }
    } catch (error) {
      throw storageError(error, 'write', this.path);
    } finally {
      removeFile(probe);
    }
  }

  /** A locked read-modify-write: concurrent mlroad processes never lose each other's changes. */
  async update(change: (file: ProgressFile) => ProgressFile, options: ReadOptions = {}): Promise<ProgressFile> {
    this.ensureDir();
    return withLock(
      this.path,
      async () => {
        const loaded = this.inspect();
        if (loaded.kind === 'newer') throw this.newerError(loaded.version);
        if (loaded.kind === 'corrupt') {
          const aside = this.moveAside();
          this.notice({ code: 'damaged', path: this.path, problem: loaded.problem, aside });
        }
        const migrating = loaded.diskVersion === 1 && loaded.kind === 'ok';
        const logLoaded = options.log === true;
        const current = logLoaded ? this.attachLog(loaded) : loaded.file;
        const next = change(current);
        if (next === current && loaded.kind === 'ok' && !migrating) {
          this.options.afterWrite?.(next);
          return next;
        }
        const log = this.logTarget();
        if (migrating) moveLogOut(log, next, () => this.backup('before-v2'), this.path);
        else writeLogChanges(log, current, next, logLoaded);
        this.write(next);
        removeStaleTemps([this.path, this.logPath], TEMP_MAX_AGE_MS);
        this.options.afterWrite?.(next);
        return next;
      },
      { waitMs: this.options.lockWaitMs, notice: this.notice },
    );
  }

  /** For doctor --fix: sets a torn last line of the log aside now, under the lock; returns where it went. */
  async setAsideTornLog(): Promise<string | undefined> {
    this.ensureDir();
    return withLock(
      this.path,
      async () => {
        try {
          return setAsideTornTail(this.logTarget());
        } catch (error) {
          throw storageError(error, 'write', this.logPath);
        }
      },
      { waitMs: this.options.lockWaitMs, notice: this.notice },
    );
  }

  /** Copies the progress file (and its log) beside itself; returns the copy's path (null if no file). Keeps the last five per label. */
  backup(label = 'backup'): string | null {
    if (!existsSync(this.path)) return null;
    const target = this.freeName(this.path, label);
    try {
      copyFileSync(this.path, target);
      if (existsSync(this.logPath)) copyFileSync(this.logPath, `${this.logPath}${target.slice(this.path.length)}`);
    } catch (error) {
      throw storageError(error, 'backUp', target);
    }
    this.pruneBackups(label);
    return target;
  }

  /** What the file holds and whether it is sound, changing nothing; unreadable throws StorageError. */
  inspect(): Inspected {
    // Stryker disable next-line ArrayDeclaration: a field name the layout does not know makes decodeLaidOut refuse, and the file is parsed whole all the same
    const lazy = this.options.lazySections ?? [];
    let bytes: Buffer;
    let key: string;
    try {
      // Non-blocking: a FIFO in its place must not hang the command; it is refused below.
      const fd = openSync(this.path, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const s = fstatSync(fd, { bigint: true });
        if (!s.isFile()) throw new NotRegularFileError(this.path, kindOf(s));
        // (The exact 256 MB boundary would need a 256 MB file in a test: left unmeasured.)
        if (s.size > BigInt(MAX_PROGRESS_BYTES)) throw new FileTooLargeError(this.path, MAX_PROGRESS_BYTES);
        key = statKey(s);
        const hit = parsed.get(this.path);
        if (hit?.key === key && hit.lazy === lazy.join()) return hit.result;
        bytes = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      if (isFsError(error) && error.code === 'ENOENT') return { kind: 'ok', file: emptyProgress(), diskVersion: 0 };
      // The progress file's own problems (a FIFO, a file too large) are storage problems too (exit 3): storageError keeps their words.
      throw storageError(error, 'read', this.path);
    }
    const written = asWritten(this.path, key);
    const result = written ? adopt(bytes, written.facts, lazy) : decode(bytes.toString('utf8'));
    parsed.set(this.path, { key, lazy: lazy.join(), result });
    return result;
  }

  /** Each roadmap's summary of the review log (what stats needs), reading only what was appended since it was last brought up to date. */
  logSummary(): Record<string, LogSummary> {
    try {
      return readLogSummary(this.logPath);
    } catch (error) {
      throw storageError(error, 'read', this.logPath);
    }
  }

  /** Reads the log; what it holds in `byRoadmap`, and whether a crash tore its last line. For doctor. */
  inspectLog(): ReturnType<typeof readLog> {
    try {
      return readLog(this.logPath);
    } catch (error) {
      throw storageError(error, 'read', this.logPath);
    }
  }

  /**
   * Writes `file` where a failed save can be recovered from: an export in the system's temp
   * directory, which `mlroad progress import <file>` merges back. Returns its path.
   */
  writeRecovery(file: ProgressFile): string {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = join(tmpdir(), `mlroad-recovery-${stamp}-${process.pid}.json`);
    writeFileAtomic(target, `${JSON.stringify(makeExport(file, this.now()))}\n`);
    return target;
  }

  private attachLog(loaded: Inspected): ProgressFile {
    const log = this.inspectLog();
    if (log.torn !== undefined) this.notice({ code: 'logTorn', path: this.logPath });
    if (log.bad) this.notice({ code: 'logBad', path: this.logPath, count: log.bad });
    return withLog(loaded.file, log.byRoadmap, loaded.diskVersion === 1);
  }

  private logTarget(): LogTarget {
    return { logPath: this.logPath, fs: this.fs, notice: this.notice, asideName: (label) => this.freeName(this.logPath, label) };
  }

  private write(file: ProgressFile): void {
    try {
      writeFileAtomic(this.path, encodeProgress(file), { fs: this.fs });
    } catch (error) {
      throw storageError(error, 'write', this.path);
    }
    parsed.delete(this.path);
    recordWritten(this.path, file.settings.lang, sectionFacts(file, this.now()));
  }

  private newerError(version: number): StorageError {
    return new StorageError(`${this.path} was written by a newer mlroad (version ${version})`, this.path, 'newerWrite', { path: this.path, version });
  }

  private moveAside(): string {
    const target = this.freeName(this.path, 'corrupt');
    try {
      renameSync(this.path, target);
    } catch (error) {
      throw storageError(error, 'moveAside', this.path);
    }
    parsed.delete(this.path);
    return target;
  }

  private pruneBackups(label: string): void {
    const dir = dirname(this.path);
    for (const base of [basename(this.path), basename(this.logPath)]) {
      const prefix = `${base}.${label}-`;
      // Stamps are ISO times, so names sort by age.
      const old = readdirSync(dir)
        .filter((f) => f.startsWith(prefix))
        .sort()
        .slice(0, -BACKUPS_KEPT);
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: each name was just listed, so force only matters if another pruner races in
      for (const f of old) rmSync(join(dir, f), { force: true });
    }
  }

  private freeName(path: string, label: string): string {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let target = `${path}.${label}-${stamp}`;
    for (let n = 2; existsSync(target); n++) target = `${path}.${label}-${stamp}-${String(n).padStart(3, '0')}`;
    return target;
  }

  private ensureDir(): void {
    try {
      makeDir(this.options.dir);
    } catch (error) {
      throw storageError(error, 'create', this.options.dir);
    }
  }
}

/** What the record of a write keeps of each roadmap's large sections, so that the next command need not parse them. */
function sectionFacts(file: ProgressFile, now: Date): Record<string, SectionFacts> {
  const facts = dict<SectionFacts>();
  for (const [id, p] of Object.entries(file.roadmaps)) facts[id] = { due: dueFacts(p, now), attempts: attemptFacts(p.attempts) };
  return facts;
}

/**
 * A file this store wrote, unchanged since: parsed, not checked again (a file of another format
 * version still goes through the check and its migration). Its `lazy` sections are left
 * unparsed, `facts` standing in for them.
 */
function adopt(bytes: Buffer, facts: Record<string, SectionFacts>, lazy: readonly LazyField[]): Inspected {
  try {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: decodeLaidOut with no lazy field gives what JSON.parse does; the test only spares it the work
    const data = (lazy.length > 0 ? decodeLaidOut(bytes, facts, lazy) : undefined) ?? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>);
    // Stryker disable next-line OptionalChaining: a null document throws inside the try, and the catch sends it to decode as the check would
    if (data?.version === PROGRESS_VERSION) return { kind: 'ok', file: adoptChecked(data), diskVersion: PROGRESS_VERSION };
  } catch {
    // not JSON after all: the check says so
  }
  return decode(bytes.toString('utf8'));
}

function decode(text: string): Inspected {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', problem: text.trim() === '' ? 'empty' : 'notJson', file: emptyProgress(), diskVersion: 0 };
  }
  const diskVersion = typeof (data as { version?: unknown })?.version === 'number' ? (data as { version: number }).version : 0;
  const checked = checkProgress(data);
  if (checked.kind === 'ok') return { kind: 'ok', file: checked.file, diskVersion };
  if (checked.kind === 'newer') {
    const lenient = checkProgress({ ...(data as object), version: 2 });
    return {
      kind: 'newer',
      version: checked.version,
      // (`lenient` is never 'newer' here, so that branch's mutant is equivalent.)
      file: lenient.kind === 'invalid' ? lenient.salvaged : lenient.kind === 'ok' ? lenient.file : emptyProgress(),
      diskVersion,
    };
  }
  return { kind: 'corrupt', problem: checked.problem, file: checked.salvaged, diskVersion };
}
