import { describe, expect, it } from 'vitest';
import { english } from '../i18n/index.js';
import { formatIssue } from './format-issue.js';

describe('formatIssue', () => {
  const issue = { file: '/home/ana/course/roadmap.yaml', line: 3, column: 7, path: 'stages[0].id', message: 'bad id' };
  it('prints a file under the working directory relative to it', () => {
    expect(formatIssue(english, issue, '/home/ana')).toBe('course/roadmap.yaml:3:7: stages[0].id: bad id');
  });
  it('keeps a file elsewhere absolute, and omits a missing line', () => {
    expect(formatIssue(english, issue, '/tmp')).toBe('/home/ana/course/roadmap.yaml:3:7: stages[0].id: bad id');
    expect(formatIssue(english, { file: '/x.yaml', path: '(file)', message: 'not found' }, '/tmp')).toBe('/x.yaml: (file): not found');
  });
});
