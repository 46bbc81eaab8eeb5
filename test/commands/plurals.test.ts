import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../support/cli.js';
import { runMain } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

describe('plural forms', () => {
  it('one attempt is "1 attempt" / "1 intento", two are plural, in quizzes and stats', async () => {
    const take = () => runMain(['quiz', 'python', '--seed', '1', '--plain'], dir, { input: '1\n'.repeat(10) });
    expect((await take()).code).toBe(0);
    const en = (await runMain(['--lang', 'en', 'quizzes'], dir)).stdout;
    expect(en).toMatch(/\b1 attempt ·/);
    expect(en).not.toContain('1 attempts');
    const es = (await runMain(['--lang', 'es', 'quizzes'], dir)).stdout;
    expect(es).toMatch(/\b1 intento ·/);
    expect((await runMain(['--lang', 'es', 'stats'], dir)).stdout).toMatch(/\b1 intento ·/);
    expect((await take()).code).toBe(0);
    expect((await runMain(['--lang', 'en', 'stats'], dir)).stdout).toMatch(/\b2 attempts ·/);
    expect((await runMain(['--lang', 'es', 'quizzes'], dir)).stdout).toMatch(/\b2 intentos ·/);
  });
});
