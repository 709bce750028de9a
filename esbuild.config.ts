// esbuild: bundles the Electron main process, the sandboxed preload (one CommonJS file, as sandboxing requires) and the kg CLI.
import { chmodSync } from 'node:fs';
import { type BuildOptions, build } from 'esbuild';

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['main/main.ts'], outfile: 'dist/main/main.cjs' }),
  build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs' }),
  build({
    ...common,
    entryPoints: ['main/cli/kg-bin.ts'],
    outfile: 'dist/cli/kg.cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
chmodSync('dist/cli/kg.cjs', 0o755);
console.log('built dist/main/main.cjs, dist/main/preload.cjs, dist/cli/kg.cjs');
