import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { runArgv } from './run-check.js';

/** The learner's Python: MLROAD_PYTHON, else `config set python`, else python3, else python on the PATH. */
export function findPython(env: Readonly<Record<string, string | undefined>>, configured?: string): string | undefined {
  if (env.MLROAD_PYTHON) return env.MLROAD_PYTHON;
  if (configured) return configured;
  return which('python3', env) ?? which('python', env);
}

/** A program on the PATH, found without running anything. */
export function which(program: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (isAbsolute(program)) return executable(program) ? program : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, program);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// pip names of modules whose import name differs.
const PIP_NAMES: Readonly<Record<string, string>> = { sklearn: 'scikit-learn', yaml: 'pyyaml', cv2: 'opencv-python', PIL: 'pillow' };

export function pipName(module: string): string {
  const top = module.split('.')[0]!;
  return Object.hasOwn(PIP_NAMES, top) ? PIP_NAMES[top]! : top;
}

export function installLine(modules: readonly string[]): string {
  return `python -m pip install ${[...new Set(modules.map(pipName))].join(' ')}`;
}

const PROBE =
  'import importlib.util,sys\nfor m in sys.argv[1:]:\n    try:\n        ok = importlib.util.find_spec(m) is not None\n    except Exception:\n        ok = False\n    if not ok: print(m)\n';

/** One process that looks for every module; the ones it cannot find. Only for trusted checks. */
export async function missingModules(python: string, modules: readonly string[], cwd: string): Promise<string[] | { error: string }> {
  if (modules.length === 0) return [];
  const run = await runArgv({ argv: [python, '-c', PROBE, ...modules], cwd, timeoutMs: 30_000 });
  if (run.error || run.exitCode !== 0) return { error: run.error ?? run.output.trim() };
  return run.output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => modules.includes(l));
}

/** `Python 3.11.2`, or undefined when the interpreter does not answer. */
export async function pythonVersion(python: string, cwd: string): Promise<string | undefined> {
  const run = await runArgv({ argv: [python, '--version'], cwd, timeoutMs: 15_000 });
  return run.exitCode === 0 ? run.output.trim() : undefined;
}
