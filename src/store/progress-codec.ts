import { dict, emptyRoadmapProgress, type ProgressFile, type ReviewLogEntry, type RoadmapProgress } from '../core/progress/model.js';

/** What the progress file holds, salvaged if damaged; `diskVersion` is the version on disk (0: none). */
export type Inspected =
  | { kind: 'ok'; file: ProgressFile; diskVersion: number }
  | { kind: 'newer'; version: number; file: ProgressFile; diskVersion: number }
  | { kind: 'corrupt'; problem: string; file: ProgressFile; diskVersion: number };

const logKey = (e: ReviewLogEntry) => `${e.card}|${e.at}|${e.rating}|${e.source}`;

/** Both logs, each entry once, in time order. */
export function unionLogs(
  a: Readonly<Record<string, readonly ReviewLogEntry[]>>,
  b: Readonly<Record<string, readonly ReviewLogEntry[]>>,
): Record<string, ReviewLogEntry[]> {
  const out = dict<ReviewLogEntry[]>();
  for (const side of [a, b]) {
    for (const [id, entries] of Object.entries(side)) {
      if (!Object.hasOwn(out, id)) out[id] = [];
      const list = out[id]!;
      for (const e of entries) list.push(e); // not push(...entries): 200,000 arguments overflow the stack
    }
  }
  for (const [id, list] of Object.entries(out)) {
    const seen = new Set<string>();
    out[id] = list
      .filter((e) => {
        const key = logKey(e);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  }
  return out;
}

/**
 * `file` with each roadmap's review log read from the log file. A version-1 file still holds
 * its log inside (not migrated yet): the two are united.
 */
export function withLog(file: ProgressFile, byRoadmap: Readonly<Record<string, readonly ReviewLogEntry[]>>, inside: boolean): ProgressFile {
  const roadmaps = Object.assign(dict<RoadmapProgress>(), file.roadmaps);
  for (const [id, entries] of Object.entries(byRoadmap)) {
    const p = Object.hasOwn(roadmaps, id) ? roadmaps[id]! : emptyRoadmapProgress();
    const reviewLog = inside ? unionLogs({ [id]: p.reviewLog }, { [id]: entries })[id]! : [...entries];
    roadmaps[id] = { ...p, reviewLog };
  }
  return { ...file, roadmaps };
}
