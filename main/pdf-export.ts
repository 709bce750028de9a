// Owns turning an exported SVG into a vector PDF with Chromium's printToPDF, in a throwaway sandboxed window without JavaScript.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { PDF_SVG_FILE, pdfPageFor, printableHtml } from './pdf-page';

export async function renderSvgToPdf(svg: string, width: number, height: number): Promise<Uint8Array> {
  const page = pdfPageFor(width, height);
  const folder = mkdtempSync(join(tmpdir(), 'alliance-atlas-pdf-'));
  const file = join(folder, 'page.html');
  // The window's size does not shape the PDF (the page size does): a small fixed one costs little memory.
  const window = new BrowserWindow({
    show: false,
    width: 800,
    height: 600,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    writeFileSync(join(folder, PDF_SVG_FILE), svg, { mode: 0o600 });
    writeFileSync(file, printableHtml(page), { mode: 0o600 });
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      // Inches; Electron 45 has no marginType any more.
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      pageSize: page.inches,
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}
