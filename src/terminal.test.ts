import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fdWriter, isTerminal } from './terminal.js';

describe('fdWriter', () => {
  it('writes every byte, waiting out a full non-blocking pipe and resuming short writes', () => {
    const chunks: Buffer[] = [];
    let calls = 0;
    const write = ((_fd: number, buffer: Buffer, offset: number, length: number) => {
      calls++;
      if (calls === 2) throw Object.assign(new Error('full'), { code: 'EAGAIN' });
      const n = Math.min(length, 3); // short writes
      chunks.push(Buffer.from(buffer.subarray(offset, offset + n)));
      return n;
    }) as never;
    fdWriter(9, write).write('héllo wörld');
    expect(Buffer.concat(chunks).toString('utf8')).toBe('héllo wörld');
    expect(calls).toBe(Math.ceil(Buffer.byteLength('héllo wörld') / 3) + 1);
  });

  it('stops quietly once the reader is gone, and fails on other errors', () => {
    let calls = 0;
    const gone = (() => {
      calls++;
      throw Object.assign(new Error('pipe'), { code: 'EPIPE' });
    }) as never;
    const out = fdWriter(9, gone);
    expect(out.write('a')).toBe(true);
    expect(out.write('b')).toBe(true);
    expect(calls).toBe(1);
    const broken = (() => {
      throw Object.assign(new Error('io'), { code: 'EIO' });
    }) as never;
    expect(() => fdWriter(9, broken).write('a')).toThrow('io');
  });

  it('writes UTF-8 to a real file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlroad-fd-'));
    const path = join(dir, 'out');
    const fd = openSync(path, 'w');
    fdWriter(fd).write('ñandú ✓\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('ñandú ✓\n');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('isTerminal', () => {
  it('a file and /dev/null are not terminals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlroad-fd-'));
    const file = openSync(join(dir, 'f'), 'w');
    const devNull = openSync('/dev/null', 'w');
    expect([isTerminal(file), isTerminal(devNull), isTerminal(12345)]).toEqual([false, false, false]);
    closeSync(file);
    closeSync(devNull);
    rmSync(dir, { recursive: true, force: true });
  });
});
