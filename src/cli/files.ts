/** File-system helpers of the command line: the input is never written; outputs appear whole or not at all. */
import { realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Do two paths name the same file (following links; the output may not exist yet)? */
export async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => {
    try {
      return await realpath(p);
    } catch {
      // not there yet: resolve its folder, keep its name
      try {
        return join(await realpath(dirname(resolve(p))), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  const [x, y] = await Promise.all([real(a), real(b)]);
  return x === y || x.normalize('NFC').toLowerCase() === y.normalize('NFC').toLowerCase() && process.platform !== 'linux';
}

/** Writes to a temporary file beside the target, then renames it over: a failed write leaves no half file. */
export async function writeFileAtomic(path: string, bytes: Buffer | Uint8Array): Promise<void> {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
