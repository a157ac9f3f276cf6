/**
 * Issue codes and their severities. Codes are stable (the JSON and the tests rely on them); the words
 * for each live in src/i18n/issues.ts.
 */
import type { Issue, IssueParams, Severity } from './types';

export const ISSUE_SEVERITY = {
  // settings sheet
  SETTINGS_MISSING: 'info',
  SETTING_INVALID: 'error',
  SETTING_DUPLICATE: 'warning',
  CRITERIA_DEFAULT: 'info',
  CRITERION_CODE_MISSING: 'error',
  CRITERION_DUPLICATE_CODE: 'error',
  CRITERION_WEIGHT_INVALID: 'error',
  ROSTER_MISSING: 'info',
  ROSTER_SHEET_MISSING: 'error',
  ROSTER_DUPLICATE: 'error',
  // unit sheets
  NO_UNITS: 'error',
  UNIT_SHEET_MISSING: 'error',
  UNIT_SHEET_AMBIGUOUS: 'error',
  UNIT_SHEET_LOOSE_MATCH: 'warning',
  SHEET_NOT_IN_ROSTER: 'info',
  TABLE_NOT_FOUND: 'error',
  UNIT_NAME_MISMATCH: 'warning',
  AS_OF_MISMATCH: 'warning',
  AS_OF_INVALID: 'warning',
  ROW_UNKNOWN_CRITERION: 'warning',
  CRITERION_ROW_MISSING: 'error',
  CRITERION_ROW_DUPLICATE: 'error',
  // units still to come (§1.3): progress, not mistakes, but ranking waits for them like for any error
  UNIT_NOT_REGISTERED: 'error',
  UNIT_NOT_REPORTED: 'error',
  // counts (§1.3)
  TARGET_MISSING: 'error',
  RESULT_MISSING: 'error',
  COUNT_AS_TEXT: 'warning',
  COUNT_NEGATIVE: 'error',
  COUNT_FRACTION: 'error',
  COUNT_NOT_A_NUMBER: 'error',
  COUNT_BOOLEAN: 'error',
  COUNT_ERROR_VALUE: 'error',
  COUNT_NO_VALUE: 'error',
  TARGET_ZERO: 'error',
  RESULT_SUSPICIOUS: 'warning',
  ATTAINMENT_MISMATCH: 'warning',
  // ranking and nominations
  QUOTA_TIE: 'warning',
  NO_NOMINEES: 'info',
  OUTPUT_RENAMED: 'info',
  // ballots (§1.4)
  BALLOT_HEADER_MISSING: 'error',
  BALLOT_MARK_INVALID: 'error',
  BALLOT_DUPLICATE_VOTER: 'error',
  BALLOT_OVER_QUOTA: 'warning',
  BALLOT_UNKNOWN_CANDIDATE: 'error',
  BALLOT_DUPLICATE_CANDIDATE: 'error',
  BALLOT_NOT_QUALIFIED: 'warning',
  BALLOT_NO_VALID: 'warning',
  BALLOT_NOT_ENTERED: 'warning',
  BALLOT_TALLY_COUNT_INVALID: 'error',
  BALLOT_TALLY_COUNT_MISSING: 'error',
  BALLOT_TALLY_KEY_MISSING: 'error',
  BALLOT_TALLY_VOTES_OVER_VALID: 'error',
  BALLOT_TALLY_VALID_OVER_RETURNED: 'error',
  BALLOT_TALLY_RETURNED_OVER_ISSUED: 'error',
  VOTE_FAILED: 'info',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;
export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** Issues that say how far a unit has come rather than what is wrong: the pane shows them as progress. */
const PROGRESS_CODES: readonly IssueCode[] = ['UNIT_NOT_REGISTERED', 'UNIT_NOT_REPORTED'];
export const isProgressIssue = (i: Issue): boolean => PROGRESS_CODES.includes(i.code);

export function makeIssue(code: IssueCode, sheet: string | null, cell: string | null, params: IssueParams = {}): Issue {
  return { code, severity: ISSUE_SEVERITY[code], sheet, cell, params };
}

/** The one order of severities, everywhere issues are listed: errors, warnings, notes. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes (Array.prototype.sort is stable: the callers' order stays within). */
export function bySeverity(a: Issue, b: Issue): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
