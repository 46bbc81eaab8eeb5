import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED, tempConfigDir } from '../support/cli.js';
import { runMain } from '../support/in-process.js';

// The language is the run's, not the process's: two runs in one process, started together,
// each word their own, which a module-global catalogue set by the last run to start could not.
describe('the language is bound to the run', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
  afterEach(() => cleanup());

  const run = (lang: 'en' | 'es', args: string[]) =>
    runMain([...args, '--lang', lang, '--roadmap', BUNDLED], dir, { env: { MLROAD_NOW: '2026-12-01T10:00:00Z' } });

  it('interleaved runs in es and en each print their own language, help and errors included', async () => {
    const [es1, en1, es2, en2] = await Promise.all([
      run('es', ['status']),
      run('en', ['status']),
      run('es', ['show', 'no-such-topic']),
      run('en', ['show', 'no-such-topic']),
    ]);
    expect(es1.code).toBe(0);
    expect(en1.code).toBe(0);
    expect(es1.stdout).toContain('Siguiente:');
    expect(es1.stdout).not.toContain('Next:');
    expect(en1.stdout).toContain('Next:');
    expect(en1.stdout).not.toContain('Siguiente:');
    expect(es2.stderr).toMatch(/^error: .*tema/i);
    expect(en2.stderr).toMatch(/^error: unknown topic "no-such-topic"/);
    // Each equals the same run made alone.
    expect((await run('es', ['status'])).stdout).toBe(es1.stdout);
    expect((await run('en', ['status'])).stdout).toBe(en1.stdout);
    const [esHelp, enHelp] = await Promise.all([run('es', ['--help']), run('en', ['--help'])]);
    expect(esHelp.stdout).toMatch(/^Uso:/);
    expect(enHelp.stdout).toMatch(/^Usage:/);
  });
});
