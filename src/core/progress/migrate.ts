import { PROGRESS_VERSION } from './model.js';

/** Turns a document of version `from` into one of version `from + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past version. 1 → 2 changes no record: version 1 kept the review log inside
 * each roadmap (`reviewLog`), which version 2 keeps in a file of its own; the data keeps its
 * `reviewLog` here, and the store moves it out on the first write (after a named backup).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (v1) => v1,
};

export type MigrationResult =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; from: number; data: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: unknown };

/** Brings a document up to `target`, one version at a time; the version is looked at first. */
export function migrate(data: Record<string, unknown>, table: Readonly<Record<number, Migration>> = MIGRATIONS, target = PROGRESS_VERSION): MigrationResult {
  const version = data.version;
  // (Number.isInteger refuses a non-number too: dropping the typeof test is an equivalent mutant.)
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unknown', version };
  if (version > target) return { kind: 'newer', version };
  if (version === target) return { kind: 'current', data };
  let current = data;
  for (let v = version; v < target; v++) {
    const step = table[v];
    if (!step) return { kind: 'unknown', version };
    current = { ...step(current), version: v + 1 };
  }
  return { kind: 'migrated', from: version, data: current };
}
