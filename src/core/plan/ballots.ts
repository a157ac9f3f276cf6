/** The ballots sheet the tool creates (WORKBOOK.md §1.4): one column per qualifying unit, one row per voter. */
import type { Evaluation, SheetPlan, Snapshot } from '../types';
import { PlanBuilder, COLORS, fitWidth } from './builder';
import { BALLOT_SHEET_NAMES, YES_MARKS, NO_MARKS, findBallotSheet } from '../ballots';
import { a1 } from '../snapshot';
import { compareVi } from '../text';
import { WB } from '../../i18n/workbook';

/**
 * Every accepted mark is offered in the in-cell list (Excel compares list entries without regard to case,
 * so `X` and `YES` pass as `x` and `yes`): the list never refuses a mark the tally would count.
 */
export const OFFERED_MARKS = [...new Set([...YES_MARKS, ...NO_MARKS].map((m) => m.toLowerCase()))];

export interface BallotPlanInput {
  candidates: { sheet: string }[];
  voters: string[];
  /** Pre-filled marks (for the sample): voter → candidate sheets voted for. */
  marks?: Record<string, string[]>;
}

export function planBallotSheet(name: string, input: BallotPlanInput): SheetPlan {
  const b = new PlanBuilder('ballots', name);
  const last = 1 + Math.max(1, input.candidates.length);
  b.line(0, 0, last, WB.ballotsTitle, { bold: true, fontSize: 14 });
  b.line(1, 0, last, WB.ballotsHint, { italic: true, wrap: true, fontColor: '#595959' });
  b.height(1, 30);
  const H = 3;
  b.row(H, 0, ['STT', WB.voterHeader, ...input.candidates.map((c) => c.sheet)]);
  b.style(H, 0, H, last, { bold: true, fill: COLORS.header, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true });
  input.voters.forEach((v, i) => {
    const r = H + 1 + i;
    b.set(r, 0, i + 1).set(r, 1, v);
    input.candidates.forEach((c, k) => b.set(r, 2 + k, input.marks?.[v]?.includes(c.sheet) ? 'x' : null));
  });
  const end = H + input.voters.length;
  if (input.voters.length) {
    b.style(H + 1, 0, end, last, { border: 'thin' });
    b.style(H + 1, 2, end, last, { horizontal: 'center' });
    if (input.candidates.length) {
      b.plan.validations = [{ range: `${a1(H + 1, 2)}:${a1(end, 1 + input.candidates.length)}`, type: 'list', list: OFFERED_MARKS, error: WB.markError }];
    }
  }
  b.widths([6, fitWidth([WB.voterHeader, ...input.voters], 18, 40), ...input.candidates.map((c) => fitWidth([c.sheet], 12, 24))]);
  b.plan.freeze = { rows: H + 1, columns: 2 };
  return b.plan;
}

/**
 * A ballots sheet for the units that qualify on results, one row per unit of the roster (or per unit
 * found). Returns null when a ballots sheet already exists: it is never overwritten.
 */
export function planBallots(snapshot: Snapshot, ev: Evaluation): SheetPlan | null {
  // Whatever the reader would take as the ballots sheet (`Phieu bau`, `BALLOTS`…) counts as existing.
  if (findBallotSheet(snapshot)) return null;
  // Both in Vietnamese alphabetical order; voters are every unit of the roster that has a sheet.
  const candidates = ev.units.filter((u) => u.qualifies).map((u) => ({ sheet: u.sheet })).sort((a, b) => compareVi(a.sheet, b.sheet));
  const voters = ev.units.map((u) => u.sheet).sort(compareVi);
  return planBallotSheet(BALLOT_SHEET_NAMES[0], { candidates, voters });
}

export { YES_MARKS, NO_MARKS };
