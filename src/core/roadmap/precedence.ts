// Which roadmap a command works on. The full commands and the prompt's fast path both ask here,
// so the two can never disagree about it.

export type ChoiceSource = 'flag' | 'env' | 'use' | 'bundled';

export interface RoadmapInputs {
  /** --roadmap. */
  flag?: string;
  /** MLROAD_ROADMAP. */
  env?: string;
  /** The `mlroad use` choice saved in the progress file. */
  selected?: string | null;
  bundled: string;
}

/** --roadmap, then MLROAD_ROADMAP, then `mlroad use`, then the bundled roadmap; an empty value counts as not given. */
export function chooseRoadmap({ flag, env, selected, bundled }: RoadmapInputs): { location: string; source: ChoiceSource } {
  if (flag) return { location: flag, source: 'flag' };
  if (env) return { location: env, source: 'env' };
  if (selected) return { location: selected, source: 'use' };
  return { location: bundled, source: 'bundled' };
}
