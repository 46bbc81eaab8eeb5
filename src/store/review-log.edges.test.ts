import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUnder } from '../../test/support/open-files.js';
import type { ReviewLogEntry } from '../core/progress/model.js';
import { nodeFs } from './fs-seam.js';
import { appendLog, findTornTail, logLine, readLog, rewriteLog, truncateLog } from './review-log.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-log-edges-'));
  file = join(dir, 'log.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const e = (i: number): ReviewLogEntry => ({ card: `q/${i}`, at: `2026-01-0${1 + (i % 9)}T00:00:00.000Z`, rating: 3, scheduled: true, source: 'review' });

describe('readLog, line by line once a line is bad', () => {
  it('reads every good line and counts the bad ones: not JSON, null, of no roadmap, not an entry', () => {
    writeFileSync(
      file,
      `${logLine('a', e(1))}\nnope\nnull\n${JSON.stringify({ roadmap: 5, ...e(2) })}\n${JSON.stringify({ roadmap: 'a', card: 1 })}\n${logLine('b', e(3))}`,
    );
    const log = readLog(file);
    expect(log).toEqual({ byRoadmap: { a: [e(1)], b: [e(3)] }, count: 2, bad: 4 });
  });

  it('an empty log holds nothing and nothing bad', () => {
    writeFileSync(file, '');
    expect(readLog(file)).toEqual({ byRoadmap: {}, count: 0, bad: 0 });
  });

  it('a log that cannot be read is an error, not an empty log', () => {
    mkdirSync(file);
    expect(() => readLog(file)).toThrow(expect.objectContaining({ unworded: expect.objectContaining({ key: 'file.notRegular.directory' }) }));
  });
});

describe('appendLog and rewriteLog', () => {
  it('nothing to append creates no file', () => {
    appendLog(file, '');
    expect(existsSync(file)).toBe(false);
  });

  it('rewrites through the file system it is given', () => {
    const fs = {
      ...nodeFs,
      openSync: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    expect(() => rewriteLog(file, { a: [e(1)] }, fs)).toThrow('no space');
    expect(existsSync(file)).toBe(false);
  });

  it('leaves no descriptor open', () => {
    appendLog(file, logLine('a', e(1)));
    writeFileSync(file, `${logLine('a', e(1))}{"torn`);
    findTornTail(file);
    truncateLog(file, 10);
    for (let i = 0; i < 10; i++) {
      appendLog(file, logLine('a', e(1)));
      findTornTail(file);
      truncateLog(file, 10);
    }
    expect(openUnder(dir)).toBe(0);
  });
});

describe('findTornTail', () => {
  it('none in an empty log or one that does not exist', () => {
    expect(findTornTail(file)).toBeUndefined();
    writeFileSync(file, '');
    expect(findTornTail(file)).toBeUndefined();
  });

  it('a log that cannot be opened is an error', () => {
    symlinkSync(file, file);
    expect(() => findTornTail(file)).toThrow(expect.objectContaining({ code: 'ELOOP' }));
  });

  it('a log of one torn line is torn from its start', () => {
    writeFileSync(file, '{"roadmap":"a"');
    expect(findTornTail(file)).toEqual({ cut: 0, text: '{"roadmap":"a"' });
  });

  it('a newline as the first byte: the torn line starts right after it', () => {
    writeFileSync(file, '\n{"roadmap":"a"');
    expect(findTornTail(file)).toEqual({ cut: 1, text: '{"roadmap":"a"' });
  });

  it('in a log of many chunks, the torn line is only the last line', () => {
    const body = logLine('a', e(1)).repeat(2000);
    expect(body.length).toBeGreaterThan(128 * 1024);
    writeFileSync(file, `${body}{"torn`);
    expect(findTornTail(file)).toEqual({ cut: body.length, text: '{"torn' });
  });

  it('a torn line longer than a chunk is found whole, back to the newline before it', () => {
    const body = logLine('a', e(1)).repeat(1000);
    const torn = `{"x":"${'y'.repeat(64 * 1024 - 8)}"`;
    expect(torn.length).toBe(64 * 1024 - 1);
    for (const tail of [torn, `${torn}z`, `${torn}zz`]) {
      writeFileSync(file, `${body}${tail}`);
      expect(findTornTail(file)).toEqual({ cut: body.length, text: tail });
    }
  });

  it('truncateLog cuts at the length given', () => {
    writeFileSync(file, 'abcdef');
    truncateLog(file, 2);
    expect(readFileSync(file, 'utf8')).toBe('ab');
    expect(statSync(file).size).toBe(2);
  });
});
