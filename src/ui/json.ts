import type { NextView } from '../core/progress/status-view.js';
import type { Roadmap, Stage, Topic } from '../core/roadmap/types.js';
import { type Lang, localize } from '../core/text.js';

// JSON keys are the same in every language; only human-text values are localised.

export function topicJson(topic: Topic, lang: Lang) {
  return {
    id: topic.id,
    title: localize(topic.title, lang),
    summary: localize(topic.summary, lang),
    learn: topic.learn.map((x) => localize(x, lang)),
    resources: topic.resources.map((r) => ({ title: localize(r.title, lang), url: r.url ?? null, kind: r.kind })),
    milestones: topic.milestones.map((x) => localize(x, lang)),
    optional: topic.optional,
    quiz: topic.quiz ?? null,
  };
}

export function stageRefJson(roadmap: Roadmap, stage: Stage, stageIndex: number, lang: Lang) {
  return { id: stage.id, title: localize(stage.title, lang), index: stageIndex + 1, count: roadmap.stages.length };
}

export function nextRefJson(next: NextView) {
  return next.kind !== 'complete' ? { stage: next.stage.id, topic: next.topic.id } : null;
}
