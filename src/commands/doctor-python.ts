import { tmpdir } from 'node:os';
import type { Context } from '../context.js';
import { findPython, installLine, missingModules, pythonVersion } from '../exec/python.js';
import { BUNDLED_ROADMAP, loadRoadmap } from '../store/roadmap-loader.js';

// exercises: doctor's look at the interpreter and the bundled exercises' requirements. Only the
// bundled roadmap's are probed (it is trusted); what is missing is a warning, never unhealthy.

export interface PythonCheck {
  id: 'python' | 'exercise-modules';
  ok: true;
  warning?: boolean;
  message: string;
}

export async function pythonChecks(ctx: Context, configured: string | undefined): Promise<PythonCheck[]> {
  const python = findPython(ctx.env, configured);
  const version = python ? await pythonVersion(python, tmpdir()) : undefined;
  if (!python || !version) return [{ id: 'python', ok: true, warning: true, message: ctx.t('doctor.noPython') }];
  const out: PythonCheck[] = [{ id: 'python', ok: true, message: ctx.t('doctor.python', { python, version }) }];
  let exercises: readonly { id: string; requires?: { modules?: readonly string[] } }[];
  try {
    exercises = (await loadRoadmap(BUNDLED_ROADMAP, { cacheDir: ctx.cacheDir, lang: ctx.lang })).roadmap.exercises ?? [];
  } catch {
    return out;
  }
  const modules = [...new Set(exercises.flatMap((e) => e.requires?.modules ?? []))];
  const missing = await missingModules(python, modules, tmpdir());
  if ('error' in missing || missing.length === 0) return [...out, { id: 'exercise-modules', ok: true, message: ctx.t('doctor.modulesOk') }];
  const needing = exercises.filter((e) => (e.requires?.modules ?? []).some((m) => missing.includes(m))).map((e) => e.id);
  return [
    ...out,
    {
      id: 'exercise-modules',
      ok: true,
      warning: true,
      message: ctx.t('doctor.missingModules', { list: needing.join(', '), python, line: installLine(missing) }),
    },
  ];
}
