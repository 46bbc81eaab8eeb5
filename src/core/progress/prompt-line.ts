import type { Roadmap } from '../roadmap/types.js';
import type { RoadmapProgress } from './model.js';
import type { PromptFields } from './prompt-format.js';
import { summarize } from './summary.js';

export function promptFields(roadmap: Roadmap, progress: RoadmapProgress, due: number, bundled = true): PromptFields {
  const s = summarize(roadmap, progress);
  const next = s.next.kind !== 'complete' ? s.next : undefined;
  return { percent: s.percent, done: s.done, total: s.total, stage: next?.stage.id ?? '', topic: next?.topic.id ?? '', due, roadmap: roadmap.id, bundled };
}
