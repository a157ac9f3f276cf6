/**
 * Raw parts of a written .xlsx, to check what is in the file itself rather than what a reader makes of it.
 * Uses jszip, which exceljs depends on (not a direct dependency of the project).
 */
import JSZip from 'jszip';

export async function partText(buf: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async('string');
}

/** The XML of every worksheet part. */
export async function worksheetXml(buf: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const parts = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  return Promise.all(parts.map((f) => f.async('string')));
}

/** A zip package with the given text parts (to fake packages that are not workbooks). */
export async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}
