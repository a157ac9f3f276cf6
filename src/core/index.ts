/**
 * The pure pipeline (DESIGN.md §1): snapshot → evaluation → sheet plans. The only entry points the doors
 * (src/excel, src/xlsx + src/cli, src/functions, src/taskpane) need.
 */
export * from './types';
export { SEVERITY_ORDER, bySeverity } from './issues';
export { evaluate } from './evaluate';
export { planOutputs, OUTPUT_NAMES, TOOL_MARK_NAMES } from './plan/outputs';
export { planTemplate, planSample, rosterForYear, SAMPLE_UNITS } from './plan/template';
export { SUCCESSOR_UNITS, SUCCESSORS_FROM_YEAR } from './plan/sampleData';
export { isProgressIssue, PROGRESS_CODES } from './issues';
export { planBallots, ballotRows } from './plan/ballots';
export { snapshotFromPlans, formatDate, a1, parseA1, colName, parseRange } from './snapshot';
export { parseCount } from './counts';
export { attainment, statusOf, score, percentVi, sharePercentVi, pad2, type DecimalMark } from './rules';
export { cleanText, unitKey, labelKey, compareVi } from './text';
