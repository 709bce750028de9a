// E2E: PNG export through the "Export image" dialog: exact dimensions, real pixels, transparent corners, tiled stitching, blank-render errors.
import { mkdir, writeFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  collectConsoleErrors,
  exportDownload,
  openApp,
  openExportDialog,
  waitForCanvasAtRest,
} from '../support/app-page';

const SHOTS = 'test-results/screenshots';

function decode(bytes: Buffer): PNG {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return PNG.sync.read(bytes);
}

function pixel(png: PNG, x: number, y: number): number[] {
  const i = (y * png.width + x) * 4;
  return [...png.data.subarray(i, i + 4)];
}

/** Pixels in the rectangle that are neither the background nor transparent. */
function ink(png: PNG, bg: number[] | null, x0 = 0, y0 = 0, x1 = png.width, y1 = png.height): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const a = png.data[i + 3] ?? 0;
      if (
        bg === null
          ? a > 0
          : Math.abs((png.data[i] ?? 0) - (bg[0] ?? 0)) +
              Math.abs((png.data[i + 1] ?? 0) - (bg[1] ?? 0)) +
              Math.abs((png.data[i + 2] ?? 0) - (bg[2] ?? 0)) >
            24
      )
        n++;
    }
  }
  return n;
}

interface Readout {
  width: number;
  height: number;
  tiles: number;
}

async function sizeReadout(dialog: Locator): Promise<Readout> {
  const text = (await dialog.getByTestId('export-size').textContent()) ?? '';
  const m = /(\d+) × (\d+) px(?:, rendered in (\d+) tiles)?/.exec(text);
  if (!m) throw new Error(`no size in "${text}"`);
  return { width: Number(m[1]), height: Number(m[2]), tiles: Number(m[3] ?? 1) };
}

/**
 * The readout once it shows what `ready` expects: it is redrawn on the render after a setting changes, so reading
 * it straight after the change could see the previous settings' size.
 */
async function readoutWhen(dialog: Locator, ready: (readout: Readout) => boolean): Promise<Readout> {
  await expect.poll(async () => ready(await sizeReadout(dialog))).toBe(true);
  return sizeReadout(dialog);
}

async function save(name: string, bytes: Buffer): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/${name}`, bytes);
}

async function shootDialog(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}` });
}

