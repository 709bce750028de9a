// Owns the query history: most recent first, no duplicates, capped, persisted as text lines when storage is available.
export const HISTORY_LIMIT = 20;
const STORAGE_KEY = 'alliance-atlas.path-history';

export function addToHistory(history: readonly string[], text: string, limit = HISTORY_LIMIT): string[] {
  const entry = text.trim();
  if (entry === '') return [...history];
  return [entry, ...history.filter((item) => item !== entry)].slice(0, limit);
}

/** The subset of Storage used, so tests can pass a Map-backed fake and a locked-down page can pass none. */
export interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadHistory(store: TextStore | null): string[] {
  try {
    const raw = store?.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    // Stored data is input like any other: keep only strings, and no more than the limit.
    return Array.isArray(parsed)
      ? parsed.filter((item): item is string => typeof item === 'string').slice(0, HISTORY_LIMIT)
      : [];
  } catch {
    return [];
  }
}

export function saveHistory(store: TextStore | null, history: readonly string[]): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(history));
  } catch {
    // Storage full or denied: history still works for this session.
  }
}

export function browserStore(): TextStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
