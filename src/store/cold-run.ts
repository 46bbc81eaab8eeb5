// A run that parsed a roadmap from disk ran for long enough, with enough collections, for V8
// to drop the bytecode of the functions it ran first (bytecode flushing): a code cache of the
// main bundle saved at its exit would miss them, and no later run would write it again. Such
// a run says so here, and the code cache (bundled apart, in dist/code-cache.cjs) then leaves
// the main bundle's file to the next run. A global symbol, as the two are separate bundles.

const KEY = Symbol.for('mlroad.cold-run');

export function markColdRun(): void {
  (globalThis as Record<symbol, unknown>)[KEY] = true;
}

export function isColdRun(): boolean {
  return (globalThis as Record<symbol, unknown>)[KEY] === true;
}
