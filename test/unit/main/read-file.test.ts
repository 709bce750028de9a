// Checks reading a file main was asked to open: regular files under the cap only, a FIFO refused at once instead of blocking, clear reasons.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileReadError, readRegularFile } from '../../../main/read-file';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs();

const dir = tempDir('atlas-read-');
let writer: ChildProcess | undefined;
afterEach(() => {
  writer?.kill('SIGKILL');
  writer = undefined;
});

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const path = join(dir, 'graph.json');
    writeFileSync(path, '{"nodes":[]}');
    expect(new TextDecoder().decode(await readRegularFile(path, 1024))).toBe('{"nodes":[]}');
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect((await readRegularFile(empty, 1024)).byteLength).toBe(0);
  });

  it('reads a file of exactly the cap and refuses one byte more, before reading it', async () => {
    const path = join(dir, 'exact.json');
    writeFileSync(path, 'x'.repeat(64));
    expect((await readRegularFile(path, 64)).byteLength).toBe(64);
    await expect(readRegularFile(path, 63)).rejects.toThrow('exact.json: the file is too large');
  });

  it('follows a symbolic link to a regular file', async () => {
    const target = join(dir, 'target.json');
    writeFileSync(target, '{}');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    expect(new TextDecoder().decode(await readRegularFile(link, 1024))).toBe('{}');
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO named like a graph at once, without waiting for a writer',
    async () => {
      const fifo = join(dir, 'x.json');
      execFileSync('mkfifo', [fifo]);
      // A writer that shows up after 3 s: a read that blocks on the FIFO (as readFileSync did) would get its bytes
      // then and resolve; the fix refuses the FIFO before opening it, so the writer is never needed (and killed).
      writer = spawn('sh', ['-c', `sleep 3; printf '{}' > '${fifo}'`], { stdio: 'ignore' });
      const outcome = await readRegularFile(fifo, 1024).then(
        () => 'read',
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(FileReadError);
      expect((outcome as FileReadError).message).toBe('x.json: it is not a regular file');
    },
  );

  it('says why in words: missing file, folder, no permission', async () => {
    await expect(readRegularFile(join(dir, 'missing.json'), 1024)).rejects.toThrow(
      'missing.json: the file does not exist',
    );
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    await expect(readRegularFile(folder, 1024)).rejects.toThrow('folder.json: it is not a regular file');
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.json');
      writeFileSync(locked, '{}', { mode: 0o000 });
      await expect(readRegularFile(locked, 1024)).rejects.toThrow('locked.json: permission denied');
    }
  });

  it('refuses devices', async () => {
    if (process.platform === 'win32') return;
    const error = await readRegularFile('/dev/zero', 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).reason).toBe('it is not a regular file');
  });
});
