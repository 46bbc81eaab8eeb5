import { dirname } from 'node:path';
import { print } from '../context.js';
import type { Exercise } from '../core/roadmap/types.js';
import { UsageError } from '../errors.js';
import type { Session } from '../session.js';
import { trustHash } from '../store/trust-hash.js';
import { isBundled } from '../store/workspace.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';

// exercises: nothing a roadmap names runs before the learner trusts that roadmap. The bundled
// roadmap is trusted; any other is trusted per main file and content hash.

/** Resolves when the check may run; throws (exit 2) otherwise. Spawns nothing. */
export async function requireTrust(
  session: Session,
  exercise: Exercise,
  argv: readonly string[],
  options: { trust?: boolean; prompts?: Prompts },
): Promise<void> {
  const { mainFile, files, roadmap } = session.loaded;
  if (isBundled(mainFile)) return;
  const hash = trustHash(
    files.map((f) => f.path),
    dirname(mainFile),
    roadmap.exercises,
    session.ctx.cacheDir,
  );
  const trusted = session.file.settings.trusted;
  if (trusted && Object.hasOwn(trusted, mainFile) && trusted[mainFile] === hash) return;
  const { ctx } = session;
  if (!options.trust) {
    if (!ctx.interactive) throw new UsageError(ctx.t('check.untrusted', { file: mainFile, id: exercise.id }));
    print(ctx.stderr, [ctx.t('check.trustAsk', { file: mainFile }), `  ${argv.map((a) => JSON.stringify(a)).join(' ')}`]);
    const prompts = options.prompts ?? inquirerPrompts(ctx);
    if (!(await prompts.confirm(ctx.t('check.trustConfirm'), false))) throw new UsageError(ctx.t('check.notTrusted'));
  }
  await session.update((_p, file) => ({ ...file, settings: { ...file.settings, trusted: { ...file.settings.trusted, [mainFile]: hash } } }));
}
