import { accessSync, constants, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { type Context, print, printJson } from '../context.js';
import { MlroadError } from '../errors.js';
import { promptCacheState } from '../fast/prompt.js';
import type { Translator } from '../i18n/index.js';
import { openStore } from '../session.js';
import { isDead, readOwner } from '../store/lock.js';
import { LOG_FILE, PROGRESS_FILE, progressPath } from '../store/paths.js';
import type { ProgressStore } from '../store/progress-store.js';
import { roadmapChoice } from '../store/roadmap-choice.js';
import { BUNDLED_ROADMAP, loadRoadmap } from '../store/roadmap-loader.js';
import { describeError, describeProblem } from '../ui/describe-error.js';
import { defineCommand, flag, json, type Outcome } from './define.js';
import { pythonChecks } from './doctor-python.js';

export interface DoctorOptions {
  fix?: boolean;
  json?: boolean;
}

interface Check {
  id: 'config-dir' | 'progress-file' | 'review-log' | 'lock' | 'prompt-cache' | 'roadmap' | 'leftovers' | 'python' | 'exercise-modules';
  ok: boolean;
  /** Worth saying, not a fault (exercises' interpreter and modules). */
  warning?: boolean;
  message: string;
  /** What --fix did, if anything. */
  fixed?: string;
}

/** Looks over the config directory, explains each problem, and with --fix repairs what is safe. */
export async function doctor(ctx: Context, options: DoctorOptions): Promise<Outcome> {
  const checks: Check[] = [];
  const dir = ctx.configDir;
  const file = progressPath(dir);

  if (!existsSync(dir)) checks.push({ id: 'config-dir', ok: true, message: ctx.t('doctor.dirMissing', { dir }) });
  else {
    try {
      accessSync(dir, constants.W_OK);
      checks.push({ id: 'config-dir', ok: true, message: ctx.t('doctor.dirOk', { dir }) });
    } catch {
      checks.push({ id: 'config-dir', ok: false, message: ctx.t('doctor.dirReadOnly', { dir }) });
    }
  }

  checks.push(await checkProgressFile(ctx, file, options.fix));
  const log = await checkLog(ctx, options.fix);
  if (log) checks.push(log);
  checks.push(checkLock(ctx.t, `${file}.lock`, options.fix));
  checks.push(await checkRoadmap(ctx, options.fix));
  checks.push(await checkPromptCache(ctx, options.fix));
  checks.push(
    ...(await pythonChecks(
      ctx,
      (
        await openStore(ctx)
          .read()
          .catch(() => undefined)
      )?.settings.python,
    )),
  );

  const names = existsSync(dir) ? readdirSync(dir) : [];
  const setAside = names.filter((f) => f.startsWith(`${LOG_FILE}.torn-`));
  if (setAside.length) checks.push({ id: 'leftovers', ok: true, message: ctx.t('doctor.setAside', { list: setAside.join(', ') }) });
  const leftovers = names.filter((f) => (f.startsWith(`${PROGRESS_FILE}.`) && !f.endsWith('.lock')) || (f.startsWith(`${LOG_FILE}.`) && !setAside.includes(f)));
  if (leftovers.length) checks.push({ id: 'leftovers', ok: true, message: ctx.t('doctor.leftovers', { count: leftovers.length, list: leftovers.join(', ') }) });

  const healthy = checks.every((c) => c.ok || c.fixed);
  if (options.json) printJson(ctx, { healthy, checks });
  else {
    print(
      ctx.stdout,
      checks.flatMap((c) => {
        const mark = c.warning ? ctx.style.yellow('!') : c.ok ? ctx.style.green('✓') : c.fixed ? ctx.style.yellow('✓') : ctx.style.red('✗');
        return [`${mark} ${c.message}`, ...(c.fixed ? [`  ${ctx.style.yellow(c.fixed)}`] : [])];
      }),
    );
    if (!healthy && !options.fix) print(ctx.stdout, ctx.style.dim(ctx.t('doctor.tryFix')));
  }
  return healthy ? undefined : 'unhealthy';
}

async function checkProgressFile(ctx: Context, file: string, fix?: boolean): Promise<Check> {
  if (!existsSync(file)) return { id: 'progress-file', ok: true, message: ctx.t('doctor.progressMissing', { file }) };
  const store = openStore(ctx);
  let state: ReturnType<ProgressStore['inspect']>;
  try {
    state = store.inspect();
  } catch (error) {
    if (!(error instanceof MlroadError)) throw error;
    return { id: 'progress-file', ok: false, message: ctx.t('doctor.progressUnreadable', { file, reason: describeError(ctx.t, error) }) };
  }
  if (state.kind === 'ok') return { id: 'progress-file', ok: true, message: ctx.t('doctor.progressOk', { file }) };
  if (state.kind === 'newer') return { id: 'progress-file', ok: false, message: ctx.t('doctor.progressNewer', { file, version: state.version }) };
  const result: Check = { id: 'progress-file', ok: false, message: ctx.t('doctor.progressDamaged', { file, problem: describeProblem(ctx.t, state.problem) }) };
  if (fix) await openStore({ ...ctx, warn: (m) => (result.fixed = m) }).update((f) => f);
  return result;
}

/** The review log: how many entries, and whether a crash tore its last line or left bad lines. */
async function checkLog(ctx: Context, fix?: boolean): Promise<Check | undefined> {
  const store = openStore({ ...ctx, warn: () => {} }); // what --fix did is said in `fixed`
  if (!existsSync(store.logPath)) return undefined;
  const file = store.logPath;
  try {
    const log = store.inspectLog();
    if (log.torn !== undefined) {
      const result: Check = { id: 'review-log', ok: true, message: ctx.t('doctor.logTorn', { file }) };
      const aside = fix ? await store.setAsideTornLog() : undefined;
      if (aside) result.fixed = ctx.t('storage.logTornSetAside', { path: file, aside });
      return result;
    }
    if (log.bad) return { id: 'review-log', ok: true, message: ctx.t('doctor.logBad', { file, count: log.bad }) };
    return { id: 'review-log', ok: true, message: ctx.t('doctor.logOk', { file, count: log.count }) };
  } catch (error) {
    if (!(error instanceof MlroadError)) throw error;
    return { id: 'review-log', ok: false, message: ctx.t('doctor.progressUnreadable', { file, reason: describeError(ctx.t, error) }) };
  }
}

function checkLock(t: Translator, lock: string, fix?: boolean): Check {
  if (!existsSync(lock)) return { id: 'lock', ok: true, message: t('doctor.lockNone') };
  const holder = readOwner(lock);
  if (!isDead(lock, holder)) {
    return { id: 'lock', ok: true, message: holder ? t('doctor.lockHeldBy', { lock, pid: holder.pid, host: holder.host }) : t('doctor.lockHeld', { lock }) };
  }
  let seconds = 0;
  try {
    seconds = Math.round((Date.now() - statSync(lock).mtimeMs) / 1000);
  } catch {
    // released meanwhile
  }
  const result: Check = { id: 'lock', ok: false, message: holder ? t('doctor.lockDead', { lock, pid: holder.pid }) : t('doctor.lockStale', { lock, seconds }) };
  if (fix) {
    rmSync(lock, { recursive: true, force: true });
    result.fixed = t('doctor.lockRemoved');
  }
  return result;
}

async function checkRoadmap(ctx: Context, fix?: boolean): Promise<Check> {
  const choice = roadmapChoice(ctx, openStore(ctx).peek());
  try {
    const loaded = await loadRoadmap(choice.location, { cacheDir: ctx.cacheDir, lang: ctx.lang });
    return {
      id: 'roadmap',
      ok: true,
      message: ctx.t('doctor.roadmapOk', { id: loaded.roadmap.id, location: choice.location, source: ctx.t(`use.source.${choice.source}`) }),
    };
  } catch (error) {
    if (!(error instanceof MlroadError)) throw error;
    const result: Check = {
      id: 'roadmap',
      ok: false,
      message: ctx.t('doctor.roadmapBroken', { location: choice.location, source: ctx.t(`use.source.${choice.source}`), reason: describeError(ctx.t, error) }),
    };
    if (fix && choice.source === 'use') {
      await openStore(ctx).update((f) => ({ ...f, settings: { ...f.settings, roadmap: undefined } }));
      result.fixed = ctx.t('doctor.roadmapCleared', { location: BUNDLED_ROADMAP });
    }
    return result;
  }
}

async function checkPromptCache(ctx: Context, fix?: boolean): Promise<Check> {
  const state = promptCacheState(ctx.configDir, ctx.env, BUNDLED_ROADMAP, ctx.roadmapFlag);
  if (state.kind === 'fresh') return { id: 'prompt-cache', ok: true, message: ctx.t('doctor.promptFresh') };
  // A missing or stale prompt file is repaired by the next `status --prompt`; not a problem.
  const result: Check = {
    id: 'prompt-cache',
    ok: true,
    message: state.kind === 'missing' ? ctx.t('doctor.promptMissing') : ctx.t('doctor.promptStale', { why: state.why }),
  };
  if (fix) {
    try {
      const { computePromptCache } = await import('../store/prompt-refresh.js');
      await computePromptCache(ctx);
      result.fixed = ctx.t('doctor.promptRewritten');
    } catch {
      // stays as reported
    }
  }
  return result;
}

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: 'help.cmd.doctor',
  options: { fix: flag('--fix', 'help.opt.fix'), json },
  run: ({ ctx, options }) => doctor(ctx, options),
});
