import type { Context } from '../context.js';
import type { ProgressFile } from '../core/progress/model.js';
import { BUNDLED_ROADMAP } from './roadmap-loader.js';

/** --roadmap, then MLROAD_ROADMAP, then `mlroad use`, then the bundled roadmap. */
export function roadmapLocation(ctx: Pick<Context, 'roadmapFlag' | 'env'>, file: ProgressFile): string {
  return ctx.roadmapFlag ?? (ctx.env.MLROAD_ROADMAP || undefined) ?? file.settings.roadmap ?? BUNDLED_ROADMAP;
}
