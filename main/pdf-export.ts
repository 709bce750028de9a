// Owns turning an exported SVG into a vector PDF with Chromium's printToPDF, in a throwaway sandboxed window.
import { BrowserWindow } from 'electron';

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(svg)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(svg)?.[1] ?? 600);
  return { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
}

export async function renderSvgToPdf(svg: string): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const window = new BrowserWindow({
    show: false,
    width: Math.ceil(width),
    height: Math.ceil(height),
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    const html = `<!doctype html><meta charset="utf-8"><style>@page{margin:0}html,body{margin:0}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`;
    await window.loadURL(`data:text/html;base64,${Buffer.from(html).toString('base64')}`);
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      margins: { marginType: 'none' },
      // CSS pixels are 1/96 inch; printToPDF takes inches.
      pageSize: { width: width / 96, height: height / 96 },
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
