// Owns finding the Electron binary without side effects: its path, or undefined when it was never downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `from` is the importing module's URL, so the `electron` package resolves the way it would for that module.
 * Reads what the package itself reads (its path.txt, or ELECTRON_OVERRIDE_DIST_PATH) instead of requiring it:
 * since Electron 42, requiring the package starts a download when the binary is missing, which a lookup must not do.
 */
export function electronBinaryPath(from: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(from).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  let executable: string | undefined;
  try {
    executable = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim() || undefined;
  } catch {
    executable = undefined;
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override
    ? join(override, executable ?? 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : undefined;
  return path && existsSync(path) ? path : undefined;
}
