// Owns the page a PDF export is printed on: its size (bounded to what PDF readers accept) and the HTML that holds the SVG.

/** CSS pixels per inch: printToPDF takes inches, the export gives CSS pixels. */
const CSS_PX_PER_INCH = 96;
/** The largest page side PDF readers accept (Acrobat's limit: 14,400 pt = 200 in); larger drawings are scaled down. */
export const MAX_PAGE_INCHES = 200;

export interface PdfPage {
  /** The page in inches, as printToPDF wants it. */
  inches: { width: number; height: number };
  /** The drawing's size on that page in CSS pixels (the export's own size, or less when it had to shrink). */
  css: { width: number; height: number };
}

/**
 * The page for a drawing of `width` × `height` CSS pixels (already bounded by the IPC schema): the same size, or
 * scaled down to fit the PDF limit. The size comes from the validated request, never from scanning the SVG text.
 */
export function pdfPageFor(width: number, height: number): PdfPage {
  const scale = Math.min(1, (MAX_PAGE_INCHES * CSS_PX_PER_INCH) / Math.max(width, height));
  const css = { width: width * scale, height: height * scale };
  return { inches: { width: css.width / CSS_PX_PER_INCH, height: css.height / CSS_PX_PER_INCH }, css };
}

/** The file name the page's image refers to; the SVG is written next to the page. */
export const PDF_SVG_FILE = 'drawing.svg';

/**
 * The page printed to PDF: the SVG as an image (a file next to the page) sized to the page. An image keeps the SVG
 * out of the page's DOM, and a file is not subject to the 2 MB limit Chromium puts on data URL navigations.
 */
export function printableHtml(page: PdfPage): string {
  const { width, height } = page.css;
  return [
    '<!doctype html><meta charset="utf-8">',
    `<style>@page{margin:0}html,body{margin:0}img{display:block;width:${width}px;height:${height}px}</style>`,
    `<img alt="" src="${PDF_SVG_FILE}">`,
  ].join('');
}
