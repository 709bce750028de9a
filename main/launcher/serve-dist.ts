// Owns `tsx main/launcher/serve-dist.ts PORT`: serves dist/renderer on loopback for the web end-to-end tests.
import { join, resolve } from 'node:path';
import { startStaticServer } from './static-server';

const root = process.env.ATLAS_RENDERER_OUT
  ? resolve(import.meta.dirname, '..', '..', 'renderer', process.env.ATLAS_RENDERER_OUT)
  : resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
const running = await startStaticServer(root, Number(process.argv[2] ?? 4917));
console.log(`serving ${join(root)} at ${running.url}`);
