import { dict, emptyRoadmapProgress, type RoadmapProgress, type TopicRecord } from './model.js';

/** Marks each topic done or skipped at `now`; marking again keeps the first time. */
export function markTopics(progress: RoadmapProgress, ids: readonly string[], status: TopicRecord['status'], now: Date): RoadmapProgress {
  const topics = Object.assign(dict<TopicRecord>(), progress.topics); // ids never reach a prototype
  for (const id of ids) {
    const prior = Object.hasOwn(topics, id) ? topics[id] : undefined;
    topics[id] = prior?.status === status ? prior : { status, at: now.toISOString() };
  }
  return { ...progress, topics };
}

/** Makes each topic todo again. */
export function resetTopics(progress: RoadmapProgress, ids: readonly string[]): RoadmapProgress {
  const topics = Object.assign(dict<TopicRecord>(), progress.topics);
  for (const id of ids) delete topics[id];
  return { ...progress, topics };
}

/** Forgets everything about a roadmap: topics, quiz attempts, review cards. */
export function resetAll(): RoadmapProgress {
  return emptyRoadmapProgress();
}
