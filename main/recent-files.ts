// Owns the recent-files list: most recent first, no duplicates, bounded, persisted as JSON.
import { z } from 'zod';

export const MAX_RECENT_FILES = 10;

export function addRecentFile(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
}

export function parseRecentFiles(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const parsed = z.array(z.string().min(1)).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT_FILES) : [];
  } catch {
    return [];
  }
}
