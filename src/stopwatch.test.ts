import { describe, expect, it } from 'vitest';
import { stopwatch } from './stopwatch.js';

describe('stopwatch', () => {
  it('counts milliseconds from when it was started, never backwards', async () => {
    const elapsed = stopwatch();
    const first = elapsed();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = elapsed();
    expect(first).toBeGreaterThanOrEqual(0);
    // setTimeout waits at least about its delay; 25 leaves room for timer rounding, and a clock in seconds or microseconds would miss by far.
    expect(second).toBeGreaterThanOrEqual(25);
    expect(second).toBeLessThan(30_000);
  });
});
