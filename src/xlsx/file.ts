/** The .xlsx door's only file-system part: a path → bytes → snapshot, with file errors typed. */
import { readFile, stat } from 'node:fs/promises';
import { XlsxReadError } from './errors';
import { readSnapshot, type ReadOptions, type ReadResult } from './read';

/** A file-system error of reading `path`, typed (exported for its tests). */
export function readErrorOf(path: string, err: unknown): XlsxReadError {
  if (err instanceof XlsxReadError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EISDIR') return new XlsxReadError('IS_FOLDER', path);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new XlsxReadError('FILE_NOT_FOUND', `${path}: ${code}`);
  if (code === 'EACCES' || code === 'EPERM') return new XlsxReadError('NO_PERMISSION', `${path}: ${code}`);
  return new XlsxReadError('FILE_UNREADABLE', `${path}: ${code ?? String(err)}`);
}

export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new XlsxReadError('IS_FOLDER', path);
    bytes = await readFile(path);
  } catch (err) {
    throw readErrorOf(path, err);
  }
  return readSnapshot(bytes, opts);
}
