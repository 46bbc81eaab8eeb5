// npm run bench: start-up of mlroad's commands as ratios to `node -e 0`, measured in one run.
// Runs are interleaved round-robin so drift on a busy machine hits every command alike.
// NODE_EXTRA_CA_CERTS is unset on both sides: it adds ~40 ms to every Node start on Node 20.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'mlroad.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const env = { ...process.env, NO_COLOR: '1', LANG: 'C' };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

if (!existsSync(join(ROOT, 'dist', 'main.cjs'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'mlroad-bench-'));
const cli = (args, extra = {}) => ({ cmd: process.execPath, args: [BIN, ...args], env: { ...env, ...extra } });
const runSync = (args, extra = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...extra }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mlroad ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};

function timeOnce({ cmd, args, env: e }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: e, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

/** Time from spawning until stdout shows `marker`; the process is then killed. */
function timeUntil({ cmd, args, env: e }, marker) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: e, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(marker)) {
        resolve(Number(process.hrtime.bigint() - start) / 1e6);
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', () => reject(new Error(`no "${marker}" in output of ${args.join(' ')}`)));
  }).catch((e) => {
    if (/no "/.test(e.message)) throw e;
    return Number.NaN;
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(cases) {
  const samples = new Map(cases.map((c) => [c.name, []]));
  for (const c of cases) (c.until ? await timeUntil(c.run, c.until) : timeOnce(c.run)); // warm-up
  for (let i = 0; i < RUNS; i++) {
    for (const c of cases) samples.get(c.name).push(c.until ? await timeUntil(c.run, c.until) : timeOnce(c.run));
  }
  return new Map([...samples].map(([k, v]) => [k, median(v)]));
}

function largeRoadmap(dir) {
  // 2,000 topics in 20 stages, 20,000 questions in 200 quiz files.
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  const stages = [];
  for (let s = 0; s < 20; s++) {
    const topics = [];
    for (let t = 0; t < 100; t++) {
      const n = s * 100 + t;
      topics.push(`      - id: topic-${n}\n        title: {en: Topic ${n}, es: Tema ${n}}\n        summary: {en: What topic ${n} is about., es: De qué va el tema ${n}.}\n        learn: [{en: First thing, es: Primera cosa}, {en: Second thing, es: Segunda cosa}]\n        resources: [{title: Docs, url: "https://example.org/${n}", kind: docs}]${t % 10 === 0 ? `\n        quiz: quiz-${n / 10}` : ''}`);
    }
    stages.push(`  - id: stage-${s}\n    title: {en: Stage ${s}, es: Etapa ${s}}\n    summary: Stage ${s}.\n    topics:\n${topics.join('\n')}`);
  }
  const includes = [];
  for (let q = 0; q < 200; q++) {
    includes.push(`  - include: quizzes/quiz-${q}.yaml`);
    const questions = [];
    for (let i = 0; i < 100; i++) {
      questions.push(
        i % 2
          ? `  - id: q${i}\n    type: single\n    prompt: {en: "Question ${i} of quiz ${q}: which is right?", es: "Pregunta ${i} del quiz ${q}: ¿cuál es la buena?"}\n    choices: [{en: Right, es: Bien}, {en: Wrong, es: Mal}, {en: Also wrong, es: También mal}]\n    answer: 0\n    explanation: {en: Because it is right., es: Porque está bien.}`
          : `  - id: q${i}\n    type: calculated\n    prompt: "Quiz ${q}, question ${i}: what is {a} + {b}?"\n    variables: {a: 1..100, b: 1..100}\n    answer: a + b\n    explanation: Add them.`,
      );
    }
    writeFileSync(join(dir, 'quizzes', `quiz-${q}.yaml`), `id: quiz-${q}\ntitle: Quiz ${q}\nquestions:\n${questions.join('\n')}\n`);
  }
  writeFileSync(join(dir, 'roadmap.yaml'), `formatVersion: 1\nid: large\ntitle: Large\ndescription: A generated roadmap for benchmarks.\nstages:\n${stages.join('\n')}\nquizzes:\n${includes.join('\n')}\n`);
}

function bashSnippetMs(config) {
  const script = `
mlroad() { "${process.execPath}" "${BIN}" "$@"; }
eval "$(mlroad prompt init bash)"
__mlroad_prompt
start=$EPOCHREALTIME
for ((i = 0; i < 500; i++)); do __mlroad_prompt; done
end=$EPOCHREALTIME
echo "$MLROAD_PROMPT|$start|$end"`;
  const r = spawnSync('bash', ['--norc', '-c', script], { env: { ...env, MLROAD_CONFIG_DIR: config }, encoding: 'utf8' });
  const [line, start, end] = r.stdout.trim().split('|');
  return { perCallMs: ((Number(end) - Number(start)) * 1000) / 500, line };
}

const results = [];
const report = (label, ms, base, target) => {
  const ratio = ms / base;
  results.push({ label, ms, ratio, target, met: target === undefined || ratio <= target });
};

try {
  // Bundled roadmap: warm the roadmap cache and write the prompt file.
  const cfg = join(work, 'config');
  runSync(['done', 'python'], { MLROAD_CONFIG_DIR: cfg });
  runSync(['status'], { MLROAD_CONFIG_DIR: cfg });
  const bundled = [
    { name: 'node -e 0', run: { cmd: process.execPath, args: ['-e', '0'], env } },
    { name: 'status --prompt', run: cli(['status', '--prompt'], { MLROAD_CONFIG_DIR: cfg }), target: 1.3 },
    { name: 'status', run: cli(['status'], { MLROAD_CONFIG_DIR: cfg }), target: 2.0 },
    { name: 'status --json', run: cli(['status', '--json'], { MLROAD_CONFIG_DIR: cfg }), target: 2.0 },
    { name: 'next --json', run: cli(['next', '--json'], { MLROAD_CONFIG_DIR: cfg }), target: 2.0 },
    { name: 'list --json', run: cli(['list', '--json'], { MLROAD_CONFIG_DIR: cfg }), target: 2.0 },
    { name: 'quizzes --json', run: cli(['quizzes', '--json'], { MLROAD_CONFIG_DIR: cfg }), target: 2.0 },
    { name: 'quiz: first question', run: cli(['quiz', 'ml-metrics', '--plain', '--seed', '1'], { MLROAD_CONFIG_DIR: cfg }), until: 'Question 1/', target: 3.0 },
  ];
  console.error(`Bundled roadmap: ${bundled.length} commands × ${RUNS} runs…`);
  const m1 = await measure(bundled);
  const base1 = m1.get('node -e 0');
  for (const c of bundled) report(`${c.name}`, m1.get(c.name), base1, c.target);

  // Large roadmap, as a directory of files; the cache is warmed first.
  const large = join(work, 'large');
  largeRoadmap(large);
  const cfg2 = join(work, 'config-large');
  const lenv = { MLROAD_CONFIG_DIR: cfg2, MLROAD_ROADMAP: large };
  const t0 = process.hrtime.bigint();
  runSync(['done', 'topic-0'], lenv);
  const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const largeCases = [
    { name: 'node -e 0', run: { cmd: process.execPath, args: ['-e', '0'], env } },
    { name: 'status --prompt', run: cli(['status', '--prompt'], lenv), target: 1.3 },
    { name: 'status', run: cli(['status'], lenv), target: 3.0 },
    { name: 'status --json', run: cli(['status', '--json'], lenv), target: 3.0 },
    { name: 'next --json', run: cli(['next', '--json'], lenv), target: 3.0 },
    { name: 'list --json', run: cli(['list', '--json'], lenv), target: 3.0 },
    { name: 'quizzes --json', run: cli(['quizzes', '--json'], lenv), target: 3.0 },
    { name: 'quiz: first question', run: cli(['quiz', 'quiz-7', '--plain', '--seed', '1'], lenv), until: 'Question 1/', target: 3.0 },
  ];
  console.error(`Large roadmap (2,000 topics, 20,000 questions): ${largeCases.length} commands × ${RUNS} runs…`);
  const m2 = await measure(largeCases);
  const base2 = m2.get('node -e 0');
  for (const c of largeCases) report(`large: ${c.name}`, m2.get(c.name), base2, c.target);
  const validate = await measure([{ name: 'node -e 0', run: largeCases[0].run }, { name: 'validate', run: cli(['validate', large], lenv) }].map((c) => ({ ...c })));
  report('large: validate (parses everything)', validate.get('validate'), validate.get('node -e 0'));
  report('large: first load, cold cache', coldMs, base2);

  const bash = bashSnippetMs(cfg);

  console.log('');
  console.log(`mlroad start-up, ratio to \`node -e 0\` (medians of ${RUNS} runs, node ${process.version}, NODE_EXTRA_CA_CERTS unset)`);
  console.log('');
  console.log(`${'command'.padEnd(42)}${'median'.padStart(10)}${'ratio'.padStart(9)}   target`);
  for (const r of results) {
    const target = r.target === undefined ? '' : `≤ ${r.target.toFixed(1)}×  ${r.met ? 'met' : 'NOT MET'}`;
    console.log(`${r.label.padEnd(42)}${`${r.ms.toFixed(1)} ms`.padStart(10)}${`${r.ratio.toFixed(2)}×`.padStart(9)}   ${target}`);
  }
  const bashMet = bash.perCallMs < 5;
  console.log('');
  console.log(`bash prompt snippet: ${bash.perCallMs.toFixed(3)} ms per prompt (500 calls of __mlroad_prompt in one bash, timed with $EPOCHREALTIME; line "${bash.line}")   target < 5 ms  ${bashMet ? 'met' : 'NOT MET'}`);
  const failed = results.filter((r) => !r.met).length + (bashMet ? 0 : 1);
  console.log('');
  console.log(failed ? `${failed} target(s) not met.` : 'All targets met.');
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
