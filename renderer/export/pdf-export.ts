// Owns PDF export: in the desktop app main prints the SVG (printToPDF); in the web build svg2pdf + jsPDF write vector PDF bytes here.
import type { SavedFile } from '../../graph-data/host-api';
import type { Host } from '../host/host';

/** PDF points per page unit (CSS px): a PDF shown at 100 % is the size the graph had on screen. */
const POINTS_PER_UNIT = 0.75;

export async function svgToPdfBytes(svg: string, width: number, height: number): Promise<Uint8Array> {
  // Loaded on first use: jsPDF and svg2pdf are large and most sessions never export a PDF.
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const w = width * POINTS_PER_UNIT;
  const h = height * POINTS_PER_UNIT;
  const doc = new jsPDF({ unit: 'pt', format: [w, h], orientation: w > h ? 'landscape' : 'portrait', compress: true });
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) throw new Error('The SVG for the PDF is not well-formed.');
  // svg2pdf reads computed styles, which only attached elements have; an invisible holder keeps the page unchanged.
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;width:0;height:0;overflow:hidden';
  holder.append(document.importNode(parsed.documentElement, true));
  document.body.append(holder);
  try {
    const element = holder.firstElementChild;
    if (!element) throw new Error('The SVG for the PDF is empty.');
    await svg2pdf(element, doc, { x: 0, y: 0, width: w, height: h });
  } finally {
    holder.remove();
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

export async function savePdf(
  host: Host,
  name: string,
  svg: string,
  width: number,
  height: number,
): Promise<SavedFile | null> {
  if (host.kind === 'electron') return host.exportPdf(name, svg, { width, height });
  return host.saveFileAs(name, 'pdf', await svgToPdfBytes(svg, width, height));
}
