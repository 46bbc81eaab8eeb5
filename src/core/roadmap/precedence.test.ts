import { describe, expect, it } from 'vitest';
import { chooseRoadmap } from './precedence.js';

describe('chooseRoadmap', () => {
  it('takes --roadmap, then MLROAD_ROADMAP, then `mlroad use`, then the bundled one; empty values are not given', () => {
    const b = { bundled: '/b' };
    expect(chooseRoadmap({ ...b, flag: '/f', env: '/e', selected: '/s' })).toEqual({ location: '/f', source: 'flag' });
    expect(chooseRoadmap({ ...b, env: '/e', selected: '/s' })).toEqual({ location: '/e', source: 'env' });
    expect(chooseRoadmap({ ...b, flag: '', env: '/e', selected: '/s' })).toEqual({ location: '/e', source: 'env' });
    expect(chooseRoadmap({ ...b, flag: '', env: '', selected: '/s' })).toEqual({ location: '/s', source: 'use' });
    expect(chooseRoadmap({ ...b, flag: '', env: '', selected: null })).toEqual({ location: '/b', source: 'bundled' });
    expect(chooseRoadmap({ ...b, selected: '' })).toEqual({ location: '/b', source: 'bundled' });
  });
});
