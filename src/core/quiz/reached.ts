import { type RoadmapProgress, topicStatus } from '../progress/model.js';
import { nextStep } from '../progress/summary.js';
import type { Quiz, Roadmap } from '../roadmap/types.js';

/**
 * The topics a learner has reached: done, skipped, or the one `next` points at. A quiz taken
 * along the way asks only about these, so it never runs ahead of the learner.
 */
export function reachedTopics(roadmap: Roadmap, progress: RoadmapProgress): Set<string> {
  const reached = new Set<string>();
  for (const stage of roadmap.stages) {
    for (const topic of stage.topics) if (topicStatus(progress, topic.id) !== 'todo') reached.add(topic.id);
  }
  const step = nextStep(roadmap, progress);
  if (step.kind !== 'complete') reached.add(step.topic.id);
  return reached;
}

/** The quiz restricted to questions of reached topics; a question naming no topic always counts. */
export function reachedOnly(quiz: Quiz, reached: ReadonlySet<string>): Quiz {
  return { ...quiz, questions: quiz.questions.filter((q) => q.topic === undefined || reached.has(q.topic)) };
}
