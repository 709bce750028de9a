// E2E: SVG and PDF export through the dialog: well-formed SVG with labels as text, legend/title/caption, literal markup, PDF bytes; shortcut and Cancel.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { SaxesParser } from 'saxes';
import {
  collectConsoleErrors,
  exportDownload,
  openApp,
  openExportDialog,
  openPathsTab,
  openThroughChooser,
  waitForOpened,
} from '../support/app-page';

const SHOTS = 'test-results/screenshots';

/** Parses the SVG (throws if not well-formed) and returns its element names and the text of each <text>. */
function parseSvg(svg: string): { elements: string[]; texts: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: string[] = [];
  const texts: string[] = [];
  let depth = 0;
  parser.on('opentag', (tag) => {
    elements.push(tag.local);
    if (tag.local === 'text') {
      depth++;
      texts.push('');
    }
  });
  parser.on('text', (t) => {
    if (depth > 0) texts[texts.length - 1] += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'text') depth--;
  });
  parser.write(svg).close();
  return { elements, texts };
}

/** Rasterises an SVG in the browser so the test run leaves a picture to look at. */
async function snapshotSvg(page: Page, svg: string, name: string): Promise<void> {
  const view = await page.context().newPage();
  await view.setViewportSize({ width: 1400, height: 1100 });
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await view.setContent(`<img id="svg" src="${uri}" style="max-width:1380px;max-height:1080px">`);
  await view.locator('#svg').evaluate((img: HTMLImageElement) => img.decode());
  await mkdir(SHOTS, { recursive: true });
  await view.locator('#svg').screenshot({ path: `${SHOTS}/${name}` });
  await view.close();
}

test.describe('SVG and PDF export', () => {
  let errors: string[];
  test.beforeEach(async ({ page }) => {
    errors = collectConsoleErrors(page);
    await openApp(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('SVG with legend, title and caption is well-formed and carries the labels as text', async ({ page }) => {
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('checkbox', { name: 'Include legend' }).check();
    await dialog.getByLabel('Title').fill('Alliances & peacebuilding');
    await dialog.getByLabel('Caption').fill('Path: NATO -> African Union (shortest, 2 hops)');
    await expect(dialog.getByTestId('export-size')).toContainText('vector');
    await expect(dialog.getByLabel('Caption')).toHaveValue('Path: NATO -> African Union (shortest, 2 hops)');
    // The preview redraws shortly after the last change; it is busy until then.
    await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false');
    await page.screenshot({ path: `${SHOTS}/export-dialog-svg-legend.png` });
    const { name, bytes } = await exportDownload(page, dialog);
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    const { elements, texts } = parseSvg(svg);
    expect(elements[0]).toBe('svg');
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('foreignObject');
    expect(texts).toContain('NATO');
    expect(texts).toContain('Alliances & peacebuilding');
    expect(texts).toContain('Path: NATO -> African Union (shortest, 2 hops)');
    expect(texts).toContain('Entity types');
    expect(texts).toContain('Relation types');
    expect(texts).toContain('Alliance');
    expect(svg).toContain('<title>Alliances &amp; peacebuilding</title>');
    await writeFile(`${SHOTS}/export-output.svg`, svg);
    await snapshotSvg(page, svg, 'export-output-svg.png');
  });

  test('PDF (web build: svg2pdf + jsPDF) starts with %PDF and has real content', async ({ page }) => {
    test.setTimeout(240_000);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByRole('checkbox', { name: 'Include legend' }).check();
    await dialog.getByLabel('Title').fill('Alliance Atlas');
    const { name, bytes } = await exportDownload(page, dialog);
    expect(name).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    await mkdir(SHOTS, { recursive: true });
    await writeFile(`${SHOTS}/export-output.pdf`, bytes);
  });

  test('labels with markup stay literal text in SVG and PNG; nothing runs', async ({ page }, testInfo) => {
    const fixture = JSON.parse(await readFile('test/fixtures/graphs/small.json', 'utf8'));
    const au = fixture.nodes.find((n: { key: string }) => n.key === 'au');
    au.attributes.label = '<script>x</script> <b>AU</b>';
    const file = testInfo.outputPath('markup.json');
    await writeFile(file, JSON.stringify(fixture));
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });
    await openThroughChooser(page, [file]);
    await waitForOpened(page, 'markup.json');

    let dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByLabel('Title').fill('<i>Title</i>');
    const { bytes } = await exportDownload(page, dialog);
    const svg = bytes.toString('utf8');
    const { elements, texts } = parseSvg(svg);
    expect(elements).not.toContain('script');
    expect(elements).not.toContain('b');
    expect(elements).not.toContain('i');
    expect(texts.join(' ')).toContain('<script>x</script>');
    expect(texts.join(' ')).toContain('<b>AU</b>');
    expect(texts).toContain('<i>Title</i>');
    await snapshotSvg(page, svg, 'export-output-markup-svg.png');

    dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    const png = await exportDownload(page, dialog);
    await writeFile(`${SHOTS}/export-output-markup.png`, png.bytes);
    expect(alerted).toBe(false);
  });

  test('the path query on show is offered as the caption and lands in the SVG', async ({ page }) => {
    await openPathsTab(page);
    await page.getByLabel('Query', { exact: true }).fill('ECOWAS -> Liberia all');
    await page.getByLabel('Query', { exact: true }).press('Enter');
    await expect(page.getByRole('list', { name: 'Path results' }).getByRole('listitem').first()).toBeVisible({
      timeout: 30_000,
    });
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('button', { name: 'Use the path query as caption' }).click();
    // The caption field is filled by the next render, not by the click itself: wait for it.
    await expect(dialog.getByLabel('Caption')).toHaveValue(/ECOWAS.*Liberia/);
    const caption = await dialog.getByLabel('Caption').inputValue();
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    await expect(dialog.getByRole('figure')).toHaveAttribute('aria-busy', 'false');
    await page.screenshot({ path: `${SHOTS}/export-dialog-path-caption.png` });
    const { bytes } = await exportDownload(page, dialog);
    const svg = bytes.toString('utf8');
    expect(parseSvg(svg).texts).toContain(caption);
    await snapshotSvg(page, svg, 'export-output-path-caption-svg.png');
  });

  test('the keyboard shortcut opens the dialog; Cancel closes it and exports nothing', async ({ page }) => {
    await page.locator('.graph-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Focus starts inside and Tab wraps around the dialog instead of leaving it.
    await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeFocused();
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(downloaded).toBe(false);
  });
});
