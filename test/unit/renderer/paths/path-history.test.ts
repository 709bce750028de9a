// Checks the query history: most recent first, no duplicates, capped, and storage read defensively.
import { describe, expect, it } from 'vitest';
import {
  addToHistory,
  HISTORY_LIMIT,
  loadHistory,
  saveHistory,
  type TextStore,
} from '../../../../renderer/paths/path-history';

function memoryStore(initial: Record<string, string> = {}): TextStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('addToHistory', () => {
  it('puts the newest first and moves a repeated query to the top', () => {
    let history = addToHistory([], 'a -> b');
    history = addToHistory(history, 'c -> d');
    history = addToHistory(history, ' a -> b ');
    expect(history).toEqual(['a -> b', 'c -> d']);
  });

  it('ignores blank text and keeps at most the limit', () => {
    let history: string[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = addToHistory(history, `q${i}`);
    expect(addToHistory(history, '   ')).toEqual(history);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toBe(`q${HISTORY_LIMIT + 4}`);
  });
});

describe('loadHistory / saveHistory', () => {
  it('round-trips through storage', () => {
    const store = memoryStore();
    saveHistory(store, ['x -> y', 'y -> z']);
    expect(loadHistory(store)).toEqual(['x -> y', 'y -> z']);
  });

  it('treats junk, non-strings and missing storage as an empty or filtered history', () => {
    expect(loadHistory(null)).toEqual([]);
    expect(loadHistory(memoryStore({ 'alliance-atlas.path-history': '{not json' }))).toEqual([]);
    expect(loadHistory(memoryStore({ 'alliance-atlas.path-history': '{"a":1}' }))).toEqual([]);
    expect(loadHistory(memoryStore({ 'alliance-atlas.path-history': '["ok", 3, null, "fine"]' }))).toEqual([
      'ok',
      'fine',
    ]);
  });

  it('survives a storage that refuses writes', () => {
    const refusing: TextStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveHistory(refusing, ['a'])).not.toThrow();
  });
});
