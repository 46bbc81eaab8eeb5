import type { Roadmap, TopicRef } from './types.js';

export function findTopic(roadmap: Roadmap, id: string): TopicRef | undefined {
  for (const [stageIndex, stage] of roadmap.stages.entries()) {
    const topic = stage.topics.find((t) => t.id === id);
    if (topic) return { stage, stageIndex, topic };
  }
  return undefined;
}

export function allTopicIds(roadmap: Roadmap): string[] {
  return roadmap.stages.flatMap((s) => s.topics.map((t) => t.id));
}

export function allQuizIds(roadmap: Roadmap): string[] {
  return roadmap.quizzes.map((q) => q.id);
}
