import { homedir } from 'node:os';
import { join } from 'node:path';

// Kept free of heavy imports: the prompt fast path uses it too.

export interface PathEnv {
  MLROAD_CONFIG_DIR?: string;
  XDG_CONFIG_HOME?: string;
  XDG_CACHE_HOME?: string;
  APPDATA?: string;
  LOCALAPPDATA?: string;
}

/** Where progress lives: `MLROAD_CONFIG_DIR`, else the platform's config directory. */
export function configDir(env: PathEnv = process.env, platform = process.platform): string {
  if (env.MLROAD_CONFIG_DIR) return env.MLROAD_CONFIG_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'mlroad');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'mlroad', 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'mlroad');
}

/** Where disposable caches live; inside `MLROAD_CONFIG_DIR` when set, so tests stay hermetic. */
export function cacheDir(env: PathEnv = process.env, platform = process.platform): string {
  if (env.MLROAD_CONFIG_DIR) return join(env.MLROAD_CONFIG_DIR, 'cache');
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'mlroad');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'mlroad', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'mlroad');
}

export const PROGRESS_FILE = 'progress.json';
export const PROMPT_FILE = 'prompt.json';

export const progressPath = (dir: string) => join(dir, PROGRESS_FILE);
/** The review log, appended to, beside the progress file (JSON Lines). */
export const LOG_FILE = 'progress.log.jsonl';
export const logPath = (dir: string) => join(dir, LOG_FILE);
export const promptPath = (dir: string) => join(dir, PROMPT_FILE);
export const PROMPT_TEXT_FILE = 'prompt.txt';
export const promptTextPath = (dir: string) => join(dir, PROMPT_TEXT_FILE);
export const COMPLETION_FILE = 'completion.txt';
export const completionPath = (dir: string) => join(dir, COMPLETION_FILE);
