// Checks the renderer choice: software GL (SwiftShader, llvmpipe) keeps the 2D canvas, a real GPU gets WebGL, and a saved setting wins where it can be honoured.
import { describe, expect, it } from 'vitest';
import { classifyGlRenderer, resolveRenderer } from '../../../../renderer/canvas/renderer-choice';

describe('renderer choice', () => {
  it('recognises software rasterisers', () => {
    expect(classifyGlRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(
      'software',
    );
    expect(classifyGlRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(classifyGlRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe('hardware');
    expect(classifyGlRenderer(null)).toBe('none');
  });

  it('auto picks WebGL only on a real GPU', () => {
    expect(resolveRenderer('auto', 'hardware')).toBe('webgl');
    expect(resolveRenderer('auto', 'software')).toBe('canvas');
    expect(resolveRenderer('auto', 'none')).toBe('canvas');
  });

  it('a forced choice wins, except WebGL where there is no WebGL at all', () => {
    expect(resolveRenderer('webgl', 'software')).toBe('webgl');
    expect(resolveRenderer('canvas', 'hardware')).toBe('canvas');
    expect(resolveRenderer('webgl', 'none')).toBe('canvas');
  });
});
