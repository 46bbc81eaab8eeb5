import { describe, expect, it, vi } from 'vitest';

// A fresh load inside each test: the key and block-scalar patterns are built when the module
// loads, and Stryker switches a mutant on only once a test has started.
async function mistakes(text: string): Promise<string[]> {
  vi.resetModules();
  const { indentMistakes } = await import('./indent.js');
  return indentMistakes(text).map(({ line, column, code, params }) => {
    const p = params as { key: string; like: string; likeLine: number; want: number; got: number };
    return `${line}:${column} ${code} ${p.key}|${p.like}|${p.likeLine}|${p.want}|${p.got}`;
  });
}

describe('indentMistakes: which lines it reads', () => {
  it('skips comments, document markers and blank lines, wherever they are indented', async () => {
    expect(await mistakes('a:\n  b: 1\n # note\n  c: 2')).toEqual([]);
    expect(await mistakes('a:\n  b: 1\n   # c\n  d: 2')).toEqual([]);
    expect(await mistakes('---\na:\n  b: 1\n...\n')).toEqual([]);
  });

  it('reads a line that only ends like a comment or a marker', async () => {
    expect(await mistakes('a:\n  b: 1\n c: 2 #')).toEqual(['3:2 indentSibling c|b|2|2|1']);
    expect(await mistakes('a:\n  b: 1\n c: ---')).toEqual(['3:2 indentSibling c|b|2|2|1']);
    expect(await mistakes('a:\n  b: 1\n c: wait...')).toEqual(['3:2 indentSibling c|b|2|2|1']);
  });

  it('reads the first line at any indent', async () => {
    expect(await mistakes('   a: 1\n  b: 2')).toEqual(['2:3 indentSibling b|a|1|3|2']);
  });

  it("skips a block scalar's text, even at column 0 and with blank lines, and reads on after it", async () => {
    expect(await mistakes('a: |\n  x: 1\n y: 2\nb: 1')).toEqual([]);
    expect(await mistakes('a: |\n  x\n\n  y\nb: 1')).toEqual([]);
    expect(await mistakes('a: |\n  t\nb: 1\n c: 2')).toEqual(['4:2 indentDeeper c|b|3|0|1']);
  });

  it('knows every block scalar header: indicators, spacing and a comment', async () => {
    for (const header of ['a: |', 'a:  |', 'a:|', 'a: |-', 'a: >+', 'a: |2', 'a: >-1', 'a: | #', 'a: >+ # c', 'a: |  ']) {
      expect([header, await mistakes(`${header}\n    x: 1\n  y: 2\nb: 1`)]).toEqual([header, []]);
    }
  });

  it('takes no other value for a block scalar', async () => {
    expect(await mistakes('a: |x\n  b: 1')).toEqual(['2:3 indentDeeper b|a|1|0|2']);
    expect(await mistakes('a: >2x\n  b: 1')).toEqual(['2:3 indentDeeper b|a|1|0|2']);
    expect(await mistakes('a: b|\n  c: 1')).toEqual(['2:3 indentDeeper c|a|1|0|2']);
  });

  it("leaves a plain text's continuation lines alone", async () => {
    expect(await mistakes('a: 1\n  more text\n b: 2')).toEqual(['3:2 indentDeeper b|a|1|0|1']);
    expect(await mistakes('a:\n  - x\n   c: 2')).toEqual([]);
  });
});

describe('indentMistakes: keys', () => {
  it('reads quoted keys without their quotes, and keeps a quote inside one', async () => {
    expect(await mistakes("\"it's\": 1\n 'c d': 2")).toEqual(["2:2 indentDeeper c d|it's|1|0|1"]);
    expect(await mistakes('a:\n  b: 1\n "it\'s": 2')).toEqual(["3:2 indentSibling it's|b|2|2|1"]);
    expect(await mistakes('"ab": 1\n "cd": 2')).toEqual(['2:2 indentDeeper cd|ab|1|0|1']);
    expect(await mistakes("'ab': 1\n 'cd': 2")).toEqual(['2:2 indentDeeper cd|ab|1|0|1']);
  });

  it('reads a key up to its colon, spaces before the colon left out', async () => {
    expect(await mistakes('ab: 1\n cd : 2')).toEqual(['2:2 indentDeeper cd|ab|1|0|1']);
    expect(await mistakes('a:\n  b: 1\n c:\n  d: 1')).toEqual(['3:2 indentSibling c|b|2|2|1']);
  });

  it('says the start of a line that has no key', async () => {
    expect(await mistakes('a:\n  b: 1\n [c]: 2')).toEqual(['3:2 indentSibling [c]: 2|b|2|2|1']);
    expect(await mistakes('a:\n  foo\n b: 1')).toEqual(['3:2 indentSibling b|-|2|2|1']);
    expect(await mistakes('x\n y: 1')).toEqual(['2:2 indentDeeper y|-|1|0|1']);
  });

  it('reads a key after one or more dashes, whatever the spaces after them', async () => {
    expect(await mistakes('-  a: 1\n    b: 2\n   c: 3')).toEqual(['2:5 indentDeeper b|a|1|3|4']);
    expect(await mistakes('- - a: 1\n     b: 2')).toEqual(['2:6 indentDeeper b|a|1|4|5']);
    expect(await mistakes('- a: 1\n  b: 2\n c: 3')).toEqual(['3:2 indentSibling c|b|2|2|1']);
    expect(await mistakes('- a: 1\n - b: 2')).toEqual(['2:2 indentSibling b|a|1|2|1']);
    expect(await mistakes('a:\n  - b: 1\n   c: 2')).toEqual(['3:4 indentSibling c|b|2|4|3']);
  });
});

