import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUnder } from '../../test/support/open-files.js';
import type { ProgressFile, ReviewLogEntry } from '../core/progress/model.js';
import { StorageError } from '../errors.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { ProgressStore, type StoreNotice } from './progress-store.js';

let dir: string;
let notices: StoreNotice[];
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-store-edges-'));
  notices = [];
  clock = Date.parse('2026-03-01T10:00:00.000Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => {
  clock += 1000;
  return new Date(clock);
};
const frozen = () => new Date(Date.parse('2026-03-01T10:00:00.000Z'));
const store = (extra: Partial<ConstructorParameters<typeof ProgressStore>[0]> = {}) =>
  new ProgressStore({ dir, now: tick, notice: (n) => notices.push(n), ...extra });
const progress = () => join(dir, 'progress.json');
const log = () => join(dir, 'progress.log.jsonl');
const disk = () => JSON.parse(readFileSync(progress(), 'utf8'));
const entry: ReviewLogEntry = { card: 'q/c1', at: '2025-01-01T00:00:00.000Z', rating: 3, scheduled: true, source: 'review' };
const markDone =
  (id: string) =>
  (f: ProgressFile): ProgressFile => {
    const r = f.roadmaps.r ?? { topics: {}, attempts: [], cards: {}, reviewLog: [] };
    return { ...f, roadmaps: { ...f.roadmaps, r: { ...r, topics: { ...r.topics, [id]: { status: 'done', at: '2026-03-01T00:00:00.000Z' } } } } };
  };
const failing = (step: keyof StoreFs): StoreFs => ({
  ...nodeFs,
  [step]: () => {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  },
});
const newer = {
  version: 9,
  settings: { lang: 'es' },
  roadmaps: { r: { topics: { a: { status: 'done', at: '2026-01-01T00:00:00.000Z' } }, attempts: [], cards: {} } },
};

