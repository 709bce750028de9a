// Checks FileService behind fake dialogs and a real temp folder: which saves Save may write back to, the renderer's document path checked, known paths, recent list.
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isOpenFailure, SAVE_KINDS, type SaveKind, saveMakesCurrent } from '../../../graph-data/host-api';
import { type FileDialogs, FileService, SAVE_FILTERS, type SaveFilter } from '../../../main/file-service';
import { useTempDirs } from '../../support/temp-dirs';

const tempDir = useTempDirs();

/** Dialogs that answer from a queue, recording what they were asked. */
function fakeDialogs(answers: { open?: (string | null)[]; save?: (string | null)[] }) {
  const asked: { suggestedName: string; filter: SaveFilter; startIn: string | undefined }[] = [];
  const openedIn: (string | undefined)[] = [];
  const dialogs: FileDialogs = {
    chooseFileToOpen: async (startIn) => {
      openedIn.push(startIn);
      return answers.open?.shift() ?? null;
    },
    chooseSavePath: async (suggestedName, filter, startIn) => {
      asked.push({ suggestedName, filter, startIn });
      return answers.save?.shift() ?? null;
    },
  };
  return { dialogs, asked, openedIn };
}

function setup(answers: { open?: (string | null)[]; save?: (string | null)[] } = {}) {
  const dir = tempDir('atlas-files-');
  const userData = tempDir('atlas-userdata-');
  const queue = { open: answers.open ?? [], save: answers.save ?? [] };
  const { dialogs, asked, openedIn } = fakeDialogs(queue);
  const onRecentChange = vi.fn();
  const files = new FileService({ userDataDir: userData, dialogs, onRecentChange });
  const file = (name: string, content = '{}') => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** Save As `kind`, the user choosing `target` in the dialog. */
  const saveTo = (target: string, kind: SaveKind) => {
    queue.save.push(target);
    return files.saveAs({ suggestedName: basename(target), kind, data: `data for ${kind}` });
  };
  return { dir, userData, files, file, asked, openedIn, queue, onRecentChange, saveTo };
}

const text = (path: string) => readFileSync(path, 'utf8');

describe('the rule of which saves make a file current', () => {
  it('is written once in the contract: whole graphs that reopen as one file, and workspaces', () => {
    expect(SAVE_KINDS.filter(saveMakesCurrent)).toEqual(['graph-json', 'gexf', 'graphml', 'workspace']);
  });
  it('gives every save kind a dialog filter; path results as JSON get a JSON filter of their own', () => {
    for (const kind of SAVE_KINDS) expect(SAVE_FILTERS[kind].extensions.length, kind).toBeGreaterThan(0);
    expect(SAVE_FILTERS['json-export']).toEqual({ name: 'JSON', extensions: ['json'] });
    expect(SAVE_FILTERS['json-export']).not.toEqual(SAVE_FILTERS.markdown);
  });
});

