// Owns every write to the user's disk: temp file in the same folder, flush, rename; the temp file is removed on failure; a symbolic link stays a link.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The fs calls the atomic write needs; injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  statSync(path: string): { mode: number };
  lstatSync(path: string): { isSymbolicLink(): boolean };
  readlinkSync(path: string): string;
}

const realFs: AtomicWriteFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer) => nodeFs.writeSync(fd, buffer),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
  statSync: (path) => nodeFs.statSync(path),
  lstatSync: (path) => nodeFs.lstatSync(path),
  readlinkSync: (path) => nodeFs.readlinkSync(path),
};

/** The kernel's own limit on links followed in one path lookup (Linux MAXSYMLINKS). */
const MAX_LINK_HOPS = 40;

/**
 * The file a write to `target` should replace: `target` itself, or, when it is a symbolic link, the file the link
 * (or chain of links) points to, which need not exist yet. Renaming over the link itself would turn the user's link
 * into a regular file and leave the file it pointed to unchanged.
 */
export function resolveWriteTarget(target: string, fs: Pick<AtomicWriteFs, 'lstatSync' | 'readlinkSync'>): string {
  let current = resolve(target);
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
    let isLink: boolean;
    try {
      isLink = fs.lstatSync(current).isSymbolicLink();
    } catch {
      return current; // nothing there yet: a new file
    }
    if (!isLink) return current;
    current = resolve(dirname(current), fs.readlinkSync(current));
  }
  throw Object.assign(new Error(`${basename(target)}: too many levels of symbolic links`), { code: 'ELOOP' });
}

function tempPathFor(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

/**
 * Writes `content` to `target` so that readers see either the old file or the whole new one, never a mix:
 * a failure at any step leaves the old file byte-identical and removes the temp file.
 */
export function atomicWriteFileSync(requested: string, content: string | Uint8Array, fs: AtomicWriteFs = realFs): void {
  const target = resolveWriteTarget(requested, fs);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let mode = 0o644;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    // A new file: keep the default mode.
  }
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    let written = 0;
    while (written < bytes.length) {
      written += fs.writeSync(fd, bytes.subarray(written));
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: the original error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temp file may never have been created.
    }
    throw error;
  }
}
