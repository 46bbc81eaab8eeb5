import { PassThrough } from 'node:stream';
import { type Context, makeContext, type Signals, type StopSignal } from '../../src/context.js';

export interface Captured {
  ctx: Context;
  stdout: () => string;
  stderr: () => string;
  /** Simulates Ctrl+C or SIGTERM arriving while the command is watching for it. */
  raise: (signal: StopSignal) => void;
}

/** A context for command tests: captured output, a private config dir, scripted signals. */
export function testContext(configDir: string, overrides: { roadmap?: string; interactive?: boolean; now?: string; input?: string } = {}): Captured {
  let out = '';
  let err = '';
  const stdout = { write: (s: string) => (out += s), isTTY: false };
  const stderr = { write: (s: string) => (err += s), isTTY: false };
  const stdin = new PassThrough();
  if (overrides.input !== undefined) stdin.end(overrides.input);
  const listeners = new Set<(s: StopSignal) => void>();
  let last: StopSignal | undefined;
  const signals: Signals = {
    watch() {
      let listener!: (s: StopSignal) => void;
      const stopped = new Promise<StopSignal>((resolve) => {
        listener = (s) => {
          last = s;
          resolve(s);
        };
        listeners.add(listener);
      });
      return { stopped, dispose: () => listeners.delete(listener) };
    },
    last: () => last,
  };
  const ctx = makeContext({
    env: { MLROAD_CONFIG_DIR: configDir, NO_COLOR: '1', ...(overrides.now ? { MLROAD_NOW: overrides.now } : {}) },
    stdout,
    stderr,
    stdin: stdin as unknown as Context['stdin'],
    roadmapFlag: overrides.roadmap,
    interactive: overrides.interactive,
    signals,
  });
  return { ctx, stdout: () => out, stderr: () => err, raise: (s) => [...listeners].forEach((l) => l(s)) };
}
