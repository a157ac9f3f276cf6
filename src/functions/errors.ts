/**
 * The one place that builds the error values the custom functions return. Inside Excel it is a
 * `CustomFunctions.Error` (shown as `#VALUE!`, `#N/A`, `#DIV/0!` with the message in the error menu);
 * anywhere else (jest, a browser without the custom-functions runtime) it is a plain `FunctionError`, so
 * the functions stay importable and testable as plain functions.
 */
import { langFromLocale, type Lang } from '../i18n';

export type ErrorValue = '#VALUE!' | '#N/A' | '#DIV/0!';

/** The Excel error each value stands for, as named by `CustomFunctions.ErrorCode`. */
const CODE_KEY: Record<ErrorValue, string> = { '#VALUE!': 'invalidValue', '#N/A': 'notAvailable', '#DIV/0!': 'divisionByZero' };

/** Excel shows a custom message only for #VALUE! and #N/A; it rejects one on other errors. */
const TAKES_MESSAGE: Record<ErrorValue, boolean> = { '#VALUE!': true, '#N/A': true, '#DIV/0!': false };

/** What the functions return outside Excel; `code` is the error as Excel would show it. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorValue,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionError';
  }
}

interface CustomFunctionsRuntime {
  Error: new (code: unknown, message?: string) => unknown;
  ErrorCode: Record<string, unknown>;
}

function runtime(): CustomFunctionsRuntime | null {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return cf && typeof cf.Error === 'function' && cf.ErrorCode ? (cf as CustomFunctionsRuntime) : null;
}

/** An error value for a cell: a `CustomFunctions.Error` in Excel, a `FunctionError` elsewhere. */
export function makeError(code: ErrorValue, message: string): unknown {
  const cf = runtime();
  if (!cf) return new FunctionError(code, message);
  const errorCode = cf.ErrorCode[CODE_KEY[code]];
  return TAKES_MESSAGE[code] ? new cf.Error(errorCode, message) : new cf.Error(errorCode);
}

/** Is this one of the error values built by makeError (in either world)? */
export function isErrorValue(v: unknown): boolean {
  if (v instanceof FunctionError) return true;
  const cf = runtime();
  return cf !== null && v instanceof cf.Error;
}

/** The language of the messages: Office's display language when the add-in runs in Office, else Vietnamese. */
export function messageLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return langFromLocale(office?.context?.displayLanguage);
  } catch {
    // Office.context throws before Office is initialized: fall back to the product's default language.
    return 'vi';
  }
}
