import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressFile, ReviewLogEntry } from '../core/progress/model.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { type LogTarget, moveLogOut, writeLogChanges } from './log-changes.js';
import type { StoreNotice } from './progress-store.js';
import { logLine } from './review-log.js';

let dir: string;
let logPath: string;
let notices: StoreNotice[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-log-changes-'));
  logPath = join(dir, 'progress.log.jsonl');
  notices = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const target = (fs: StoreFs = nodeFs): LogTarget => ({ logPath, fs, notice: (n) => notices.push(n), asideName: (label) => `${logPath}.${label}` });
const e = (day: number): ReviewLogEntry => ({
  card: 'q/c',
  at: `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  rating: 3,
  scheduled: true,
  source: 'review',
});
const file = (logs: Record<string, ReviewLogEntry[]>): ProgressFile =>
  ({
    version: 2,
    settings: {},
    roadmaps: Object.fromEntries(Object.entries(logs).map(([id, reviewLog]) => [id, { topics: {}, attempts: [], cards: {}, reviewLog }])),
  }) as ProgressFile;
const lines = (...entries: [string, ReviewLogEntry][]) => entries.map(([id, x]) => logLine(id, x)).join('');
const failing: StoreFs = {
  ...nodeFs,
  openSync: () => {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  },
};
const ino = () => statSync(logPath).ino;

describe('writeLogChanges, log not loaded', () => {
  it('every entry of the next file is new, whatever the current one held', () => {
    const a = e(1);
    writeLogChanges(target(), file({ r: [a] }), file({ r: [a, e(2)] }), false);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', a], ['r', e(2)]));
  });

  it('a roadmap gone from the next file rewrites nothing', () => {
    writeFileSync(logPath, lines(['r', e(1)]));
    writeLogChanges(target(), file({ r: [e(1)] }), file({}), false);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', e(1)]));
  });

  it('nothing new: a torn tail is left for the next append', () => {
    writeFileSync(logPath, `${lines(['r', e(1)])}{"torn`);
    writeLogChanges(target(), file({}), file({ r: [] }), false);
    expect(readFileSync(logPath, 'utf8')).toBe(`${lines(['r', e(1)])}{"torn`);
    expect(notices).toEqual([]);
  });

  it('a failure is a write failure of the log', () => {
    expect(() => writeLogChanges(target(failing), file({}), file({ r: [e(1)] }), false)).toThrow(
      expect.objectContaining({ code: 'failed', path: logPath, data: expect.objectContaining({ action: 'write', errno: 'ENOSPC' }) }),
    );
  });
});

describe('writeLogChanges, log loaded', () => {
  it('entries only added are appended: the log file stays the same file', () => {
    const a = e(1);
    writeFileSync(logPath, lines(['r', a]));
    const before = ino();
    writeLogChanges(target(), file({ r: [a] }), file({ r: [a, e(2)] }), true);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', a], ['r', e(2)]));
    expect(ino()).toBe(before);
  });

  it('an entry replaced rewrites the log', () => {
    writeFileSync(logPath, lines(['r', e(1)], ['r', e(2)]));
    writeLogChanges(target(), file({ r: [e(1), e(2)] }), file({ r: [e(3), e(4)] }), true);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', e(3)], ['r', e(4)]));
  });

  it('entries removed from the end rewrite the log', () => {
    const a = e(1);
    writeFileSync(logPath, lines(['r', a], ['r', e(2)]));
    writeLogChanges(target(), file({ r: [a, e(2)] }), file({ r: [a] }), true);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', a]));
  });

  it('a roadmap with entries gone from the next file rewrites the log without it; one without entries does not', () => {
    const a = e(1);
    writeFileSync(logPath, lines(['r', a], ['s', e(2)]));
    const before = ino();
    writeLogChanges(target(), file({ r: [a], s: [], t: [] }), file({ r: [a], s: [] }), true);
    expect(ino()).toBe(before);
    writeLogChanges(target(), file({ r: [a], s: [e(2)] }), file({ r: [a] }), true);
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', e(1)]));
  });

  it('a failed rewrite is a write failure of the log', () => {
    expect(() => writeLogChanges(target(failing), file({ r: [e(1)] }), file({ r: [] }), true)).toThrow(
      expect.objectContaining({ code: 'failed', path: logPath }),
    );
  });
});

describe('moveLogOut', () => {
  it('unites the log inside with one already on disk, and says where the backup is', () => {
    writeFileSync(logPath, lines(['r', e(2)]));
    moveLogOut(target(), file({ r: [e(1), e(2)] }), () => '/backup', '/progress.json');
    expect(readFileSync(logPath, 'utf8')).toBe(lines(['r', e(1)], ['r', e(2)]));
    expect(notices).toEqual([{ code: 'migrated', path: '/progress.json', from: 1, backup: '/backup' }]);
  });

  it('without a backup, nothing is said', () => {
    moveLogOut(target(), file({ r: [e(1)] }), () => null, '/progress.json');
    expect(notices).toEqual([]);
    expect(existsSync(logPath)).toBe(true);
  });

  it('a log that cannot be read or written is a write failure of the log', () => {
    mkdirSync(logPath);
    expect(() => moveLogOut(target(), file({ r: [e(1)] }), () => null, '/progress.json')).toThrow(
      expect.objectContaining({ path: logPath, unworded: expect.objectContaining({ key: 'file.notRegular.directory' }) }),
    );
    rmSync(logPath, { recursive: true });
    appendFileSync(logPath, '');
    expect(() => moveLogOut(target(failing), file({ r: [e(1)] }), () => null, '/progress.json')).toThrow(
      expect.objectContaining({ code: 'failed', path: logPath, data: expect.objectContaining({ action: 'write' }) }),
    );
  });
});
