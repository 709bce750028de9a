// Owns reading a file the user asked main to open: stat first, only a regular file under the cap, read asynchronously so a slow or hostile path never blocks main.
import { constants } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AtlasError } from '../graph-data/model/errors';

/** A file that could not be read; the message names the file and says why in words, for the user. */
export class FileReadError extends AtlasError {
  readonly path: string;
  /** Why, without the file's name: "the file does not exist". */
  readonly reason: string;
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`${basename(path)}: ${reason}`, options);
    this.name = 'FileReadError';
    this.path = path;
    this.reason = reason;
  }
}

const READ_CHUNK = 1024 * 1024;

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return typeof code === 'string' ? `it could not be read (${code})` : 'it could not be read';
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function checkStats(path: string, info: { isFile(): boolean; size: number }, maxBytes: number): void {
  // FIFOs, sockets and devices could block a read forever or never end: only plain files are graph files.
  if (!info.isFile()) throw new FileReadError(path, 'it is not a regular file');
  if (info.size > maxBytes) {
    throw new FileReadError(
      path,
      `the file is too large (${formatMiB(info.size)}; the limit is ${formatMiB(maxBytes)})`,
    );
  }
}

/**
 * Reads `path` whole, refusing anything but a regular file of at most `maxBytes`. The size is checked before any
 * byte is read, and again while reading (the file may grow), so memory never exceeds the cap.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    checkStats(path, await stat(path), maxBytes);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(path, describeFsError(error), { cause: error });
  }
  let handle: FileHandle;
  try {
    // Non-blocking: should the path have been swapped for a FIFO since the stat, opening it still returns at once
    // (and the check on the open handle below refuses it). Windows has no O_NONBLOCK and no FIFOs at paths.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new FileReadError(path, describeFsError(error), { cause: error });
  }
  try {
    checkStats(path, await handle.stat(), maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileReadError(path, `the file grew past the limit of ${formatMiB(maxBytes)}`);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(path, describeFsError(error), { cause: error });
  } finally {
    await handle.close();
  }
}