describe('indentMistakes: opening a block', () => {
  it('opens a block after a key with no value, trailing spaces, anchors, tags and comments aside', async () => {
    for (const head of ['a:  ', 'a: # x', 'a: &x  # c', 'a: &x !!map', 'a: &x  !t']) {
      expect([head, await mistakes(`${head}\n  b: 1`)]).toEqual([head, []]);
    }
    expect(await mistakes('a: 1 # x:\n  b: 2')).toEqual(['2:3 indentDeeper b|a|1|0|2']);
  });

  it('opens a block after a bare dash', async () => {
    expect(await mistakes('-\n  a: 1\n b: 2')).toEqual(['3:2 indentSibling b|a|2|2|1']);
    expect(await mistakes('a:\n  -\n    b: 1\n   c: 2')).toEqual(['4:4 indentSibling c|b|3|4|3']);
    expect(await mistakes('a:\n  -\n  - b: 1\n   c: 2')).toEqual(['4:4 indentSibling c|b|3|4|3']);
  });

  it("takes a text under a bare dash as the item, not as the dash's continuation", async () => {
    expect(await mistakes('-\n  text\n b: 1')).toEqual(['3:2 indentSibling b|-|2|2|1']);
    expect(await mistakes('- # a comment\n  text\n b: 1')).toEqual(['3:2 indentSibling b|-|2|2|1']);
  });

  it("takes a sequence at its key's column as the key's block, and a key there as its sibling", async () => {
    expect(await mistakes('a:\n- b: 1\n  c: 2\n d: 3')).toEqual(['4:2 indentSibling d|c|3|2|1']);
    expect(await mistakes('a:\nb: 1\n  c: 2')).toEqual(['3:3 indentDeeper c|b|2|0|2']);
  });
});

describe('indentMistakes: the fix it names', () => {
  it('names the nearest level, the deeper one on a tie', async () => {
    expect(await mistakes('a:\n  b:\n    c: 1\n   d: 2')).toEqual(['4:4 indentSibling d|c|3|4|3']);
    expect(await mistakes('a:\n  b:\n      c: 1\n   d: 2')).toEqual(['4:4 indentSibling d|b|2|2|3']);
    expect(await mistakes('a:\n  b:\n    c: 1\n d: 2\n  e: 3')).toEqual(['4:2 indentSibling d|b|2|2|1']);
  });

  it('says each mistake once, carrying on as if it were fixed', async () => {
    expect(await mistakes('a:\n  b: 1\n c: 2\n  d: 3')).toEqual(['3:2 indentSibling c|b|2|2|1']);
    expect(await mistakes('a:\n  b:\n    c:\n      d: 1\n   e: 2\n    f: 3\n  g: 4')).toEqual(['5:4 indentSibling e|c|3|4|3']);
    expect(await mistakes('a:\n  b:\n    c: 1\n   d: 2\n  e: 3\n x: 1')).toEqual(['4:4 indentSibling d|c|3|4|3', '6:2 indentSibling x|e|5|2|1']);
  });
});

// Small documents on which a slightly different rule would answer differently.
describe('indentMistakes: where a block opens and closes', () => {
  it('a key with no value opens a block for deeper lines, and for a sequence only at its own column', async () => {
    expect(await mistakes(' a:\ng: &a')).toEqual(['2:1 indentSibling g|a|1|1|0']);
    expect(await mistakes('      a:\n      -\ng: &a')).toEqual(['3:1 indentSibling g|a|1|6|0']);
    expect(await mistakes(' g: &a\n-')).toEqual(['2:1 indentSibling -|g|1|1|0']);
    expect(await mistakes('   g: &a\n   a:\n    g: &a\n   -\na:')).toEqual([]);
  });

  it('a line dedented past a level is compared with the level it sits in too', async () => {
    expect(await mistakes('g: &a\n   a:\n g: &a')).toEqual(['3:2 indentSibling g|g|1|0|1']);
  });

  it('after a fix the levels it skipped stay open, and those at the fixed column close', async () => {
    expect(await mistakes(' -\n  g: &a\n-\ng: &a')).toEqual(['3:1 indentSibling -|g|2|2|0']);
    expect(await mistakes(' a:\n-\n-')).toEqual(['2:1 indentSibling -|a|1|1|0']);
  });

  it('a keyless line at the level of a key with a value takes its place', async () => {
    expect(await mistakes('a: 1\nfoo\n b: 1')).toEqual(['3:2 indentDeeper b|-|2|0|1']);
  });

  it('an anchor after a later colon still opens a block: only trailing anchors are set aside', async () => {
    expect(await mistakes('k: &a v: &b\n  c: 1')).toEqual([]);
  });

  it('names a bare dash and a keyless line by their first 30 characters', async () => {
    expect(await mistakes('a:\n-\n    b: 1\n c: 1')).toEqual(['4:2 indentSibling c|b|3|4|1']);
    expect(await mistakes(`a:\n  b: 1\n [${'x'.repeat(40)}]`)).toEqual([`3:2 indentSibling [${'x'.repeat(29)}|b|2|2|1`]);
  });
});
