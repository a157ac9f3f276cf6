/** The .xlsx door's only file-system part: a path → bytes → snapshot, with file errors typed. */
import { readFile } from 'node:fs/promises';
import { XlsxReadError } from './errors';
import { readSnapshot, type ReadResult } from './read';

export async function readWorkbookFile(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new XlsxReadError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `${path}: ${code ?? String(err)}`);
  }
  return readSnapshot(bytes);
}
