// Checks the PDF page: its size comes from the validated request (never from the SVG text), capped at what PDF readers accept.
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_INCHES, PDF_SVG_FILE, pdfPageFor, printableHtml } from '../../../main/pdf-page';

describe('pdfPageFor', () => {
  it('keeps the drawing at its size: CSS pixels at 96 per inch', () => {
    expect(pdfPageFor(960, 480)).toEqual({ inches: { width: 10, height: 5 }, css: { width: 960, height: 480 } });
  });
  it('scales a drawing larger than the PDF limit down to it, keeping its proportions', () => {
    const page = pdfPageFor(40_000, 10_000);
    expect(page.inches.width).toBeCloseTo(MAX_PAGE_INCHES, 9);
    expect(page.inches.height).toBeCloseTo(MAX_PAGE_INCHES / 4, 9);
    expect(page.css.width / page.css.height).toBeCloseTo(4, 9);
    const tall = pdfPageFor(100, 1_000_000);
    expect(Math.max(tall.inches.width, tall.inches.height)).toBeCloseTo(MAX_PAGE_INCHES, 9);
  });
});

describe('printableHtml', () => {
  it('sizes the image from the request, whatever the SVG says about itself', () => {
    // The old code read the size out of the SVG with a regex (quadratic on hostile input); a lying SVG no longer matters.
    const html = printableHtml(pdfPageFor(800, 600));
    expect(html).toContain('width:800px;height:600px');
    expect(html).toContain(`<img alt="" src="${PDF_SVG_FILE}">`);
    expect(html).not.toContain('<script');
  });
  it('has no room for the SVG text: it is a separate file, never pasted into the page', () => {
    expect(printableHtml(pdfPageFor(10, 10))).not.toMatch(/<svg/i);
  });
});
