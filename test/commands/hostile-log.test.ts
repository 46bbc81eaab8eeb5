import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../support/cli.js';
import { runMain } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

describe('a FIFO in the review log’s place', () => {
  it('is refused by every reader of the log, in words, with exit 3, and never waited on', async () => {
    expect((await runMain(['done', 'python'], dir)).code).toBe(0);
    execFileSync('mkfifo', [join(dir, 'progress.log.jsonl')]);
    for (const command of [['stats'], ['journal'], ['progress', 'export']]) {
      const r = await runMain(command, dir);
      expect(r.code, command.join(' ')).toBe(3);
      expect(r.stderr, command.join(' ')).toContain('is a FIFO (named pipe), not a regular file');
    }
    const spanish = await runMain(['stats'], dir, { env: { LANG: 'es_ES.UTF-8' } });
    expect(spanish.stderr).not.toContain('file.notRegular');
  });
});
