/**
 * What renderers colour text with: the few of chalk's styles mlroad uses. Off a colour terminal
 * (a pipe, NO_COLOR, --no-color) every style returns its text as it is, and chalk is not loaded.
 */
export interface Style {
  /** 0 without colour; the colour level otherwise (part of a cached view's key). */
  readonly level: number;
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

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

const same = (text: string) => text;

export const plainStyle: Style = { level: 0, bold: same, dim: same, underline: same, red: same, green: same, yellow: same, cyan: same };

/** chalk's styles at 16 colours; loaded (with chalk) only by a run that colours something. */
export async function loadColorStyle(): Promise<Style> {
  const { colorStyle } = await import('./color-style.js');
  return colorStyle();
}
