/**
 * The .xlsx door (DESIGN.md §1): the same pipeline on a file, through exceljs. Used by the command line
 * (src/cli), the bench and the tests; never by the add-in, which reads and writes through Office.js.
 */
export { readSnapshot, loadWorkbook, snapshotFromWorkbook, sheetSnapshot, type ReadResult, type XlsxInput } from './read';
export { readWorkbookFile } from './file';
export { writeWithPlans, writeNewWorkbook, addPlannedSheets } from './write';
export { XlsxReadError, XlsxWriteError, type XlsxReadErrorCode, type XlsxWriteErrorCode } from './errors';
export { readMarks, markRef, quoteSheetName } from './names';
