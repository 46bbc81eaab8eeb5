// The bash prompt snippet's own cost: one bash sources `mlroad prompt init bash` and renders
// the prompt `calls` times, timed inside bash with $EPOCHREALTIME (no process start counted).
import { spawnSync } from 'node:child_process';

export function bashPromptMs({ node, bin, env, calls = 500 }) {
  const script = `
mlroad() { "${node}" "${bin}" "$@"; }
eval "$(mlroad prompt init bash)"
__mlroad_prompt
start=$EPOCHREALTIME
for ((i = 0; i < ${calls}; i++)); do __mlroad_prompt; done
end=$EPOCHREALTIME
echo "$MLROAD_PROMPT|$start|$end"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { env, encoding: 'utf8' });
  const [line, start, end] = r.stdout.trim().split('\n').pop().split('|');
  const perCallMs = ((Number(end) - Number(start)) * 1000) / calls;
  if (!Number.isFinite(perCallMs)) throw new Error(`bash snippet failed: ${r.stderr}`);
  return { perCallMs, line, calls };
}
