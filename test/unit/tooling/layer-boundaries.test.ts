// Checks the lint rules that keep the layers apart: a violating import in each folder fails Biome, a clean one passes.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIOME = join('node_modules', '.bin', 'biome');

/** Lints a probe file placed in the folder under test (the rules are per folder), then removes it. */
function lint(path: string, source: string): { ok: boolean; output: string } {
  const probe = join(dirname(path), `zz-lint-probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(probe, source);
  try {
    const result = spawnSync(BIOME, ['lint', '--error-on-warnings', probe], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('layer boundaries (Biome)', () => {
  it.each([
    [
      'graph-data/model/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      'noNodejsModules',
    ],
    ['graph-data/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n", 'noRestrictedImports'],
    [
      'graph-data/model/x.ts',
      "import { x } from '../../renderer/store/y';\nexport const a = x;\n",
      'noRestrictedImports',
    ],
    ['graph-data/model/x.ts', 'export const w = window.innerWidth;\n', 'noRestrictedGlobals'],
    ['graph-data/model/x.ts', 'export const d = document.title;\n', 'noRestrictedGlobals'],
    ['main/x.ts', "import { x } from '../renderer/store/app-store';\nexport const a = x;\n", 'noRestrictedImports'],
    ['renderer/x.ts', "import { x } from '../main/file-service';\nexport const a = x;\n", 'noRestrictedImports'],
    [
      'renderer/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
      'noRestrictedImports',
    ],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'noNodejsModules'],
  ])('%s rejects a forbidden use (%#)', (path, source, rule) => {
    const { ok, output } = lint(path, source);
    expect(ok).toBe(false);
    expect(output).toContain(rule);
  });

  it.each([
    ['graph-data/model/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['renderer/x.ts', "import { z } from '../graph-data/model/y';\nexport const a = z;\n"],
    ['main/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
  ])('%s accepts an allowed import', (path, source) => {
    expect(lint(path, source)).toMatchObject({ ok: true });
  });
});
