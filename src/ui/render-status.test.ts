import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../test/support/builders.js';
import { emptyRoadmapProgress } from '../core/progress/model.js';
import { statusView } from '../core/progress/status-view.js';
import { english } from '../i18n/index.js';
import { renderStatus } from './render-status.js';
import { plainStyle } from './style.js';

describe('renderStatus', () => {
  it('puts extra lines after the overall figure and never inside a wrapped tip', () => {
    const roadmap = makeRoadmap({ stages: [makeStage({ id: 's', topics: [makeTopic({ id: 'a' })] })] });
    const tip = 'word '.repeat(40).trim();
    const lines = renderStatus(english, statusView(roadmap, emptyRoadmapProgress()), plainStyle, 'en', tip, 40, ['3 review cards due']);
    const extra = lines.indexOf('3 review cards due');
    const tipStart = lines.findIndex((l) => l.startsWith('Tip:'));
    expect(extra).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Overall')));
    expect(tipStart).toBeGreaterThan(extra);
    expect(lines.slice(tipStart).every((l) => !l.includes('review cards'))).toBe(true);
    expect(lines.length - tipStart).toBeGreaterThan(1); // the tip really wrapped
  });
});
