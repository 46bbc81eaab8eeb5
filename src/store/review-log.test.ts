import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewLogEntry } from '../core/progress/model.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { appendLog, findTornTail, logLine, readLog } from './review-log.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlroad-log-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const e = (i: number): ReviewLogEntry => ({ card: `q/${i}`, at: `2026-01-0${1 + (i % 9)}T00:00:00.000Z`, rating: 3, scheduled: true, source: 'review' });

describe('readLog', () => {
  it('reads entries per roadmap, ids like __proto__ included', () => {
    const file = join(dir, 'log.jsonl');
    writeFileSync(file, logLine('a', e(1)) + logLine('__proto__', e(2)) + logLine('a', e(3)));
    const log = readLog(file);
    expect(log.count).toBe(3);
    expect(log.byRoadmap.a).toEqual([e(1), e(3)]);
    expect(Object.hasOwn(log.byRoadmap, '__proto__')).toBe(true);
    expect(log.torn).toBeUndefined();
  });

  it('skips and counts a bad line in the middle, and reports a torn last line', () => {
    const file = join(dir, 'log.jsonl');
    writeFileSync(file, `${logLine('a', e(1))}not json\n{"roadmap":"a","card":1}\n${logLine('a', e(2))}{"roadmap":"a","ca`);
    const log = readLog(file);
    expect(log.byRoadmap.a).toEqual([e(1), e(2)]);
    expect(log.bad).toBe(2);
    expect(log.torn).toBe('{"roadmap":"a","ca');
    expect(findTornTail(file)).toEqual({
      cut: Buffer.byteLength(`${logLine('a', e(1))}not json\n{"roadmap":"a","card":1}\n${logLine('a', e(2))}`),
      text: '{"roadmap":"a","ca',
    });
  });

  it('a log that ends cleanly has no torn tail; a missing log is empty', () => {
    const file = join(dir, 'log.jsonl');
    writeFileSync(file, logLine('a', e(1)));
    expect(findTornTail(file)).toBeUndefined();
    expect(readLog(join(dir, 'none.jsonl'))).toEqual({ byRoadmap: {}, count: 0, bad: 0 });
  });
});

describe('appendLog', () => {
  it('flushes every append, and the folder only when the append created the log', () => {
    const synced: string[] = [];
    const names = new Map<number, string>();
    const fs: StoreFs = {
      ...nodeFs,
      openSync: (path, flags, mode) => {
        const fd = nodeFs.openSync(path, flags, mode);
        names.set(fd, String(path));
        return fd;
      },
      fsyncSync: (fd) => {
        synced.push(names.get(fd)!);
        nodeFs.fsyncSync(fd);
      },
    };
    const log = join(dir, 'progress.log.jsonl');
    appendLog(log, logLine('r', e(1)), fs);
    expect(synced).toEqual([log, dir]);
    synced.length = 0;
    appendLog(log, logLine('r', e(2)), fs);
    expect(synced).toEqual([log]);
    expect(readLog(log).count).toBe(2);
  });
});
