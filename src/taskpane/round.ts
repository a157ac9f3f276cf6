/**
 * Where the round stands (WORKBOOK.md §1.3 units still to come): an empty workbook (nothing to check yet:
 * the pane leads to the template), a round in progress (units still to register or report: the pane leads
 * with who is still to come, not with the errors those blank sheets make), or a workbook to check.
 */
import { isProgressIssue, type Evaluation, type Issue } from '../core';
import { firstError } from './groupIssues';

export type RoundStage = 'empty' | 'in_progress' | 'complete';

export function roundStage(ev: Evaluation): RoundStage {
  if (ev.settingsSheet === null && ev.foundUnits === 0) return 'empty';
  const p = ev.progress;
  return p.toRegister.length + p.toReport.length > 0 ? 'in_progress' : 'complete';
}

export type ProgressKind = 'toRegister' | 'toReport' | 'partial';

export interface ProgressEntry {
  kind: ProgressKind;
  sheet: string;
  /** The cell to go to: the unit's first blank cell (its progress issue, or its first error). */
  cell: string | null;
}

/**
 * Units still to come, in the order of each list (the workbook's order), grouped by what they still owe. A
 * roster unit without a sheet is an error of the check (named there), not a unit to go to.
 */
export function progressEntries(ev: Evaluation): Record<ProgressKind, ProgressEntry[]> {
  const cellOf = (sheet: string): string | null => {
    const own = ev.issues.filter((i) => i.sheet === sheet);
    return (own.find(isProgressIssue) ?? firstError(own))?.cell ?? null;
  };
  const entries = (kind: ProgressKind, sheets: string[]) => sheets.map((sheet) => ({ kind, sheet, cell: cellOf(sheet) }));
  const p = ev.progress;
  return {
    toRegister: entries('toRegister', p.toRegister),
    toReport: entries('toReport', p.toReport),
    partial: entries('partial', p.partial),
  };
}

/** Units that still owe something (to register, to report, or to finish filling in). */
export function unitsToCome(ev: Evaluation): number {
  const p = ev.progress;
  return p.toRegister.length + p.toReport.length + p.partial.length + p.missing.length;
}

/** The issues the check lists beside the progress view: the progress issues are in the view itself. */
export function issuesBesideProgress(ev: Evaluation, stage: RoundStage): Issue[] {
  return stage === 'in_progress' ? ev.issues.filter((i) => !isProgressIssue(i)) : ev.issues;
}
