#!/usr/bin/env node
'use strict';
// CommonJS on purpose: `status --prompt` runs before every shell prompt, and a CJS entry that
// reads one file starts measurably faster than ESM. Everything else loads the ESM bundle.
const path = require('node:path');

const args = process.argv.slice(2);

// `mlroad list | head` closes the pipe early: that is the reader's choice, not an error. mlroad
// writes to pipes without Node's streams (src/terminal.ts); a stream is built only when some
// code asks for process.stdout, so the handler is attached then, not by touching it here.
const streamsBuilt = new Map();
for (const name of ['stdout', 'stderr']) {
  const described = Object.getOwnPropertyDescriptor(process, name);
  if (!described || typeof described.get !== 'function') continue;
  let handled = false;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: described.enumerable,
    get() {
      const stream = described.get.call(process);
      streamsBuilt.set(name, stream);
      if (!handled) {
        handled = true;
        stream.on('error', (error) => {
          if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
          throw error;
        });
      }
      return stream;
    },
  });
}
const PROMPT_MARKER = 'mlroad \u26a0';

if (args.includes('--prompt') && args.includes('status')) {
  let line;
  try {
    line = require('../dist/prompt.cjs').fastPromptLine({
      args,
      env: process.env,
      bundledRoadmap: path.join(__dirname, '..', 'roadmap'),
    });
  } catch {
    line = undefined; // no cache yet, or unreadable: recompute below
  }
  if (line !== undefined) process.stdout.write(`${line}\n`);
  else runFull().catch(() => process.stdout.write(`${PROMPT_MARKER}\n`));
} else {
  runFull().catch((error) => {
    process.stderr.write(`mlroad: cannot start: ${error?.stack || error}\n`);
    process.exitCode = 1;
  });
}

/**
 * The main bundle, through a code cache of our own (see src/fast/code-cache.ts), on every Node:
 * module.enableCompileCache() (Node >= 22.1) measured slower here. Off when the user chose
 * otherwise (NODE_DISABLE_COMPILE_CACHE), as Node itself honours.
 */
function loadMain() {
  const file = path.join(__dirname, '..', 'dist', 'main.cjs');
  if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
    try {
      // The command's name, roughly (an option's value may stand in for it: that costs one rewrite).
      const run = args.find((a) => /^[a-z][a-z-]{0,19}$/.test(a)) ?? '';
      return require('../dist/code-cache.cjs').requireWithCodeCache(file, process.env, run, true);
    } catch {
      // fall back to a plain require
    }
  }
  return require(file);
}

async function runFull() {
  const { main } = loadMain();
  const code = await main(args);
  process.exitCode = code;
  // All that mlroad printed went out with writeSync and every command awaits its own work, so
  // nothing is left to do: leave now rather than wait for the event loop to wind down (stdin's
  // socket, timers' bookkeeping, often a last GC: ~1 ms of a quiz). A stream that was built
  // (prompts; Node builds process.stderr as it closes any socket) and still holds output for
  // a pipe is drained by the loop first, as usual.
  if ([...streamsBuilt.values()].every((stream) => !stream.writableLength)) process.exit(code);
}
