// Checks that the window comes back where it was, and never off-screen or from a corrupt file.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, parseWindowState, serializeWindowState } from '../../../main/window-state';

const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips a saved state on a visible display', () => {
    const state = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state), displays)).toEqual(state);
  });
  it('drops the position when it is on no display, keeping the size', () => {
    const state = { bounds: { x: 5000, y: 3000, width: 1200, height: 800 }, maximized: false };
    expect(parseWindowState(serializeWindowState(state), displays)).toEqual({
      bounds: { width: 1200, height: 800 },
      maximized: false,
    });
  });
  it.each([undefined, '', 'not json', '{"bounds":{"width":10,"height":10},"maximized":false}', '[]'])(
    'falls back to the default for %s',
    (text) => {
      expect(parseWindowState(text, displays)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );
});
