import { fstatSync, statSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Output } from './context.js';

// Node's process.stdout for a pipe loads node:net and the stream modules, and node:tty loads
// them too: ~4 ms of every start, for output that is a few lines of text. A pipe or a file
// gets a plain synchronous writer; a terminal still gets Node's stream (width, raw mode). The
// build loads node:tty on first call (scripts/build.mjs), so only a character device pays for it.

/** Whether `fd` is a terminal, asking node:tty only about character devices other than /dev/null (a pipe or a file plainly is not). */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === devNull()) return false;
  } catch {
    return false;
  }
  return isatty(fd);
}

let devNullRdev: number | undefined;
function devNull(): number {
  if (devNullRdev === undefined) {
    try {
      devNullRdev = statSync('/dev/null').rdev;
    } catch {
      devNullRdev = -1; // Windows: node:tty decides
    }
  }
  return devNullRdev;
}

const outputs = new Map<number, Output>();

/** Standard output (1) or error (2) as mlroad writes to it. */
export function standardOutput(fd: 1 | 2): Output {
  let out = outputs.get(fd);
  if (!out) {
    out = isTerminal(fd) ? (fd === 1 ? process.stdout : process.stderr) : fdWriter(fd);
    outputs.set(fd, out);
  }
  return out;
}

/** Synchronous writes to a pipe or file; a reader gone (`mlroad list | head`) is not an error, the rest is dropped. */
export function fdWriter(fd: number, write: typeof writeSync = writeSync): Output {
  let closed = false;
  return {
    isTTY: false,
    write(chunk: string) {
      if (closed) return true;
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) {
        try {
          at += write(fd, bytes, at, bytes.length - at);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN')
            pause(); // a non-blocking pipe that is full: wait for the reader
          else if (code === 'EPIPE') {
            closed = true;
            return true;
          } else throw error;
        }
      }
      return true;
    },
  };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const pause = () => Atomics.wait(sleeper, 0, 0, 1);
