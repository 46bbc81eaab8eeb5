import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineReader } from './line-reader.js';

async function all(reader: LineReader): Promise<string[]> {
  const out: string[] = [];
  for (let line = await reader.next(); line !== null; line = await reader.next()) out.push(line);
  return out;
}

describe('LineReader', () => {
  it('splits on \\n, \\r\\n and \\r across chunks, multibyte characters too, and keeps a last line without newline', async () => {
    const input = new PassThrough();
    const reader = new LineReader(() => input);
    const bytes = Buffer.from('uno\r\ndós\rtres\n\nñ', 'utf8');
    input.write(bytes.subarray(0, 4)); // "uno\r"
    input.write(bytes.subarray(4, 7)); // "\nd" and half of "ó"
    input.write(bytes.subarray(7));
    input.end();
    expect(await all(reader)).toEqual(['uno', 'dós', 'tres', '', 'ñ']);
    expect(await reader.next()).toBeNull();
  });

  it('waits for a line, and answers null at once after the end or a close', async () => {
    const input = new PassThrough();
    const reader = new LineReader(() => input);
    const first = reader.next();
    input.write('1\n');
    expect(await first).toBe('1');
    const pending = reader.next();
    reader.close();
    expect(await pending).toBeNull();
    expect(await reader.next()).toBeNull();
  });

  it('opens its input at the first next(), once, and not at all when closed first', async () => {
    const input = new PassThrough();
    let opened = 0;
    const reader = new LineReader(() => {
      opened++;
      return input;
    });
    expect(opened).toBe(0);
    input.end('a\nb\n');
    expect(await reader.next()).toBe('a');
    expect(await reader.next()).toBe('b');
    expect(opened).toBe(1);
    const unopened = new LineReader(() => {
      throw new Error('opened');
    });
    unopened.close();
    expect(await unopened.next()).toBeNull();
  });
});
