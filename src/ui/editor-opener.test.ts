import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorArgv } from './editor.js';
import { openerArgv } from './opener.js';

describe('editorArgv', () => {
  it('keeps a plain path whole, spaces and all, and splits a command with flags on whitespace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlroad editor '));
    try {
      const path = join(dir, 'my editor');
      writeFileSync(path, '');
      expect(editorArgv(path)).toEqual([path]);
      expect(editorArgv('code -w')).toEqual(['code', '-w']);
      expect(editorArgv('  vim  ')).toEqual(['vim']);
      // Shell syntax is never interpreted: it stays literal words.
      expect(editorArgv('vim; rm -rf ~')).toEqual(['vim;', 'rm', '-rf', '~']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('openerArgv', () => {
  it('uses each platform opener with the file as one argument', () => {
    expect(openerArgv('/tmp/a b.html', 'linux')).toEqual(['xdg-open', '/tmp/a b.html']);
    expect(openerArgv('/tmp/a.html', 'darwin')).toEqual(['open', '/tmp/a.html']);
    expect(openerArgv('C:\\a.html', 'win32')).toEqual(['explorer.exe', 'C:\\a.html']);
  });
});
