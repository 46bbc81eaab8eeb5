import { formatPromptLine } from '../core/progress/prompt-format.js';
import { staleness } from '../store/cache-header.js';
import { readOwnFile } from '../store/file-stamp.js';
import { configDir, promptPath } from '../store/paths.js';
import type { PromptCache } from '../store/prompt-cache.js';
import { VERSION } from '../version.js';

// The fast path of `mlroad status --prompt`, bundled alone as CommonJS: it reads the
// precomputed line and nothing else, so a shell prompt costs little more than starting Node.

export interface FastPromptInput {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  bundledRoadmap: string;
}

/** The line to print, or undefined when the cache cannot be trusted (the caller then recomputes). */
export function fastPromptLine({ args, env, bundledRoadmap }: FastPromptInput): string | undefined {
  const options = parseArgs(args);
  if (!options) return undefined;
  const state = promptCacheState(configDir(env), env, bundledRoadmap, options.roadmap);
  return state.kind === 'fresh' ? formatPromptLine(options.format ?? env.MLROAD_PROMPT_FORMAT, state.cache.fields) : undefined;
}

export type PromptCacheState = { kind: 'fresh'; cache: PromptCache } | { kind: 'missing' } | { kind: 'stale'; why: string };

/** Whether the prompt file still tells the truth about the roadmap and progress in use. */
export function promptCacheState(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  bundledRoadmap: string,
  roadmapFlag?: string,
): PromptCacheState {
  let cache: PromptCache;
  try {
    cache = JSON.parse(readOwnFile(promptPath(dir))) as PromptCache;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'stale', why: 'unreadable' };
  }
  // A literal, not PROMPT_CACHE_V: importing prompt-cache.ts would pull the store into this bundle.
  if (cache.v !== 2 || cache.mlroad !== VERSION) return { kind: 'stale', why: 'written by another version' };
  const why = staleness(cache, dir, env, bundledRoadmap, roadmapFlag);
  return why === undefined ? { kind: 'fresh', cache } : { kind: 'stale', why };
}

/** Only `status --prompt` with the options it knows; anything else goes the full way. */
function parseArgs(args: readonly string[]): { format?: string; roadmap?: string } | undefined {
  const out: { format?: string; roadmap?: string } = {};
  let sawStatus = false;
  let sawPrompt = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === 'status' && !sawStatus) sawStatus = true;
    else if (name === '--prompt') sawPrompt = true;
    else if (name === '--prompt-format' || name === '--roadmap' || name === '--lang') {
      const value = inline ?? args[++i];
      if (value === undefined) return undefined;
      if (name === '--prompt-format') out.format = value;
      if (name === '--roadmap') out.roadmap = value;
    } else if (name !== '--no-color') return undefined;
  }
  return sawStatus && sawPrompt ? out : undefined;
}