describe('the clock and the names it stamps', () => {
  it('without a clock, names carry the real time; a backup is labelled "backup" by default', async () => {
    await store().update(markDone('a'));
    const target = new ProgressStore({ dir }).backup();
    expect(basename(target!)).toMatch(/^progress\.json\.backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
  });

  it('a backup at the same instant as another gets a numbered name, its log copy the same suffix', async () => {
    await store().update((f) => ({ ...markDone('a')(f), roadmaps: { r: { ...markDone('a')(f).roadmaps.r!, reviewLog: [entry] } } }));
    const s = store({ now: frozen });
    const first = s.backup('x');
    const second = s.backup('x');
    const third = s.backup('x');
    expect(first).toBe(`${progress()}.x-2026-03-01T10-00-00-000Z`);
    expect(second).toBe(`${progress()}.x-2026-03-01T10-00-00-000Z-002`);
    expect(third).toBe(`${progress()}.x-2026-03-01T10-00-00-000Z-003`);
    expect(readFileSync(`${log()}.x-2026-03-01T10-00-00-000Z-002`, 'utf8')).toBe(readFileSync(log(), 'utf8'));
  });

  it('a recovery file is named by the clock and the pid, in the system temp directory', () => {
    const path = store({ now: frozen }).writeRecovery({ version: 2, settings: {}, roadmaps: {} } as ProgressFile);
    try {
      expect(path).toBe(join(tmpdir(), `mlroad-recovery-2026-03-01T10-00-00-000Z-${process.pid}.json`));
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe('backups', () => {
  it('is null when there is no progress file, and copies nothing', () => {
    expect(store().backup('x')).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('copies the file, and the log only when there is one', async () => {
    await store().update(markDone('a'));
    const target = store().backup('x')!;
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(progress(), 'utf8'));
    expect(readdirSync(dir).filter((f) => f.startsWith('progress.log.jsonl.'))).toEqual([]);
  });

  it('keeps the newest five of a label, for the file and its log, and no other label’s', async () => {
    await store().update((f) => ({ ...f, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [entry] } } }));
    const other = store().backup('keep')!;
    const made = Array.from({ length: 7 }, () => store().backup('x')!);
    const left = (prefix: string) =>
      readdirSync(dir)
        .filter((f) => f.startsWith(prefix))
        .sort();
    expect(left('progress.json.x-')).toEqual(made.slice(2).map((p) => basename(p)));
    expect(left('progress.log.jsonl.x-')).toEqual(made.slice(2).map((p) => `progress.log.jsonl${basename(p).slice('progress.json'.length)}`));
    expect(existsSync(other)).toBe(true);
    expect(existsSync(progress())).toBe(true);
    expect(existsSync(log())).toBe(true);
  });

  it('a copy that fails is a StorageError naming the backup it could not write', async () => {
    await store().update(markDone('a'));
    mkdirSync(log()); // a directory cannot be copied as the log
    const error = (() => {
      try {
        store({ now: frozen }).backup('x');
      } catch (e) {
        return e;
      }
    })();
    const target = `${progress()}.x-2026-03-01T10-00-00-000Z`;
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'failed', path: target, data: { action: 'backUp', path: target } });
  });
});

describe('reading', () => {
  it('a newer file is read as far as it can be, said once, and never written', async () => {
    writeFileSync(progress(), JSON.stringify(newer));
    const before = readFileSync(progress(), 'utf8');
    const file = await store().read();
    expect(file.settings).toEqual({ lang: 'es' });
    expect(file.roadmaps.r!.topics.a!.status).toBe('done');
    expect(notices).toEqual([{ code: 'newerRead', path: progress(), version: 9 }]);
    expect(readFileSync(progress(), 'utf8')).toBe(before);
  });

  it('a newer file read with its log gets the log', async () => {
    writeFileSync(progress(), JSON.stringify(newer));
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    const file = await store().read({ log: true });
    expect(file.roadmaps.r!.reviewLog).toEqual([entry]);
    expect(file.roadmaps.r!.topics.a!.status).toBe('done');
  });

  it('a newer file whose records are bad is salvaged, not emptied', () => {
    writeFileSync(progress(), JSON.stringify({ ...newer, roadmaps: { r: { topics: { a: { status: 'done', at: '2026-01-01T00:00:00.000Z' }, b: 7 } } } }));
    const seen = store().inspect();
    expect(seen).toMatchObject({ kind: 'newer', version: 9, diskVersion: 9 });
    expect(Object.keys(seen.file.roadmaps.r!.topics)).toEqual(['a']);
  });

  it('a newer file that is not an object of roadmaps reads as empty', () => {
    writeFileSync(progress(), JSON.stringify({ version: 9, roadmaps: 5 }));
    const seen = store().inspect();
    expect(seen.kind).toBe('newer');
    expect(seen.file.roadmaps).toEqual({});
  });

  it('a damaged file is repaired on read: moved aside, said, and written sound', async () => {
    writeFileSync(progress(), 'not json');
    const file = await store().read();
    expect(file.roadmaps).toEqual({});
    const damaged = notices.find((n) => n.code === 'damaged') as Extract<StoreNotice, { code: 'damaged' }>;
    expect(damaged).toMatchObject({ path: progress(), problem: 'notJson', aside: `${progress()}.corrupt-2026-03-01T10-00-01-000Z` });
    expect(readFileSync(damaged.aside, 'utf8')).toBe('not json');
    expect(disk()).toEqual({ version: 2, settings: {}, roadmaps: {} });
  });

  it('a damaged file that cannot be repaired is still read, and the reason is said', async () => {
    writeFileSync(progress(), JSON.stringify({ version: 2, settings: { lang: 'es' }, roadmaps: 3 }));
    const file = await store({ fs: failing('openSync') }).read();
    expect(file.settings).toEqual({ lang: 'es' });
    const cannot = notices.find((n) => n.code === 'cannotRepair') as Extract<StoreNotice, { code: 'cannotRepair' }>;
    expect(cannot).toMatchObject({ path: progress(), problem: '"roadmaps" is not an object', error: { code: 'failed', data: { errno: 'ENOSPC' } } });
  });

  it('a failure that is not the disk’s is not swallowed by a repairing read', async () => {
    writeFileSync(progress(), '');
    const fault = new TypeError('bug');
    const s = store({
      afterWrite: () => {
        throw fault;
      },
    });
    await expect(s.read()).rejects.toBe(fault);
  });

  it('calls an empty file empty, and text that is not JSON notJson', () => {
    writeFileSync(progress(), '  \n');
    expect(store().inspect()).toMatchObject({ kind: 'corrupt', problem: 'empty', diskVersion: 0, file: { version: 2, settings: {}, roadmaps: {} } });
    writeFileSync(progress(), '{"version":');
    expect(store().inspect()).toMatchObject({ kind: 'corrupt', problem: 'notJson', diskVersion: 0 });
  });

  it('a file holding null is damaged, of no version', () => {
    writeFileSync(progress(), 'null');
    expect(store().inspect()).toMatchObject({ kind: 'corrupt', diskVersion: 0, file: { version: 2, settings: {}, roadmaps: {} } });
  });

  it('the version on disk is the file’s number, 0 when it has none', () => {
    writeFileSync(progress(), JSON.stringify({ version: 2, settings: {}, roadmaps: {} }));
    expect(store().inspect()).toMatchObject({ kind: 'ok', diskVersion: 2 });
    writeFileSync(progress(), JSON.stringify({ version: '2', settings: {}, roadmaps: {} }));
    expect(store().inspect().diskVersion).toBe(0);
  });

  it('peek gives the salvaged content without writing', () => {
    writeFileSync(progress(), JSON.stringify({ version: 2, settings: { lang: 'es' }, roadmaps: 3 }));
    expect(store().peek().settings).toEqual({ lang: 'es' });
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it('the saved language is undefined when the file cannot be read', () => {
    mkdirSync(progress());
    expect(store().savedLanguage()).toBeUndefined();
  });

  it('a directory in the file’s place is a storage problem with its own words', () => {
    mkdirSync(progress());
    const error = (() => {
      try {
        store().inspect();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ path: progress(), unworded: { key: 'file.notRegular.directory', params: { path: progress() } } });
  });

  it('a FIFO in the file’s place is refused without waiting on it', () => {
    execFileSync('mkfifo', [progress()]);
    expect(() => store().inspect()).toThrow(expect.objectContaining({ unworded: { key: 'file.notRegular.fifo', params: { path: progress() } } }));
  });

  it('a file past the size limit is refused unread', () => {
    writeFileSync(progress(), '');
    truncateSync(progress(), 256 * 1048576 + 1); // sparse: no disk used
    expect(() => store().inspect()).toThrow(expect.objectContaining({ unworded: { key: 'file.tooBig', params: { path: progress(), limit: '256' } } }));
  });

  it('an fs failure other than a missing file is a read failure', () => {
    symlinkSync(progress(), progress()); // a loop: ELOOP
    expect(() => store().inspect()).toThrow(
      expect.objectContaining({ code: 'failed', path: progress(), data: expect.objectContaining({ action: 'read', errno: 'ELOOP' }) }),
    );
  });

  it('a log that cannot be read fails logSummary and inspectLog with its own words and path', () => {
    mkdirSync(log());
    for (const call of [() => store().logSummary(), () => store().inspectLog()])
      expect(call).toThrow(expect.objectContaining({ path: log(), unworded: { key: 'file.notRegular.directory', params: { path: log() } } }));
  });

  it('a log the system cannot open fails logSummary and inspectLog as reads of the log', () => {
    symlinkSync(log(), log());
    for (const call of [() => store().logSummary(), () => store().inspectLog()])
      expect(call).toThrow(expect.objectContaining({ code: 'failed', path: log(), data: expect.objectContaining({ action: 'read', errno: 'ELOOP' }) }));
  });

  it('inspecting leaves no descriptor open', async () => {
    await store().update(markDone('a'));
    for (let i = 0; i < 5; i++) {
      writeFileSync(progress(), JSON.stringify({ version: 2, settings: { lang: i % 2 ? 'es' : 'en' }, roadmaps: {} }));
      store().inspect();
    }
    expect(openUnder(dir)).toBe(0);
  });

  it('a log read with bad and torn lines says so, with the count of bad ones', async () => {
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\nnope\n{"x":1}\n{"roadmap":"r"`);
    const file = await store().read({ log: true });
    expect(file.roadmaps.r!.reviewLog).toEqual([entry]);
    expect(notices).toEqual([
      { code: 'logTorn', path: log() },
      { code: 'logBad', path: log(), count: 2 },
    ]);
  });

  it('a version-1 file read with a log on disk unites the two, each entry once', async () => {
    const other = { ...entry, at: '2025-02-01T00:00:00.000Z' };
    const third = { ...entry, at: '2025-03-01T00:00:00.000Z' };
    writeFileSync(
      progress(),
      JSON.stringify({ version: 1, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [entry, third] } } }),
    );
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n${JSON.stringify({ roadmap: 'r', ...other })}\n`);
    expect((await store().read({ log: true })).roadmaps.r!.reviewLog).toEqual([entry, other, third]);
  });

  it('a version-2 file read with its log takes the log as it is', async () => {
    writeFileSync(progress(), JSON.stringify({ version: 2, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {} } } }));
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    expect((await store().read({ log: true })).roadmaps.r!.reviewLog).toEqual([entry, entry]);
    expect(notices).toEqual([]); // a sound log is read without a word
  });
});

describe('checkWritable', () => {
  it('refuses a file written by a newer mlroad, naming its version', () => {
    writeFileSync(progress(), JSON.stringify(newer));
    expect(() => store().checkWritable()).toThrow(
      expect.objectContaining({
        code: 'newerWrite',
        path: progress(),
        data: { path: progress(), version: 9 },
        message: `${progress()} was written by a newer mlroad (version 9)`,
      }),
    );
  });

  it('probes with a private 4 KiB temp file beside the progress file, written, closed and removed', () => {
    const calls: string[] = [];
    const fs: StoreFs = {
      ...nodeFs,
      openSync: (path, flags, mode) => {
        calls.push(`open ${path} ${flags} ${mode?.toString(8)}`);
        return nodeFs.openSync(path, flags, mode);
      },
      writeSync: (fd, data) => {
        calls.push(`write ${typeof data === 'string' ? JSON.stringify(data.trimEnd()) : ''} ${data.length}`);
        return nodeFs.writeSync(fd, data);
      },
      fsyncSync: (fd) => {
        calls.push('fsync');
        nodeFs.fsyncSync(fd);
      },
      closeSync: (fd) => {
        calls.push('close');
        nodeFs.closeSync(fd);
      },
    };
    store({ fs }).checkWritable();
    // No fsync: a full disk shows at the write, or on NFS at the close (see checkWritable).
    expect(calls).toEqual([`open ${join(dir, `.progress.json.probe-${process.pid}.tmp`)} w 600`, 'write "{}" 4096', 'close']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a probe whose write or close fails (a full disk, a quota, NFS) fails as a write, and leaves no probe behind', () => {
    for (const step of ['writeSync', 'closeSync'] as const) {
      expect(() => store({ fs: failing(step) }).checkWritable(), step).toThrow(
        expect.objectContaining({ code: 'failed', path: progress(), data: expect.objectContaining({ action: 'write', errno: 'ENOSPC' }) }),
      );
      expect(
        readdirSync(dir).filter((f) => f.includes('.probe-')),
        step,
      ).toEqual([]);
    }
  });

  it('a probe that cannot even be created fails as a write of the progress file', () => {
    expect(() => store({ fs: failing('openSync') }).checkWritable()).toThrow(
      expect.objectContaining({ code: 'failed', path: progress(), data: expect.objectContaining({ action: 'write', errno: 'ENOSPC' }) }),
    );
  });

  it('a directory that cannot be made is a create failure naming it', () => {
    writeFileSync(join(dir, 'file'), '');
    const inside = join(dir, 'file', 'config');
    expect(() => new ProgressStore({ dir: inside }).checkWritable()).toThrow(
      expect.objectContaining({ code: 'failed', path: inside, data: expect.objectContaining({ action: 'create', errno: 'ENOTDIR' }) }),
    );
  });
});

describe('update', () => {
  it('refuses to change a file written by a newer mlroad', async () => {
    writeFileSync(progress(), JSON.stringify(newer));
    await expect(store().update(markDone('b'))).rejects.toMatchObject({ code: 'newerWrite', data: { version: 9 } });
    expect(disk()).toEqual(newer);
  });

  it('a change that changes nothing writes nothing, and still runs afterWrite', async () => {
    await store().update(markDone('a'));
    const before = statSync(progress(), { bigint: true });
    const seen: ProgressFile[] = [];
    const result = await store({ afterWrite: (f) => seen.push(f) }).update((f) => f);
    expect(seen).toEqual([result]);
    expect(statSync(progress(), { bigint: true }).ino).toBe(before.ino);
  });

  it('a change that changes nothing needs no afterWrite', async () => {
    await store().update(markDone('a'));
    const file = await store().update((f) => f);
    expect(file.roadmaps.r!.topics.a!.status).toBe('done');
  });

  it('a damaged version-1 file leaves the log file as it is', async () => {
    writeFileSync(progress(), JSON.stringify({ version: 1, settings: {}, roadmaps: 3 }));
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    const before = statSync(log()).ino;
    await store().update(markDone('a'));
    expect(statSync(log()).ino).toBe(before);
  });

  it('a change runs afterWrite with the file written', async () => {
    const seen: ProgressFile[] = [];
    const result = await store({ afterWrite: (f) => seen.push(f) }).update(markDone('a'));
    expect(seen).toEqual([result]);
    expect(disk().roadmaps.r.topics.a.status).toBe('done');
  });

  it('a version-1 file is migrated even by a change that changes nothing', async () => {
    writeFileSync(progress(), JSON.stringify({ version: 1, settings: {}, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [entry] } } }));
    const seen: ProgressFile[] = [];
    await store({ afterWrite: (f) => seen.push(f) }).update((f) => f);
    expect(disk().version).toBe(2);
    expect(readFileSync(log(), 'utf8')).toBe(`${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    expect(seen).toHaveLength(1);
    expect(notices.map((n) => n.code)).toEqual(['migrated']);
  });

  it('a damaged version-1 file is repaired, not migrated', async () => {
    writeFileSync(progress(), JSON.stringify({ version: 1, settings: {}, roadmaps: 3 }));
    await store().update(markDone('a'));
    expect(notices.map((n) => n.code)).toEqual(['damaged']);
    expect(readdirSync(dir).filter((f) => f.includes('before-v2'))).toEqual([]);
  });

  it('without the log option the change sees no log entries, and its new ones are appended', async () => {
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    const other = { ...entry, at: '2025-02-01T00:00:00.000Z' };
    let seen: readonly ReviewLogEntry[] | undefined;
    await store().update((f) => {
      seen = f.roadmaps.r?.reviewLog;
      return { ...f, roadmaps: { r: { topics: {}, attempts: [], cards: {}, reviewLog: [other] } } };
    });
    expect(seen).toBeUndefined();
    expect(readFileSync(log(), 'utf8')).toBe(`${JSON.stringify({ roadmap: 'r', ...entry })}\n${JSON.stringify({ roadmap: 'r', ...other })}\n`);
  });

  it('removes the log’s stale temp files too', async () => {
    const stale = join(dir, '.progress.log.jsonl.1.2.abc.tmp');
    writeFileSync(stale, 'x');
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    await store().update(markDone('a'));
    expect(existsSync(stale)).toBe(false);
  });

  it('waits for the lock only as long as told, and tells of a dead holder’s lock taken over', async () => {
    writeFileSync(`${progress()}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), started: 0, nonce: 'theirs' }));
    await expect(store({ lockWaitMs: 0 }).update(markDone('a'))).rejects.toMatchObject({ code: 'lockBusy' });
    await expect(store({ lockWaitMs: 0 }).setAsideTornLog()).rejects.toMatchObject({ code: 'lockBusy' });
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    writeFileSync(`${progress()}.lock`, JSON.stringify({ pid: dead, host: hostname(), started: 0, nonce: 'theirs' }));
    await store({ lockWaitMs: 0 }).update(markDone('a'));
    writeFileSync(`${progress()}.lock`, JSON.stringify({ pid: dead, host: hostname(), started: 0, nonce: 'theirs' }));
    await store({ lockWaitMs: 0 }).setAsideTornLog();
    expect(notices).toEqual([
      { code: 'lockTakenOver', lock: `${progress()}.lock`, pid: dead, host: hostname() },
      { code: 'lockTakenOver', lock: `${progress()}.lock`, pid: dead, host: hostname() },
    ]);
  });
});

describe('setAsideTornLog', () => {
  it('is undefined when the log ends cleanly', async () => {
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
    expect(await store().setAsideTornLog()).toBeUndefined();
  });

  it('moves a torn last line to a named file and returns its path', async () => {
    writeFileSync(log(), `${JSON.stringify({ roadmap: 'r', ...entry })}\n{"roadmap":`);
    const aside = await store({ now: frozen }).setAsideTornLog();
    expect(aside).toBe(`${log()}.torn-2026-03-01T10-00-00-000Z`);
    expect(readFileSync(aside!, 'utf8')).toBe('{"roadmap":');
    expect(readFileSync(log(), 'utf8')).toBe(`${JSON.stringify({ roadmap: 'r', ...entry })}\n`);
  });

  it('a failure to keep it is a write failure of the log', async () => {
    writeFileSync(log(), '{"roadmap":');
    await expect(store({ fs: failing('openSync') }).setAsideTornLog()).rejects.toMatchObject({
      code: 'failed',
      path: log(),
      data: { action: 'write', errno: 'ENOSPC' },
    });
    expect(readFileSync(log(), 'utf8')).toBe('{"roadmap":');
  });
});
