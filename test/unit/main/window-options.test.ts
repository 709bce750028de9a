// Checks every security setting and the remembered bounds in the BrowserWindow options.
import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../main/window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/dist/main/preload.cjs',
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    darkBackground: false,
  });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and disables risky features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('uses the given preload and bounds', () => {
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
  });

  it('matches the background to the theme to avoid a white flash', () => {
    const dark = createWindowOptions({ preloadPath: 'p', bounds: { width: 800, height: 600 }, darkBackground: true });
    expect(dark.backgroundColor).not.toBe(options.backgroundColor);
  });
});
