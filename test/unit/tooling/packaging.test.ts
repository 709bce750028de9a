// Checks the packaging config keeps the Electron fuses that harden the shipped binary, and that Electron is a supported major.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as key → value (a flat block of `key: true|false` lines). */
function fuses(): Record<string, string> {
  const yml = readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?:[ ]{2}.*\n?|[ ]*#.*\n?)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries(
    block
      .split('\n')
      .map((line) => /^\s{2}(\w+):\s*(\w+)/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}

describe('electron-builder fuses', () => {
  it('turn off Node entry points and file:// privileges, and turn on ASAR integrity and cookie encryption', () => {
    expect(fuses()).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});

describe('Electron version', () => {
  it('is a major that still gets security fixes (45 or later)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    const major = Number(/(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(45);
  });
});
