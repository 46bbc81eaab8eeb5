import { spawn } from 'node:child_process';

/** The platform's "open with the default app" command as argv: never a shell string. */
export function openerArgv(file: string, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') return ['open', file];
  // `start` is a cmd built-in (it would need a shell); explorer opens a file with its default app.
  if (platform === 'win32') return ['explorer.exe', file];
  return ['xdg-open', file];
}

/** Opens a file in the default browser, detached; resolves false when no opener could start. */
export function openFile(file: string, env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const [command, ...args] = openerArgv(file);
  return new Promise((resolve) => {
    const child = spawn(command!, args, { detached: true, stdio: 'ignore', env: { ...env } as NodeJS.ProcessEnv });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
