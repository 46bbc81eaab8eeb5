import { describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { english } from '../i18n/index.js';
import { storageError } from '../store/fs-errors.js';
import { describeError, describeNotice } from './describe-error.js';

describe('describeError', () => {
  it('words a file-system failure from its code and data: action, path, reason', () => {
    const error = storageError(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }), 'write', '/x/progress.json');
    expect(error).toMatchObject({ code: 'failed', data: { action: 'write', path: '/x/progress.json', errno: 'ENOSPC' } });
    expect(describeError(english, error)).toBe(
      'cannot write /x/progress.json: the disk is full. Check that the directory is writable, or set MLROAD_CONFIG_DIR to another directory.',
    );
  });

  it('falls back to the system’s own words for an errno it has none for', () => {
    const error = storageError(Object.assign(new Error('weird thing'), { code: 'EWEIRD' }), 'read', '/p');
    expect(describeError(english, error)).toContain('cannot read /p: weird thing');
  });

  it('names the pid of a lock holder that outlasted the wait, and a lock taken over', () => {
    const busy = new StorageError('busy', '/l', 'lockBusy', { lock: '/l', pid: 4242, host: 'box' });
    expect(describeError(english, busy)).toContain('pid 4242 on box');
    expect(describeNotice(english, { code: 'lockTakenOver', lock: '/l', pid: 77, host: 'box' })).toContain('pid 77');
  });
});
