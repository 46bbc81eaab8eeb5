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
    const reader = new LineReader(input);
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
    const reader = new LineReader(input);
    const first = reader.next();
    input.write('1\n');
    expect(await first).toBe('1');
    const pending = reader.next();
    reader.close();
    expect(await pending).toBeNull();
    expect(await reader.next()).toBeNull();
  });
});
