// Owns turning file bytes into text: BOM-aware UTF-8/UTF-16 decoding, a size cap, and refusing binary content.
import { GraphFileError } from '../model/graph-errors';

/** TextDecoder is a web standard present in Node and browsers; graph-data's lib has no DOM types, so declare the part we use. */
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}

export function checkSize(fileName: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new GraphFileError(
      fileName,
      `the file is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`,
    );
  }
}

/**
 * A NUL, or many other C0 controls, in the first KB mean bytes that are not a text graph file (an image, an
 * archive). A few stray controls are allowed: CSV and JSON can legitimately carry them in a label.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 1024);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > sample.length / 20;
}

/** Decodes `content` (BOM stripped) and checks size and binary-ness; a string (already text) is only size-checked. */
export function decodeGraphContent(fileName: string, content: string | Uint8Array, maxBytes: number): string {
  let text: string;
  if (typeof content === 'string') {
    // UTF-16 code units: a cheap lower bound of the UTF-8 size that avoids encoding the whole text.
    checkSize(fileName, content.length, maxBytes);
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else {
    checkSize(fileName, content.length, maxBytes);
    const b = content;
    let encoding = 'utf-8';
    let start = 0;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
    else if (b[0] === 0xff && b[1] === 0xfe) {
      encoding = 'utf-16le';
      start = 2;
    } else if (b[0] === 0xfe && b[1] === 0xff) {
      encoding = 'utf-16be';
      start = 2;
    }
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b.subarray(start));
    } catch {
      throw new GraphFileError(
        fileName,
        `the file is not valid ${encoding.toUpperCase()} text (binary content, or UTF-16 without a byte-order mark)`,
      );
    }
  }
  if (typeof content !== 'string' && looksBinary(text)) {
    throw new GraphFileError(fileName, 'the file contains binary data (control characters), not a text graph file');
  }
  if (text.trim() === '') throw new GraphFileError(fileName, 'the file is empty');
  return text;
}