describe('FileService', () => {
  it('opens through the dialog, reads the file and lets Save write back to it', async () => {
    const { files, file } = setup();
    const path = file('graph.json', '{"old":true}');
    const withDialog = setup({ open: [path] });
    const opened = await withDialog.files.openWithDialog();
    if (!opened || isOpenFailure(opened)) throw new Error(`not opened: ${JSON.stringify(opened)}`);
    expect(opened.name).toBe('graph.json');
    expect(new TextDecoder().decode(opened.bytes)).toBe('{"old":true}');
    expect(withDialog.files.saveCurrent({ path, data: '{"new":true}' })).toEqual({ path, name: 'graph.json' });
    expect(text(path)).toBe('{"new":true}');
    // Another session never opened it: it may not write there.
    expect(files.saveCurrent({ path, data: 'x' })).toBeNull();
    expect(text(path)).toBe('{"new":true}');
  });

  it('a chosen or recent file that cannot be read is an answer for the user, not a throw', async () => {
    const { dir, file } = setup();
    const fifo = join(dir, 'pipe.json');
    if (process.platform !== 'win32') execFileSync('mkfifo', [fifo]);
    const missing = join(dir, 'gone.json');
    const { files, queue } = setup({ open: [process.platform === 'win32' ? missing : fifo] });
    expect(await files.openWithDialog()).toEqual(
      process.platform === 'win32'
        ? { path: missing, name: 'gone.json', message: 'the file does not exist' }
        : { path: fifo, name: 'pipe.json', message: 'it is not a regular file' },
    );
    // A file on the recent list that was deleted since.
    const later = file('later.json');
    await files.readGraphFile(later);
    rmSync(later);
    expect(await files.openRecent(later)).toEqual({
      path: later,
      name: 'later.json',
      message: 'the file does not exist',
    });
    queue.open.push(null);
    expect(await files.openWithDialog()).toBeNull();
  });

  it('a cancelled open dialog reads nothing', async () => {
    const { files, onRecentChange } = setup({ open: [null] });
    expect(await files.openWithDialog()).toBeNull();
    expect(onRecentChange).not.toHaveBeenCalled();
  });

  it('writes back only to the path the renderer names, and only when this session may write there', async () => {
    const { files, file } = setup();
    const good = file('good.gexf', '<gexf/>');
    const broken = file('broken.json', '{not json');
    await files.readGraphFile(good);
    // The renderer could not parse the second file: its document is still good.gexf, and Save goes there.
    await files.readGraphFile(broken);
    expect(files.saveCurrent({ path: good, data: '<gexf>new</gexf>' })?.path).toBe(good);
    expect(text(good)).toBe('<gexf>new</gexf>');
    expect(text(broken)).toBe('{not json');
    // A path this session never opened or saved: refused, nothing written.
    const stranger = file('stranger.json', 'untouched');
    expect(files.saveCurrent({ path: stranger, data: 'x' })).toBeNull();
    expect(text(stranger)).toBe('untouched');
  });

  it.each(SAVE_KINDS)('Save As %s: Save may write back afterwards exactly when the contract says so', async (kind) => {
    const { files, dir, saveTo } = setup();
    const target = join(dir, `saved.${kind}`);
    const saved = await saveTo(target, kind);
    expect(saved).toEqual({ path: target, name: `saved.${kind}` });
    expect(text(target)).toBe(`data for ${kind}`);
    const back = files.saveCurrent({ path: target, data: 'again' });
    expect(back !== null, kind).toBe(saveMakesCurrent(kind));
    expect(text(target)).toBe(saveMakesCurrent(kind) ? 'again' : `data for ${kind}`);
  });

  it('Save As GEXF and GraphML become the Save target (they did not)', async () => {
    for (const kind of ['gexf', 'graphml'] as const) {
      const { files, dir, saveTo } = setup();
      const target = join(dir, `g.${kind}`);
      await saveTo(target, kind);
      expect(files.saveCurrent({ path: target, data: 'back' })?.path).toBe(target);
      expect(files.recentFiles).toEqual([target]);
    }
  });

  it("asks with the kind's filter and the suggested name; a cancelled dialog writes nothing", async () => {
    const { files, asked, dir } = setup({ save: [null] });
    expect(await files.saveAs({ suggestedName: 'paths.json', kind: 'json-export', data: '{}' })).toBeNull();
    expect(asked).toEqual([
      { suggestedName: 'paths.json', filter: { name: 'JSON', extensions: ['json'] }, startIn: undefined },
    ]);
    expect(files.isKnownPath(join(dir, 'paths.json'))).toBe(false);
  });

  it('knows every path opened or saved this session, exports included, for "Show in folder"', async () => {
    const { files, file, dir, saveTo } = setup();
    const opened = file('a.json');
    await files.readGraphFile(opened);
    const png = join(dir, 'picture.png');
    const pdf = join(dir, 'picture.pdf');
    const csv = join(dir, 'g-edges.csv');
    await saveTo(png, 'png');
    await saveTo(pdf, 'pdf');
    await saveTo(csv, 'csv');
    for (const path of [opened, png, pdf, csv]) expect(files.isKnownPath(path), path).toBe(true);
    expect(files.isKnownPath(join(dir, 'other.png'))).toBe(false);
    expect(files.isKnownPath('/etc/passwd')).toBe(false);
  });

  it('keeps the recent list (opens and current-making saves), persists it, and reports every change', async () => {
    const { files, file, onRecentChange, userData, dir, saveTo } = setup();
    const a = file('a.json');
    const b = file('b.graphml', '<graphml/>');
    await files.readGraphFile(a);
    expect(onRecentChange).toHaveBeenLastCalledWith([a]);
    await files.openRecent(a);
    await files.readGraphFile(b);
    expect(onRecentChange).toHaveBeenLastCalledWith([b, a]);
    await saveTo(join(dir, 'pic.png'), 'png');
    expect(files.recentFiles).toEqual([b, a]);
    expect(onRecentChange).toHaveBeenCalledTimes(3);
    // A new session (a restart) reads the list back.
    const again = new FileService({ userDataDir: userData, dialogs: fakeDialogs({}).dialogs });
    expect(again.recentFiles).toEqual([b, a]);
  });

  it('reopens only paths on its recent list', async () => {
    const { files, file } = setup();
    const a = file('a.json');
    expect(await files.openRecent(a)).toBeNull();
    await files.readGraphFile(a);
    expect((await files.openRecent(a))?.path).toBe(a);
  });

  it('an open that fails names the file and changes nothing it knows', async () => {
    const { files, dir, onRecentChange } = setup();
    const missing = join(dir, 'missing.json');
    await expect(files.readGraphFile(missing)).rejects.toThrow('missing.json: the file does not exist');
    expect(files.isKnownPath(missing)).toBe(false);
    expect(files.saveCurrent({ path: missing, data: 'x' })).toBeNull();
    expect(onRecentChange).not.toHaveBeenCalled();
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO without blocking', async () => {
    const { files, dir } = setup();
    const fifo = join(dir, 'x.json');
    execFileSync('mkfifo', [fifo]);
    await expect(files.readGraphFile(fifo)).rejects.toThrow('x.json: it is not a regular file');
  });

  it('saving through a symbolic link writes the file it points to and keeps the link', async () => {
    const { files, file, dir } = setup();
    const real = file('real.json', 'old');
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    await files.readGraphFile(link);
    files.saveCurrent({ path: link, data: 'new' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(text(real)).toBe('new');
  });

  it('a failed write leaves the old file and reports the error', async () => {
    const dir = tempDir('atlas-files-');
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    const files = new FileService({
      userDataDir: dir,
      dialogs: fakeDialogs({ save: [path] }).dialogs,
      fs: {
        writeAtomic: () => {
          throw new Error('ENOSPC: no space left on device');
        },
      },
    });
    await expect(files.saveAs({ suggestedName: 'a.json', kind: 'graph-json', data: 'new' })).rejects.toThrow(/ENOSPC/);
    expect(text(path)).toBe('old');
    expect(files.saveCurrent({ path, data: 'x' })).toBeNull();
  });

  it('starts each dialog in the folder of the last file opened or saved (Electron would start in Downloads)', async () => {
    const { files, file, dir, asked, openedIn, queue, saveTo, userData } = setup();
    await files.openWithDialog();
    expect(openedIn).toEqual([undefined]);
    await files.readGraphFile(file('a.json'));
    queue.open.push(null);
    await files.openWithDialog();
    expect(openedIn.at(-1)).toBe(dir);
    const elsewhere = tempDir('atlas-elsewhere-');
    await saveTo(join(elsewhere, 'picture.png'), 'png');
    expect(asked.at(-1)?.startIn).toBe(dir);
    queue.open.push(null);
    await files.openWithDialog();
    expect(openedIn.at(-1)).toBe(elsewhere);
    // A new session starts where the most recent file is.
    const next = fakeDialogs({ open: [null] });
    await new FileService({ userDataDir: userData, dialogs: next.dialogs }).openWithDialog();
    expect(next.openedIn).toEqual([dir]);
  });
});
