// Timing for `npm run bench`: each command is paired with `node -e 0` in interleaved rounds,
// so drift on a busy machine hits both sides alike; medians, never means.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Every timed process, on both sides, gets this environment: NODE_EXTRA_CA_CERTS adds ~40 ms to a Node start. */
export function benchEnv(extra = {}) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('MLROAD_') || name === 'NODE_EXTRA_CA_CERTS' || name === 'NODE_OPTIONS') delete env[name];
  return { ...env, NO_COLOR: '1', LANG: 'C', LC_ALL: 'C', ...extra };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One timed run, in ms. `until`: stop the clock when stdout shows it (then kill the process);
 * `input`: written to stdin; otherwise the process runs to its end and must exit 0.
 */
export function timeOnce({ cmd, args, env, input, until }) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let stopped = false;
    child.stdout.on('data', (d) => {
      if (!until || stopped) return;
      out += d;
      if (out.includes(until)) {
        stopped = true;
        resolve(Number(process.hrtime.bigint() - start) / 1e6);
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.stdin.on('error', () => {}); // a command may exit before reading all its input
    child.stdin.end(input ?? '');
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (stopped) return;
      if (until) reject(new Error(`no "${until}" in the output of ${args.join(' ')}\n${err}`));
      else if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}\n${err.slice(0, 2000)}`));
      else resolve(ms);
    });
  });
}

/**
 * Runs `cases` (the first is the baseline) in interleaved rounds after one warm-up round.
 * A case's `prepare()` runs untimed before each of its runs (e.g. restoring a fresh file).
 * Rounds stop at `runs`, or earlier once `budgetMs` is spent (but never under `minRuns`).
 */
export async function measureGroup(cases, { runs, minRuns = 5, budgetMs }) {
  const samples = cases.map(() => []);
  const runCase = async (c) => {
    c.prepare?.();
    return timeOnce(c.run);
  };
  const started = Date.now();
  for (const c of cases) await runCase(c); // warm-up: caches, page cache, migration
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < cases.length; i++) samples[i].push(await runCase(cases[i]));
    if (round + 1 >= minRuns && Date.now() - started > budgetMs) break;
  }
  return cases.map((c, i) => ({ ...c, median: median(samples[i]), runs: samples[i].length }));
}

/** Wall time and peak memory of one run: /usr/bin/time -v when present, else the child's own maxRSS. */
export function timeAndPeak(cmd, args, env) {
  if (existsSync('/usr/bin/time')) {
    const start = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr.slice(0, 2000)}`);
    return { ms, peakMb: kb / 1024, how: '/usr/bin/time -v' };
  }
  // Node reports the peak of the process it runs in, so a wrapper runs the command in-process.
  const wrapper =
    `const t=process.hrtime.bigint();` +
    `require(process.argv[1]);process.on('exit',()=>{process.stderr.write('\\n@@'+process.resourceUsage().maxRSS+'@@'+Number(process.hrtime.bigint()-t)/1e6+'@@\\n')})`;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, ['-e', wrapper, '--', ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/@@(\d+)@@/.exec(r.stderr)?.[1]);
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return { ms, peakMb: kb / 1024, how: 'process.resourceUsage().maxRSS' };
}
