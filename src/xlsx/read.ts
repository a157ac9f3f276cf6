/**
 * Reads .xlsx bytes into the pipeline's Snapshot (src/xlsx/reader.ts) and hands the opened package back,
 * so that `writeWithPlans` can write a copy that keeps every part of the input. No `fs` here:
 * src/xlsx/file.ts reads paths.
 */
import type { Snapshot } from '../core';
import { XlsxPackage, type OpenOptions, type XlsxInput } from './package';
import { readPackage, type ReadStats } from './reader';

export type { XlsxInput };

export interface ReadResult {
  snapshot: Snapshot;
  /** the input package, for a lossless copy */
  pkg: XlsxPackage;
}

export interface ReadOptions extends OpenOptions {
  /** filled with what the read allocated (tests of the read bounds) */
  stats?: ReadStats;
}

/**
 * Reads .xlsx bytes. Throws XlsxReadError: NOT_XLSX (not a zip, or a zip without a workbook), OLE_FILE
 * (.xls or password-protected), TOO_LARGE (over 200 MB unpacked, refused before inflating), CORRUPT_XLSX.
 */
export function readSnapshotSync(input: XlsxInput, opts: ReadOptions = {}): ReadResult {
  const pkg = XlsxPackage.open(input, opts);
  const { snapshot } = readPackage(pkg, opts.stats);
  return { snapshot, pkg };
}

/** The same, as a promise (the door's historical shape). */
export async function readSnapshot(input: XlsxInput, opts: ReadOptions = {}): Promise<ReadResult> {
  return readSnapshotSync(input, opts);
}
