/** A small helper to fill a SheetPlan cell by cell (0-based rows and columns). */
import type { PlanRole, PlanStyle, PlanValue, SheetPlan } from '../types';
import { rangeA1 } from '../snapshot';

export const COLORS = {
  header: '#DDEBF7',
  headerDark: '#1F4E79',
  total: '#F2F2F2',
  exceeded: '#E2EFDA',
  met: '#FFF2CC',
  notMet: '#FCE4D6',
  // light: a data bar prints under the score's digits, which must stay readable in black and white
  dataBar: '#BDD7EE',
  tab: '#217346',
} as const;

export class PlanBuilder {
  readonly plan: SheetPlan;
  constructor(role: PlanRole, name: string) {
    this.plan = { role, name, values: [], styles: [], merges: [], columnWidths: [] };
  }
  set(r: number, c: number, v: PlanValue): this {
    const rows = this.plan.values;
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < c) row.push(null);
    row[c] = v;
    return this;
  }
  row(r: number, c0: number, values: PlanValue[]): this {
    values.forEach((v, i) => this.set(r, c0 + i, v));
    return this;
  }
  style(r0: number, c0: number, r1: number, c1: number, s: Omit<PlanStyle, 'range'>): this {
    this.plan.styles.push({ range: rangeA1(r0, c0, r1, c1), ...s });
    return this;
  }
  merge(r0: number, c0: number, r1: number, c1: number): this {
    if (r0 !== r1 || c0 !== c1) this.plan.merges.push(rangeA1(r0, c0, r1, c1));
    return this;
  }
  /** A merged line of text across columns c0..c1. */
  line(r: number, c0: number, c1: number, text: string, s: Omit<PlanStyle, 'range'> = {}): this {
    this.set(r, c0, text);
    this.merge(r, c0, r, c1);
    this.style(r, c0, r, c1, s);
    // Vietnamese capitals carry marks above the cap height (Ắ, Ề): a large font needs a taller row or
    // the marks are clipped.
    if (s.fontSize && s.fontSize > 11 && !this.plan.rowHeights?.[r + 1]) this.height(r, Math.round(s.fontSize * 1.7));
    return this;
  }
  height(r: number, points: number): this {
    (this.plan.rowHeights ??= {})[r + 1] = points;
    return this;
  }
  widths(w: number[]): this {
    this.plan.columnWidths = w;
    return this;
  }
}

/** Column width (in characters) that fits the longest line of the texts, within bounds. */
export function fitWidth(texts: (string | number | null | undefined)[], min: number, max: number): number {
  let w = min;
  for (const t of texts) {
    if (t === null || t === undefined) continue;
    for (const line of String(t).split('\n')) w = Math.max(w, Math.ceil(line.length * 1.1) + 2);
  }
  return Math.min(w, max);
}
