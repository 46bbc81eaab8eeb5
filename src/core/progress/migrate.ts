import { PROGRESS_VERSION } from './model.js';

/** Turns a document of version `from` into one of version `from + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past version. Version 1 is the first released format, so the table is empty
 * today; the next format change adds `1: (v1) => v2` here and a test beside it.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; from: number; data: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: unknown };

/** Brings a document up to `target`, one version at a time; the version is looked at first. */
export function migrate(data: Record<string, unknown>, table: Readonly<Record<number, Migration>> = MIGRATIONS, target = PROGRESS_VERSION): MigrationResult {
  const version = data.version;
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
