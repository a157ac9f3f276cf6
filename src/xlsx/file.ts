/** The .xlsx door's only file-system part: a path → bytes → snapshot, with file errors typed. */
import { readFile, stat } from 'node:fs/promises';
import { XlsxReadError } from './errors';
import { readSnapshot, type ReadOptions, type ReadResult } from './read';

export async function readWorkbookFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new XlsxReadError('IS_FOLDER', path);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new XlsxReadError('IS_FOLDER', path);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxReadError('FILE_NOT_FOUND', `${path}: ${code}`);
    if (code === 'EACCES' || code === 'EPERM') throw new XlsxReadError('NO_PERMISSION', `${path}: ${code}`);
    throw new XlsxReadError('FILE_UNREADABLE', `${path}: ${code ?? String(err)}`);
  }
  return readSnapshot(bytes, opts);
}
