import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/**
 * Runs `mlroad args` in a child whose file system writes half of the first write to a file
 * matching `target`, prints MID-WRITE on stdout and hangs there; resolves once it has said so,
 * with the child to kill. So a crash test kills a writer mid-write every round, by event.
 */
export function startHangingWriter(args: string[], target: RegExp, env: Record<string, string>, input?: string) {
  const script = `
    const fs = require('node:fs');
    const open = fs.openSync, write = fs.writeSync, close = fs.closeSync;
    const watched = new Set();
    const target = new RegExp(${JSON.stringify(target.source)});
    fs.openSync = function (path) { const fd = open.apply(this, arguments); if (target.test(String(path))) watched.add(fd); return fd; };
    fs.closeSync = function (fd) { watched.delete(fd); return close.apply(this, arguments); };
    fs.writeSync = function (fd, data) {
      if (watched.has(fd)) {
        const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
        write(fd, text.slice(0, Math.max(1, Math.floor(text.length / 2))));
        write(1, 'MID-WRITE\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
      return write.apply(this, arguments);
    };
    require(${JSON.stringify(join(ROOT, 'dist', 'main.cjs'))}).main(${JSON.stringify(args)});`;
  const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  if (input !== undefined) child.stdin.end(input);
  let out = '';
  const midWrite = new Promise<boolean>((resolve) => {
    // A generous deadline only against a hang; the test asserts the child said MID-WRITE.
    const guard = setTimeout(() => resolve(false), 30_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('MID-WRITE')) {
        clearTimeout(guard);
        resolve(true);
      }
    });
    child.on('close', () => {
      clearTimeout(guard);
      resolve(out.includes('MID-WRITE'));
    });
  });
  const kill = async () => {
    child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.on('close', r));
  };
  return { child, midWrite, kill };
}
