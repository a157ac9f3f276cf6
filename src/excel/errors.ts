/**
 * Excel's failures as the user should read them. Office.js rejects `context.sync()` with an
 * `OfficeExtension.Error` whose `code` says what went wrong; the pane shows `message` (or `messages[lang]`
 * when the user switches language), never a stack trace.
 */
import { PortFailure } from '../core';
import type { Lang } from '../i18n';
import { et, type ExcelMessageKey } from '../i18n/excel';

export type PortErrorCode = ExcelMessageKey;

/** A failure of the Office.js adapter, with its message in both languages (core's PortFailure). */
export class PortError extends PortFailure<PortErrorCode> {
  constructor(
    code: PortErrorCode,
    lang: Lang,
    params: Record<string, string | number> = {},
    /** The Office.js error code behind it, when there is one (for logs and tests). */
    readonly officeCode: string | null = null,
    /** Sheets concerned (SHEETS_EXIST, SHEET_MISSING). */
    sheets: string[] = [],
  ) {
    super(code, { vi: et('vi', code, params), en: et('en', code, params) }, lang, sheets);
    this.name = 'PortError';
  }
}

/** Office.js error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) → what to tell the user. */
const BY_OFFICE_CODE: Record<string, PortErrorCode> = {
  ItemNotFound: 'ITEM_MISSING',
  ItemAlreadyExists: 'NAME_TAKEN',
  InvalidOperationInCellEditMode: 'CELL_EDIT_MODE',
  RequestPayloadSizeLimitExceeded: 'PAYLOAD_TOO_LARGE',
  ResponsePayloadSizeLimitExceeded: 'PAYLOAD_TOO_LARGE',
  RangeExceedsLimit: 'PAYLOAD_TOO_LARGE',
  OperationCellsExceedLimit: 'PAYLOAD_TOO_LARGE',
  // Excel answers "access denied" for a read-only document and for a protected workbook or sheet.
  AccessDenied: 'PROTECTED',
  WorkbookProtected: 'PROTECTED',
  InvalidOperation: 'INVALID_OPERATION',
  ApiNotFound: 'UNSUPPORTED',
  NotImplemented: 'UNSUPPORTED',
  UnsupportedOperation: 'UNSUPPORTED',
  UnsupportedFeature: 'UNSUPPORTED',
  GeneralException: 'GENERAL',
};

function officeCodeOf(error: unknown): string | null {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code ? code : null;
}

const TOO_LARGE = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'];

/** Excel refused a request for its size: the web's 5 MB payload limit, or the 5,000,000-cell read limit. */
export function isPayloadLimit(error: unknown): boolean {
  return TOO_LARGE.includes(officeCodeOf(error) ?? '');
}

/** Any failure inside Excel.run → a PortError (a PortError passes through unchanged). */
export function toPortError(error: unknown, lang: Lang): PortError {
  if (error instanceof PortError) return error;
  const code = officeCodeOf(error);
  const mapped = code ? BY_OFFICE_CODE[code] : undefined;
  if (mapped) return new PortError(mapped, lang, {}, code);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const detail = (message.split(/\r?\n/)[0] || code || String(error)).trim();
  return new PortError('UNKNOWN', lang, { detail }, code);
}
