// Owns a streaming PNG encoder (RGBA, 8 bit) that takes an image band by band, so an image larger than any canvas is never held whole.
//
// Why hand-written: pngjs needs Node's zlib, stream and Buffer (the renderer has none of them), and every library
// encoder wants the whole image in one buffer. Above the canvas limit we only ever hold one band of rows, and the
// platform's CompressionStream('deflate') (zlib format, exactly what IDAT holds; also in Node ≥ 18) does the compression.

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IDAT chunks are cut at this size; any split is valid PNG, fewer chunks just mean less overhead. */
const IDAT_SIZE = 1 << 20;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function header(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data[8] = 8; // bit depth
  data[9] = 6; // colour type: RGBA
  // 10..12: deflate compression, adaptive filtering, no interlace (all zero)
  return data;
}

async function drain(readable: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  const reader = readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export class PngStreamEncoder {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly compressed: Promise<Uint8Array[]>;
  private rows = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new Error(`PNG size must be positive whole pixels, got ${width} × ${height}.`);
    }
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    // Read while writing: the compressor's queue is small, so writes would stall if nobody drained it.
    this.compressed = drain(stream.readable);
  }

  /** Appends `count` rows of tightly packed RGBA pixels (width × 4 bytes each), top to bottom. */
  async writeRows(rgba: Uint8Array | Uint8ClampedArray, count: number): Promise<void> {
    const stride = this.width * 4;
    if (rgba.length < count * stride) throw new Error('Fewer pixels than rows × width.');
    if (this.rows + count > this.height) throw new Error('More rows than the image height.');
    // Filter type 0 (None) on every row: the cheapest, and deflate already collapses the long flat runs of a graph image.
    const filtered = new Uint8Array(count * (stride + 1));
    for (let r = 0; r < count; r++) {
      filtered.set(rgba.subarray(r * stride, (r + 1) * stride), r * (stride + 1) + 1);
    }
    this.rows += count;
    await this.writer.write(filtered);
  }

  async finish(): Promise<Uint8Array> {
    if (this.rows !== this.height) throw new Error(`PNG has ${this.rows} of ${this.height} rows.`);
    await this.writer.close();
    const zlib = concat(await this.compressed);
    const parts = [SIGNATURE, pngChunk('IHDR', header(this.width, this.height))];
    for (let offset = 0; offset < zlib.length; offset += IDAT_SIZE) {
      parts.push(pngChunk('IDAT', zlib.subarray(offset, offset + IDAT_SIZE)));
    }
    parts.push(pngChunk('IEND', new Uint8Array(0)));
    return concat(parts);
  }

  /** Abandons the image (e.g. a tile failed); the compressor's resources are released. */
  async abort(reason: unknown): Promise<void> {
    await this.writer.abort(reason).catch(() => undefined);
    await this.compressed.catch(() => undefined);
  }
}
