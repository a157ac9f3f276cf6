/**
 * What to tell the user about a failure. Errors thrown by the workbook port carry a message written for
 * the user (localized by the port); anything else gets a generic sentence. Never a stack trace.
 */
import { PortFailure } from '../core';
import type { Lang } from '../i18n';
import { t } from '../i18n/ui';

/** A port's failure in the current language; any other error's first line; else a generic sentence. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof PortFailure && error.messages[lang]) return error.messages[lang];
  if (error && typeof error === 'object') {
    const msg = (error as { message?: unknown }).message;
    if (typeof msg === 'string' && msg.trim()) return firstLine(msg);
  }
  if (typeof error === 'string' && error.trim()) return firstLine(error);
  return t(lang, 'errorUnknown');
}

// A message is one sentence for a person; a multi-line message is a dump, keep only its first line.
function firstLine(s: string): string {
  return s.split(/\r?\n/)[0].trim();
}

/** An error from a workbook port: its message already says what to do, in both languages. */
export function isPortError(error: unknown): error is PortFailure {
  return error instanceof PortFailure;
}
