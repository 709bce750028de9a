// Owns choosing Cytoscape's renderer: WebGL where a real GPU draws it (it measured faster there), the 2D canvas otherwise (software GL, like SwiftShader, made WebGL slower); a saved setting forces either.
import { signal } from '@preact/signals';
import type { RendererKind } from './graph-view';

export type RendererSetting = 'auto' | RendererKind;

const STORAGE_KEY = 'atlas.renderer';

/** Software rasterisers that expose WebGL but draw it on the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

export type GpuKind = 'hardware' | 'software' | 'none';

export function classifyGlRenderer(name: string | null): GpuKind {
  if (name === null) return 'none';
  return SOFTWARE_GL.test(name) ? 'software' : 'hardware';
}

/** Asks a throwaway WebGL2 context who draws it. */
export function detectGpu(): GpuKind {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return classifyGlRenderer(name);
  } catch {
    return 'none';
  }
}

export function resolveRenderer(setting: RendererSetting, gpu: GpuKind): RendererKind {
  if (setting !== 'auto') return setting === 'webgl' && gpu === 'none' ? 'canvas' : setting;
  return gpu === 'hardware' ? 'webgl' : 'canvas';
}

export function savedRendererSetting(): RendererSetting {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'canvas' || value === 'webgl' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export function saveRendererSetting(setting: RendererSetting): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, setting);
  } catch {
    // Storage can be unavailable (private windows); the choice then lasts for this window only.
  }
}

let detected: GpuKind | null = null;

export function chooseRenderer(setting: RendererSetting = savedRendererSetting()): RendererKind {
  detected ??= detectGpu();
  return resolveRenderer(setting, detected);
}

export function detectedGpu(): GpuKind {
  detected ??= detectGpu();
  return detected;
}

/** The user's setting for this window; changing it recreates the canvas with the other renderer. */
export const rendererSetting = signal<RendererSetting>(savedRendererSetting());

export function changeRendererSetting(setting: RendererSetting): void {
  saveRendererSetting(setting);
  rendererSetting.value = setting;
}
