import { StringDecoder } from 'node:string_decoder';

// Lines of stdin for plain mode, read off the stream's data events: node:readline would be
// loaded (~3 ms) only to split text on newlines.

/** Hands out stdin one line at a time; null once the input has ended. Never waits after EOF. */
export class LineReader {
  private readonly lines: string[] = [];
  private ended = false;
  private waiting: ((line: string | null) => void) | undefined;
  private partial = '';
  private readonly decoder = new StringDecoder('utf8');
  private readonly onData = (chunk: Buffer | string) => this.take(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  private readonly onEnd = () => this.finish();

  private input: NodeJS.ReadableStream | undefined;

  /**
   * `open` is called at the first next(): process.stdin builds a stream and loads node:net on
   * first touch (~4 ms), which can wait until the first question is on screen.
   */
  constructor(private readonly open: () => NodeJS.ReadableStream) {}

  next(): Promise<string | null> {
    if (this.lines.length) return Promise.resolve(this.lines.shift()!);
    if (this.ended) return Promise.resolve(null);
    this.attach();
    return new Promise((resolve) => (this.waiting = resolve));
  }

  close(): void {
    const input = this.input;
    if (input) {
      input.off('data', this.onData);
      input.off('end', this.onEnd);
      input.off('close', this.onEnd);
      input.off('error', this.onEnd);
      input.pause();
    }
    this.ended = true;
    this.waiting?.(null);
    this.waiting = undefined;
  }

  private attach(): void {
    if (this.input) return;
    const input = this.open();
    this.input = input;
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    input.on('close', this.onEnd);
    input.on('error', this.onEnd);
  }

  /** Splits on \n, \r\n and a lone \r, as readline does; a \r at a chunk's end waits for the next. */
  private take(text: string): void {
    let rest = this.partial + text;
    const parts = rest.split(/\r\n|\n|\r(?!$)/);
    rest = parts.pop()!;
    this.partial = rest;
    for (const line of parts) this.push(line);
  }

  private finish(): void {
    if (this.ended) return;
    this.partial += this.decoder.end();
    if (this.partial !== '') this.push(this.partial.replace(/\r$/, ''));
    this.partial = '';
    this.ended = true;
    this.waiting?.(null);
    this.waiting = undefined;
  }

  private push(line: string): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(line);
    } else this.lines.push(line);
  }
}
