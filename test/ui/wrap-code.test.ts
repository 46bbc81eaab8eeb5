import { describe, expect, it } from 'vitest';
import { oneLine, wrap } from '../../src/ui/wrap.js';

const prompt = 'What does this print?\n\n```python\nimport numpy as np\nx = np.zeros(3)\ndef f(x):\n    return [i * i for i in range(x)]\nprint(f(3))\n```';

describe('code in quiz text', () => {
  it('wrap keeps fenced code lines and their indentation as written, and still reflows prose', () => {
    const lines = wrap(`Some prose that is long enough to be wrapped at a narrow width. ${prompt}`, 40);
    expect(lines).toContain('import numpy as np');
    expect(lines).toContain('x = np.zeros(3)');
    expect(lines).toContain('def f(x):');
    expect(lines).toContain('    return [i * i for i in range(x)]');
    expect(lines).toContain('print(f(3))');
    expect(lines.every((l) => l.length <= 40 || l.startsWith('    return'))).toBe(true);
  });

  it('oneLine never flattens code: it shows the text before the fence, then "…"', () => {
    expect(oneLine(prompt, 60)).toBe('What does this print? …');
    expect(oneLine('plain  text\nwith   breaks', 60)).toBe('plain text with breaks');
  });
});
