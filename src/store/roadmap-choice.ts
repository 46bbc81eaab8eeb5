import type { Context } from '../context.js';
import type { ProgressFile } from '../core/progress/model.js';
import { BUNDLED_ROADMAP } from './roadmap-loader.js';

export type ChoiceSource = 'flag' | 'env' | 'use' | 'bundled';

/** --roadmap, then MLROAD_ROADMAP, then `mlroad use`, then the bundled roadmap. */
export function roadmapChoice(ctx: Pick<Context, 'roadmapFlag' | 'env'>, file: ProgressFile): { location: string; source: ChoiceSource } {
  if (ctx.roadmapFlag) return { location: ctx.roadmapFlag, source: 'flag' };
  if (ctx.env.MLROAD_ROADMAP) return { location: ctx.env.MLROAD_ROADMAP, source: 'env' };
  if (file.settings.roadmap) return { location: file.settings.roadmap, source: 'use' };
  return { location: BUNDLED_ROADMAP, source: 'bundled' };
}

export function roadmapLocation(ctx: Pick<Context, 'roadmapFlag' | 'env'>, file: ProgressFile): string {
  return roadmapChoice(ctx, file).location;
}
