// performance.now() loads perf_hooks on its first call (~0.6 ms of a start); process.hrtime is
// there from the start, and as monotonic.

/** A clock started now: each call gives the milliseconds since. */
export function stopwatch(): () => number {
  const start = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - start) / 1e6;
}
