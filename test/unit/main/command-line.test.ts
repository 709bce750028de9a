// Checks which command-line argument is taken as the graph file to open.
import { describe, expect, it } from 'vitest';
import { findGraphFileArgument } from '../../../main/command-line';

describe('findGraphFileArgument', () => {
  it('skips electron and the app path in development', () => {
    expect(findGraphFileArgument(['electron', '.', 'g.json'], false)).toBe('g.json');
    expect(findGraphFileArgument(['electron', 'x.json'], false)).toBeUndefined();
  });
  it('skips only the executable when packaged', () => {
    expect(findGraphFileArgument(['/opt/atlas', '/home/u/net.GEXF'], true)).toBe('/home/u/net.GEXF');
  });
  it('ignores switches and unknown extensions', () => {
    expect(findGraphFileArgument(['atlas', '--inspect', 'notes.txt', 'b.graphml'], true)).toBe('b.graphml');
    expect(findGraphFileArgument(['atlas', '--flag=x.json'], true)).toBeUndefined();
  });
});