test.describe('PNG export', () => {
  let errors: string[];
  test.beforeEach(async ({ page }) => {
    errors = collectConsoleErrors(page);
    await openApp(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('whole graph at 2× on white: the readout dimensions, twice the 1× size, real pixels, a notice', async ({
    page,
  }) => {
    const dialog = await openExportDialog(page);
    // The dialog opens at 2×: switching to 1× must change the readout before it is read.
    await expect(dialog.getByLabel('Scale factor')).toHaveValue('2');
    const initial = await sizeReadout(dialog);
    await dialog.getByLabel('Scale factor').selectOption('1');
    const one = await readoutWhen(dialog, (r) => r.width !== initial.width);
    await dialog.getByLabel('Scale factor').selectOption('2');
    const two = await readoutWhen(dialog, (r) => Math.abs(r.width - 2 * one.width) <= 1);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(1);
    await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false');
    await shootDialog(page, 'export-dialog-png.png');

    const { name, bytes } = await exportDownload(page, dialog);
    expect(name).toMatch(/\.png$/);
    await save('export-output-2x.png', bytes);
    const png = decode(bytes);
    expect({ width: png.width, height: png.height }).toEqual({ width: two.width, height: two.height });
    expect(pixel(png, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(ink(png, [255, 255, 255])).toBeGreaterThan(png.width * png.height * 0.01);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Exported ${name}` })).toBeVisible();
    // The web build has no folder to show.
    await expect(page.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  });

  test('current view with a transparent background: window-sized, corners see-through, the graph opaque', async ({
    page,
  }) => {
    const canvas = await page.locator('.graph-canvas').boundingBox();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    await dialog.getByLabel('Scale factor').selectOption('3');
    const readout = await readoutWhen(dialog, (r) => Math.abs(r.width - 3 * Math.round(canvas?.width ?? 0)) <= 3);
    await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false');
    await shootDialog(page, 'export-dialog-transparent.png');
    const { bytes } = await exportDownload(page, dialog);
    await save('export-output-transparent.png', bytes);
    const png = decode(bytes);
    expect({ width: png.width, height: png.height }).toEqual({ width: readout.width, height: readout.height });
    for (const [x, y] of [
      [0, 0],
      [png.width - 1, 0],
      [0, png.height - 1],
      [png.width - 1, png.height - 1],
    ] as const) {
      expect(pixel(png, x, y)[3]).toBe(0);
    }
    expect(ink(png, null)).toBeGreaterThan(png.width * png.height * 0.005);
  });

  test('a target width over the canvas limit is rendered in tiles and stitched with no blank tile', async ({
    page,
  }) => {
    test.setTimeout(360_000);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Width' }).check();
    await dialog.getByLabel('Target width in pixels').fill('9000');
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    const readout = await readoutWhen(dialog, (r) => r.width === 9000);
    expect(readout.tiles).toBeGreaterThan(1);
    const { bytes } = await exportDownload(page, dialog);
    await save('export-output-tiled-full.png', bytes);
    const png = decode(bytes);
    expect({ width: png.width, height: png.height }).toEqual({ width: 9000, height: readout.height });
    // A tile that failed to render would be all-zero pixels; the dark background is opaque everywhere we drew.
    let transparent = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) transparent++;
    expect(transparent).toBe(0);
    // Both sides of the 8192 px seam and every full 2048 px band hold some of the drawing (a short last band can
    // lie wholly in the margin around the graph).
    const dark = [0x16, 0x18, 0x1d];
    expect(ink(png, dark, 0, 0, 8192, png.height)).toBeGreaterThan(1000);
    expect(ink(png, dark, 8192, 0, 9000, png.height)).toBeGreaterThan(100);
    for (let y = 0; y + 2048 <= png.height; y += 2048) {
      expect(ink(png, dark, 0, y, png.width, y + 2048)).toBeGreaterThan(100);
    }
    // Look at it at a viewable size.
    const small = new PNG({ width: 1125, height: Math.ceil(png.height / 8) });
    for (let y = 0; y < small.height; y++) {
      for (let x = 0; x < small.width; x++) {
        png.data.copy(
          small.data,
          (y * small.width + x) * 4,
          (y * 8 * png.width + x * 8) * 4,
          (y * 8 * png.width + x * 8) * 4 + 4,
        );
      }
    }
    await save('export-output-tiled-eighth.png', PNG.sync.write(small));
  });

  test('a fixed layout seed gives the same picture even after the layout was changed', async ({ page }) => {
    const exportSeeded = async () => {
      const dialog = await openExportDialog(page);
      await dialog.getByRole('radio', { name: 'Whole graph' }).check();
      await dialog.getByLabel('Scale factor').selectOption('1');
      await dialog.getByRole('checkbox', { name: 'Use fixed layout seed' }).check();
      await dialog.getByLabel('Layout seed', { exact: true }).fill('7');
      const png = decode((await exportDownload(page, dialog)).bytes);
      return { png, positions: await page.evaluate(() => window.__atlas?.positions() ?? {}) };
    };
    const { png: first, positions: before } = await exportSeeded();
    await page.getByLabel('Layout', { exact: true }).selectOption('circle');
    // Let the animated circle layout settle, so the export starts from a different but still picture.
    await expect(page.getByRole('status').filter({ hasText: /Running .* layout/ })).toHaveCount(0);
    await waitForCanvasAtRest(page);
    const { png: second, positions: after } = await exportSeeded();
    // Equal up to floating-point noise: the same layout, at the same place.
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs((after[id]?.x ?? Infinity) - p.x) + Math.abs((after[id]?.y ?? Infinity) - p.y)).toBeLessThan(
        1e-6,
      );
    }
    expect({ width: second.width, height: second.height }).toEqual({ width: first.width, height: first.height });
    let differing = 0;
    for (let i = 0; i < first.data.length; i += 4)
      if (first.data.readUInt32BE(i) !== second.data.readUInt32BE(i)) differing++;
    if (differing) {
      await save('export-output-seed-first.png', PNG.sync.write(first));
      await save('export-output-seed-second.png', PNG.sync.write(second));
    }
    expect(differing).toBe(0);
  });

  test('a view showing nothing is an error, not a file; Escape closes the dialog', async ({ page }) => {
    const canvas = page.locator('.graph-canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    // Drag the graph far out of the window.
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(box.x + 5, box.y + box.height - 5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 5, box.y + 5, { steps: 4 });
      await page.mouse.up();
    }
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('blank');
    expect(downloaded).toBe(false);
    await shootDialog(page, 'export-dialog-blank-error.png');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
