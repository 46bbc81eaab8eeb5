import type { Roadmap } from '../roadmap/types.js';
import type { RoadmapProgress } from './model.js';
import type { PromptFields } from './prompt-format.js';
import { type Summary, summarize } from './summary.js';

/** `s`: the summary of this roadmap and progress, when the caller has it already. */
export function promptFields(
  roadmap: Roadmap,
  progress: RoadmapProgress,
  due: number,
  bundled = true,
  s: Summary = summarize(roadmap, progress),
): PromptFields {
  const next = s.next.kind !== 'complete' ? s.next : undefined;
  return { percent: s.percent, done: s.done, total: s.total, stage: next?.stage.id ?? '', topic: next?.topic.id ?? '', due, roadmap: roadmap.id, bundled };
}
