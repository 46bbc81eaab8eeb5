import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';

// A table with steps from versions that are not valid ones: only the version check keeps them from running.
const anything = (d: Record<string, unknown>) => ({ ...d, ran: true });

describe('migrate: which versions are versions', () => {
  it('refuses version 0 even when the table has a step from it', () => {
    expect(migrate({ version: 0 }, { 0: anything, 1: anything }, 2)).toEqual({ kind: 'unknown', version: 0 });
  });
  it('refuses a fractional version even when the table has a step from it', () => {
    expect(migrate({ version: 1.5 }, { 1.5: anything }, 2)).toEqual({ kind: 'unknown', version: 1.5 });
  });
  it('refuses a version that is not a number', () => {
    expect(migrate({ version: '1' }, { 1: anything }, 2)).toEqual({ kind: 'unknown', version: '1' });
    expect(migrate({}, { 1: anything }, 2)).toEqual({ kind: 'unknown', version: undefined });
  });
});
