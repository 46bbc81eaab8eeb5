import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUnder } from '../../test/support/open-files.js';
import { FileTooLargeError, kindOf, NotRegularFileError, readRegularFile } from './regular-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-regular-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const stats = (kind: 'fifo' | 'char' | 'block' | 'socket' | 'dir' | 'none') => ({
  isFIFO: () => kind === 'fifo',
  isCharacterDevice: () => kind === 'char',
  isBlockDevice: () => kind === 'block',
  isSocket: () => kind === 'socket',
  isDirectory: () => kind === 'dir',
});

describe('kindOf', () => {
  it('names each kind of file that is not regular', () => {
    expect(kindOf(stats('fifo'))).toBe('fifo');
    expect(kindOf(stats('char'))).toBe('device');
    expect(kindOf(stats('block'))).toBe('device');
    expect(kindOf(stats('socket'))).toBe('socket');
    expect(kindOf(stats('dir'))).toBe('directory');
    expect(kindOf(stats('none'))).toBe('other');
  });
});

describe('the refusals', () => {
  it('carry their names and their keys', () => {
    const notRegular = new NotRegularFileError('/p', 'socket');
    expect(notRegular.name).toBe('NotRegularFileError');
    expect(notRegular.unworded).toEqual({ key: 'file.notRegular.socket', params: { path: '/p' } });
    const tooLarge = new FileTooLargeError('/p', 3 * 1048576);
    expect(tooLarge.name).toBe('FileTooLargeError');
    expect(tooLarge.unworded).toEqual({ key: 'file.tooBig', params: { path: '/p', limit: '3' } });
  });

  it('a file one byte over the limit is refused; at the limit it is read', () => {
    writeFileSync(join(dir, 'f'), 'abcd');
    expect(readRegularFile(join(dir, 'f'), { maxBytes: 4 })).toBe('abcd');
    expect(() => readRegularFile(join(dir, 'f'), { maxBytes: 3 })).toThrow(FileTooLargeError);
  });

  it('leaves no descriptor open, read or refused', () => {
    writeFileSync(join(dir, 'f'), 'abcd');
    for (let i = 0; i < 10; i++) {
      readRegularFile(join(dir, 'f'), { maxBytes: 4 });
      expect(() => readRegularFile(join(dir, 'f'), { maxBytes: 3 })).toThrow();
      expect(() => readRegularFile(dir, { maxBytes: 3 })).toThrow(NotRegularFileError);
    }
    expect(openUnder(dir)).toBe(0);
  });
});
