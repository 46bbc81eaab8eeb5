import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorEnv {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** --no-color on the command line. */
  disabled?: boolean;
}

/** Colour only on a terminal, and never with NO_COLOR (chalk itself ignores it). FORCE_COLOR wins for tests. */
export function colorEnabled({ isTTY, env, disabled }: ColorEnv): boolean {
  if (disabled) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export function makeStyle(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

export type Style = ChalkInstance;
