/**
 * The .xlsx door (DESIGN.md §1): the same pipeline on a file. The package layer (zip, package, reader,
 * copy, cells) works on Uint8Array with no Node API, for the command line and the web page alike;
 * src/xlsx/file.ts is the only file-system part. Never used by the add-in (Office.js).
 */
export { readSnapshot } from './read';
export { writeWithPlans, writeNewWorkbook } from './write';
