import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { MAX_PROGRESS_BYTES, readRegularFile } from './regular-file.js';
import { makeDir } from './make-dir.js';
import { StorageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { checkProgress } from '../core/progress/validate.js';
import { emptyProgress, type ProgressFile } from '../core/progress/model.js';
import type { Lang } from '../core/text.js';
import { progressPath } from './paths.js';
import { isFsError, storageError } from './fs-errors.js';
import { withLock } from './lock.js';

export interface ProgressStoreOptions {
  dir: string;
  now?: () => Date;
  /** Where the store reports what it repaired; the command prints it on stderr. */
  warn?: (message: string) => void;
  /** Runs after every successful write, still under the lock (the prompt cache). */
  afterWrite?: (file: ProgressFile) => void;
}

/** The only module that reads or writes the progress file. */
export class ProgressStore {
  readonly path: string;
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;

  constructor(private readonly options: ProgressStoreOptions) {
    this.path = progressPath(options.dir);
    this.now = options.now ?? (() => new Date());
    this.warn = options.warn ?? (() => {});
  }

  /**
   * The current progress, without taking the lock: writes are atomic renames, so a reader
   * sees the old file or the new one, never half of one. A corrupt file is repaired first.
   */
  async read(): Promise<ProgressFile> {
    const loaded = this.inspect();
    if (loaded.kind === 'ok') return loaded.file;
    if (loaded.kind === 'newer') {
      this.warn(t('storage.newerRead', { path: this.path, version: loaded.version }));
      return loaded.file;
    }
    try {
      return await this.update((file) => file);
    } catch (error) {
      // A read-only disk cannot be repaired, but reading should still work where it can.
      if (!(error instanceof StorageError)) throw error;
      this.warn(t('storage.cannotRepair', { path: this.path, problem: loaded.problem, reason: error.message }));
      return loaded.file;
    }
  }

  /** What the file holds, salvaged if damaged, without repairing or writing anything. */
  peek(): ProgressFile {
    return this.inspect().file;
  }

  /** The language saved with `config set lang`, read cheaply and never failing: it decides the help text. */
  savedLanguage(): Lang | undefined {
    try {
      const lang = (JSON.parse(readRegularFile(this.path, { maxBytes: MAX_PROGRESS_BYTES })) as { settings?: { lang?: unknown } }).settings?.lang;
      return lang === 'en' || lang === 'es' ? lang : undefined;
    } catch {
      return undefined;
    }
  }

  /** A locked read-modify-write: concurrent mlroad processes never lose each other's changes. */
  async update(change: (file: ProgressFile) => ProgressFile): Promise<ProgressFile> {
    this.ensureDir();
    return withLock(this.path, async () => {
      const loaded = this.inspect();
      if (loaded.kind === 'newer') {
        throw new StorageError(t('storage.newerWrite', { path: this.path, version: loaded.version }), this.path);
      }
      let current = loaded.file;
      if (loaded.kind === 'corrupt') {
        const aside = this.moveAside();
        this.warn(t('storage.damaged', { path: this.path, problem: loaded.problem, aside }));
        current = loaded.file;
      }
      const next = change(current);
      if (next !== current || loaded.kind === 'corrupt') await this.write(next);
      this.options.afterWrite?.(next);
      return next;
    });
  }

  /** Copies the progress file beside itself and returns the copy's path (null if there is no file). */
  backup(label = 'backup'): string | null {
    if (!existsSync(this.path)) return null;
    const target = this.freeName(label);
    try {
      copyFileSync(this.path, target);
    } catch (error) {
      throw storageError(error, 'backUp', target);
    }
    return target;
  }

  /** What the file holds and whether it is sound, changing nothing; unreadable throws StorageError. */
  inspect():
    | { kind: 'ok'; file: ProgressFile }
    | { kind: 'newer'; version: number; file: ProgressFile }
    | { kind: 'corrupt'; problem: string; file: ProgressFile } {
    let text: string;
    try {
      text = readRegularFile(this.path, { maxBytes: MAX_PROGRESS_BYTES });
    } catch (error) {
      if (isFsError(error) && error.code === 'ENOENT') return { kind: 'ok', file: emptyProgress() };
      throw storageError(error, 'read', this.path);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { kind: 'corrupt', problem: t(text.trim() === '' ? 'storage.problem.empty' : 'storage.problem.notJson'), file: emptyProgress() };
    }
    const checked = checkProgress(data);
    if (checked.kind === 'ok') return { kind: 'ok', file: checked.file };
    if (checked.kind === 'newer') {
      const lenient = checkProgress({ ...(data as object), version: 1 });
      return { kind: 'newer', version: checked.version, file: lenient.kind === 'invalid' ? lenient.salvaged : lenient.kind === 'ok' ? lenient.file : emptyProgress() };
    }
    return { kind: 'corrupt', problem: checked.problem, file: checked.salvaged };
  }

  private async write(file: ProgressFile): Promise<void> {
    // conf writes a temp file, fsyncs and renames it over the old one.
    const { default: Conf } = await import('conf');
    try {
      const conf = new Conf<ProgressFile>({ cwd: this.options.dir, configName: 'progress', projectSuffix: '', clearInvalidConfig: false });
      conf.store = file;
    } catch (error) {
      throw storageError(error, 'write', this.path);
    }
  }

  private moveAside(): string {
    const target = this.freeName('corrupt');
    try {
      renameSync(this.path, target);
    } catch (error) {
      throw storageError(error, 'moveAside', this.path);
    }
    return target;
  }

  private freeName(label: string): string {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let target = `${this.path}.${label}-${stamp}`;
    for (let n = 2; existsSync(target); n++) target = `${this.path}.${label}-${stamp}-${n}`;
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
