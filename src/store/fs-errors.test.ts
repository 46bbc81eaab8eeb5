import { describe, expect, it } from 'vitest';
import { MlroadError, StorageError } from '../errors.js';
import { isFsError, storageError } from './fs-errors.js';
import { NotRegularFileError } from './regular-file.js';

describe('storageError', () => {
  it('a file-system failure: code failed, with its action, path, errno and the system’s words', () => {
    const error = storageError(Object.assign(new Error('no space left'), { code: 'ENOSPC' }), 'write', '/p');
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      code: 'failed',
      path: '/p',
      message: 'cannot write /p: no space left',
      data: { action: 'write', path: '/p', errno: 'ENOSPC', detail: 'no space left' },
    });
  });

  it('a failure without a code or words still says what it could not do', () => {
    expect(storageError(new Error(''), 'read', '/p')).toMatchObject({ message: 'cannot read /p: unknown error', data: { errno: '', detail: 'unknown error' } });
    expect(storageError(undefined, 'lock', '/p')).toMatchObject({ code: 'failed', data: { action: 'lock', errno: '', detail: 'unknown error' } });
  });

  it('a refusal of our own keeps its key, and no code', () => {
    const error = storageError(new NotRegularFileError('/f', 'fifo'), 'read', '/p');
    expect(error.unworded).toEqual({ key: 'file.notRegular.fifo', params: { path: '/f' } });
    expect(error.path).toBe('/p');
    expect(error.code).toBeUndefined();
  });

  it('an error of ours in plain words is a failure like any other', () => {
    expect(storageError(new MlroadError('held elsewhere'), 'read', '/p')).toMatchObject({ code: 'failed', data: { detail: 'held elsewhere' } });
  });
});

describe('isFsError', () => {
  it('only what carries a string code', () => {
    expect(isFsError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(true);
    expect(isFsError(Object.assign(new Error('x'), { code: 5 }))).toBe(false);
    expect(isFsError(new Error('x'))).toBe(false);
    expect(isFsError(undefined)).toBe(false);
  });
});
