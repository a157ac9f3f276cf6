/**
 * Typed failures of the .xlsx door. They carry a code, never user prose: the command line turns the code
 * into a one-line message in the user's language (src/i18n/cli.ts). `message` is for developers only.
 */

/** Why a workbook could not be read. */
export type XlsxReadErrorCode =
  /** the path does not exist */
  | 'FILE_NOT_FOUND'
  /** the path is a folder, not a file */
  | 'IS_FOLDER'
  /** the file may not be read (permissions) */
  | 'NO_PERMISSION'
  /** the path exists but cannot be read for another reason (an I/O error, …) */
  | 'FILE_UNREADABLE'
  /** not a zip package at all (a CSV, a text file, an empty file, …) */
  | 'NOT_XLSX'
  /** an OLE compound file: a legacy .xls workbook or a password-protected .xlsx */
  | 'OLE_FILE'
  /** a zip package that is not a readable workbook (a .docx, a damaged .xlsx, …) */
  | 'CORRUPT_XLSX'
  /** a package whose parts would unpack to more than 200 MB (WORKBOOK.md §5): refused before unpacking */
  | 'TOO_LARGE';

export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  constructor(code: XlsxReadErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'XlsxReadError';
    this.code = code;
  }
}

/** Why planned sheets could not be written. All but WRITE_FAILED point at a bug in the plans, not at the user's file. */
export type XlsxWriteErrorCode =
  /** a sheet name Excel refuses: empty, over 31 characters, `[]:*?/\`, `'` first or last, or `History` */
  | 'BAD_SHEET_NAME'
  /** a planned sheet's name is taken by a sheet the plans do not replace, or by another plan */
  | 'SHEET_EXISTS'
  /** a plan Excel cannot hold: a bad range or colour, a number that is not finite, a list validation
   *  with a comma in an item or over 255 characters in all */
  | 'BAD_PLAN'
  /** the copy could not be produced (the scratch rendering failed, or the package would be too large) */
  | 'WRITE_FAILED';

export class XlsxWriteError extends Error {
  readonly code: XlsxWriteErrorCode;
  /** the sheet concerned, when there is one */
  readonly sheet: string | null;
  constructor(code: XlsxWriteErrorCode, sheet: string | null, detail?: string) {
    super(`${code}${sheet !== null ? `: ${sheet}` : ''}${detail ? ` (${detail})` : ''}`);
    this.name = 'XlsxWriteError';
    this.code = code;
    this.sheet = sheet;
  }
}
