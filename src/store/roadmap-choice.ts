import type { Context } from '../context.js';
import type { ProgressFile } from '../core/progress/model.js';
import { type ChoiceSource, chooseRoadmap } from '../core/roadmap/precedence.js';
import { BUNDLED_ROADMAP } from './roadmap-loader.js';

export type { ChoiceSource } from '../core/roadmap/precedence.js';

/** The roadmap in use and why (see chooseRoadmap). */
export function roadmapChoice(ctx: Pick<Context, 'roadmapFlag' | 'env'>, file: ProgressFile): { location: string; source: ChoiceSource } {
  return chooseRoadmap({ flag: ctx.roadmapFlag, env: ctx.env.MLROAD_ROADMAP, selected: file.settings.roadmap, bundled: BUNDLED_ROADMAP });
}

export function roadmapLocation(ctx: Pick<Context, 'roadmapFlag' | 'env'>, file: ProgressFile): string {
  return roadmapChoice(ctx, file).location;
}
