// Owns finding an installed Chromium or Chrome for app mode, and the arguments to start it with.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROME_PATH` wins; then the usual install locations for the platform. */
export function findBrowser(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  exists: (path: string) => boolean = isExecutable,
): string | undefined {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  return (CANDIDATES[platform] ?? []).find(exists);
}

export function appModeArguments(url: string, profileDir: string, runningAsRoot: boolean): string[] {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${join(profileDir)}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,820',
  ];
  // Chromium refuses to start as root with its sandbox on; this only happens on throwaway machines and containers.
  if (runningAsRoot) args.push('--no-sandbox');
  return args;
}
