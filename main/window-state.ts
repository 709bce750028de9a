// Owns remembering the window's size and position: parse, keep on a visible display, serialise.
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 820 }, maximized: false };

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(20000),
    height: z.number().int().min(300).max(20000),
  }),
  maximized: z.boolean(),
});

function overlapArea(a: DisplayArea, b: Required<WindowBounds>): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Reads saved state; anything unreadable gives the default. A window whose saved position is no longer on any
 * display (a monitor was unplugged) keeps its size but lets the OS place it, so it never opens off-screen.
 */
export function parseWindowState(text: string | undefined, displays: DisplayArea[]): WindowState {
  if (text === undefined) return DEFAULT_WINDOW_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_WINDOW_STATE;
  const { bounds, maximized } = parsed.data;
  if (bounds.x === undefined || bounds.y === undefined) return { bounds, maximized };
  const placed = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
  const visible = displays.some((d) => overlapArea(d, placed) >= Math.min(placed.width * placed.height, 100 * 100));
  return visible
    ? { bounds: placed, maximized }
    : { bounds: { width: bounds.width, height: bounds.height }, maximized };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
