/**
 * The pure pipeline (DESIGN.md §1): snapshot → evaluation → sheet plans, and the rules the doors share
 * (sheet names, marks, cells, dates, percentages). The one entry: the doors (src/excel, src/xlsx + src/cli,
 * src/functions, src/taskpane, src/memory) and src/i18n import core from here only (eslint.config.mjs).
 */
export * from './types';
export { SEVERITY_ORDER, bySeverity, type IssueCode } from './issues';
export { evaluate } from './evaluate';
export { planOutputs, summaryLine, OUTPUT_NAMES, TOOL_MARK_NAMES } from './plan/outputs';
export {
  sameSheetName,
  indexOfSheetName,
  sheetNameProblem,
  nextFreeName,
  quoteSheetName,
  markRef,
  sheetOfRef,
} from './plan/names';
export { planTemplate, planSample, SAMPLE_UNITS } from './plan/template';
export { isProgressIssue } from './issues';
export { planImport, importEdits, type ReturnedFile, type CellChange, type ImportIssue, type ImportCode, type ImportPlan } from './import';
export { planBallots } from './plan/ballots';
export { BALLOT_SHEET_NAMES, findBallotSheet, ballotRows } from './ballots';
export { snapshotFromPlans, formatDate, a1, parseA1, colName, parseRange, rangeA1, serialFromDate, ERROR_VALUES } from './snapshot';
export { parseCount } from './counts';
export { attainment, statusOf, score, percentVi, sharePercentVi, type DecimalMark } from './rules';
export { unitKey, compareVi } from './text';
export { WB, STATUS_LABEL_VI, fill } from './words';
export { parseRoster, rosterForYear, type RosterProblem } from './roster';
export { PortFailure } from './portFailure';
/** The settings sheet's keys, Vietnamese first then English: the pane names each setting by them. */
export { SETTING_LABELS } from './settings';
