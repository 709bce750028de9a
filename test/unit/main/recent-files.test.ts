// Checks the recent-files list: order, de-duplication, bound and tolerant parsing.
import { describe, expect, it } from 'vitest';
import { addRecentFile, MAX_RECENT_FILES, parseRecentFiles } from '../../../main/recent-files';

describe('recent files', () => {
  it('puts the newest first without duplicates', () => {
    expect(addRecentFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
  });
  it('keeps at most the maximum', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_FILES + 5; i++) list = addRecentFile(list, `/f${i}`);
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe(`/f${MAX_RECENT_FILES + 4}`);
  });
  it('reads back a saved list and ignores junk', () => {
    expect(parseRecentFiles(JSON.stringify(['/x', '/y']))).toEqual(['/x', '/y']);
    expect(parseRecentFiles('{"a":1}')).toEqual([]);
    expect(parseRecentFiles('nope')).toEqual([]);
    expect(parseRecentFiles(undefined)).toEqual([]);
  });
});
