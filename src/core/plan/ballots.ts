/** The ballots sheet the tool creates (WORKBOOK.md §1.4): one column per qualifying unit, one row per voter. */
import type { Evaluation, SheetPlan, Snapshot } from '../types';
import { PlanBuilder, COLORS, fitWidth } from './builder';
import { BALLOT_SHEET_NAMES, YES_MARKS, NO_MARKS, findBallotSheet, ballotRows } from '../ballots';
import { a1 } from '../snapshot';
import { compareVi } from '../text';
import { WB, fill } from '../words';

/**
 * Every accepted mark is offered in the in-cell list (Excel compares list entries without regard to case,
 * so `X` and `YES` pass as `x` and `yes`): the list never refuses a mark the tally would count.
 */
export const OFFERED_MARKS = [...new Set([...YES_MARKS, ...NO_MARKS].map((m) => m.toLowerCase()))];

export interface BallotPlanInput {
  candidates: { sheet: string }[];
  /**
   * Named ballots: one row per voter, headed `Đơn vị bỏ phiếu` (an open vote, or the sample). Without it,
   * anonymous ballots (§1.4 v2, the default): `Phiếu số 1` … one row per ballot.
   */
  voters?: string[];
  /** Anonymous ballots: how many rows (one per unit of the roster). */
  ballots?: number;
  /** Pre-filled marks (for the sample): voter → candidate sheets voted for. */
  marks?: Record<string, string[]>;
}

export function planBallotSheet(name: string, input: BallotPlanInput): SheetPlan {
  const b = new PlanBuilder('ballots', name);
  const named = input.voters !== undefined;
  const ids = named ? input.voters! : Array.from({ length: input.ballots ?? 0 }, (_, i) => fill(WB.ballotNo, { n: i + 1 }));
  // Named: STT | voter | candidates…; anonymous: ballot | candidates….
  const first = named ? 2 : 1;
  const last = first - 1 + Math.max(1, input.candidates.length);
  b.line(0, 0, last, WB.ballotsTitle, { bold: true, fontSize: 14 });
  b.line(1, 0, last, named ? WB.ballotsHint : WB.ballotsHintAnonymous, { italic: true, wrap: true, fontColor: '#595959' });
  b.height(1, named ? 30 : 45);
  const H = 3;
  b.row(H, 0, [...(named ? ['STT', WB.voterHeader] : [WB.ballotNoHeader]), ...input.candidates.map((c) => c.sheet)]);
  b.style(H, 0, H, last, { bold: true, fill: COLORS.header, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true });
  ids.forEach((v, i) => {
    const r = H + 1 + i;
    if (named) b.set(r, 0, i + 1).set(r, 1, v);
    else b.set(r, 0, v);
    input.candidates.forEach((c, k) => b.set(r, first + k, input.marks?.[v]?.includes(c.sheet) ? 'x' : null));
  });
  const end = H + ids.length;
  if (ids.length) {
    b.style(H + 1, 0, end, last, { border: 'thin' });
    b.style(H + 1, first, end, last, { horizontal: 'center' });
    if (input.candidates.length) {
      b.plan.validations = [{ range: `${a1(H + 1, first)}:${a1(end, first - 1 + input.candidates.length)}`, type: 'list', list: OFFERED_MARKS, error: WB.markError }];
    }
  }
  const candidateWidths = input.candidates.map((c) => fitWidth([c.sheet], 12, 24));
  b.widths(named ? [6, fitWidth([WB.voterHeader, ...ids], 18, 40), ...candidateWidths] : [fitWidth([WB.ballotNoHeader, ...ids], 12, 20), ...candidateWidths]);
  b.plan.freeze = { rows: H + 1, columns: first };
  return b.plan;
}

/**
 * A ballots sheet for the units that qualify on results: anonymous by default, one ballot row per unit of
 * the roster; named on request (one row per unit that has a sheet). Returns null when a ballots sheet
 * already exists: it is never overwritten.
 */
export function planBallots(snapshot: Snapshot, ev: Evaluation, opts: { named?: boolean } = {}): SheetPlan | null {
  // Whatever the reader would take as the ballots sheet (`Phieu bau`, `BALLOTS`…) counts as existing.
  if (findBallotSheet(snapshot)) return null;
  const candidates = ev.units.filter((u) => u.qualifies).map((u) => ({ sheet: u.sheet })).sort((a, b) => compareVi(a.sheet, b.sheet));
  if (opts.named) return planBallotSheet(BALLOT_SHEET_NAMES[0], { candidates, voters: ev.units.map((u) => u.sheet).sort(compareVi) });
  return planBallotSheet(BALLOT_SHEET_NAMES[0], { candidates, ballots: ballotRows(ev) });
}
