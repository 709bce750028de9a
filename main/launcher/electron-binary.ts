// Owns finding the Electron binary: its path, or undefined when the download was skipped (the package then throws on require).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** `from` is the importing module's URL, so `electron` resolves the way it would for that module. */
export function electronBinaryPath(from: string): string | undefined {
  try {
    const path = createRequire(from)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
