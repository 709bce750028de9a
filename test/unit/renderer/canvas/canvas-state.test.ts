// Checks what the canvas shows while a path is drawn: the filters' view plus the path, or only the listed paths.
import { describe, expect, it } from 'vitest';
import { pathVisibility } from '../../../../renderer/canvas/canvas-state';

const path = { nodes: ['a', 'b', 'c'], edges: ['ab', 'bc'], length: 2 };
const other = { nodes: ['a', 'd', 'c'], edges: ['ad', 'dc'], length: 2 };

describe('pathVisibility', () => {
  it('keeps the filters as they are when they already show the whole path', () => {
    const filtered = { nodes: new Set(['a', 'b', 'c', 'x']), edges: new Set(['ab', 'bc', 'bx']) };
    expect(pathVisibility(filtered, { path, only: null })).toBe(filtered);
  });

  it('adds path elements the filters hide, and nothing else', () => {
    const filtered = { nodes: new Set(['a', 'x']), edges: new Set<string>() };
    const shown = pathVisibility(filtered, { path, only: null });
    expect([...shown.nodes].sort()).toEqual(['a', 'b', 'c', 'x']);
    expect([...shown.edges].sort()).toEqual(['ab', 'bc']);
    expect(filtered.nodes.size).toBe(2);
  });

  it('"show only paths" shows exactly the listed paths, whatever the filters say', () => {
    const filtered = { nodes: new Set(['x']), edges: new Set(['bx']) };
    const shown = pathVisibility(filtered, { path, only: [path, other] });
    expect([...shown.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...shown.edges].sort()).toEqual(['ab', 'ad', 'bc', 'dc']);
  });
});
