import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';

/**
 * The editor's argv from $VISUAL/$EDITOR: a value naming an existing file is one path (spaces
 * and all); otherwise words split on whitespace, so `code -w` works. Never through a shell.
 */
export function editorArgv(value: string): string[] {
  const trimmed = value.trim();
  if (existsSync(trimmed)) return [trimmed];
  return trimmed.split(/\s+/).filter(Boolean);
}

/** Opens the learner's editor on an empty temporary file and returns what they saved. */
export async function editText(t: Translator, env: Readonly<Record<string, string | undefined>>, name = 'note.md'): Promise<string> {
  const value = env.VISUAL || env.EDITOR;
  if (!value?.trim()) throw new UsageError(t('note.noEditor'));
  const [command, ...rest] = editorArgv(value);
  const dir = mkdtempSync(join(tmpdir(), 'mlroad-note-'));
  const file = join(dir, name);
  try {
    writeFileSync(file, '', { mode: 0o600 });
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command!, [...rest, file], { stdio: 'inherit', env: { ...env } as NodeJS.ProcessEnv });
      child.once('error', (error) => reject(new UsageError(t('note.editorFailed', { editor: value, reason: error.message }))));
      child.once('exit', (exit) => resolve(exit));
    });
    if (code !== 0) throw new UsageError(t('note.editorFailed', { editor: value, reason: `exit ${code}` }));
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
