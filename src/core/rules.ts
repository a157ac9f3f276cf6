/** The arithmetic rules of WORKBOOK.md §3, shared by the pipeline and the custom functions. */
import type { Status } from './types';

/** Attainment = result ÷ target (may exceed 1). */
export function attainment(result: number, target: number): number {
  return result / target;
}

/** Decided on the integers: exceeded when every result ≥ target and one is greater; met when all equal. */
export function statusOf(pairs: { target: number; result: number }[]): Status {
  let greater = false;
  for (const p of pairs) {
    if (p.result < p.target) return 'not_met';
    if (p.result > p.target) greater = true;
  }
  return greater ? 'exceeded' : 'met';
}

/** Weighted mean of attainments (weights default to 1). */
export function score(pairs: { target: number; result: number }[], weights?: (number | null | undefined)[]): number {
  let num = 0;
  let den = 0;
  pairs.forEach((p, i) => {
    const w = weights?.[i] ?? 1;
    num += w * attainment(p.result, p.target);
    den += w;
  });
  return den === 0 ? 0 : num / den;
}

const SCORE_EPSILON = 1e-9;

/** Exact comparison of scores: equal within 1e-9. Positive when a > b. */
export function compareScores(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= SCORE_EPSILON ? 0 : d;
}

export const STATUS_ORDER: Record<Status, number> = { exceeded: 0, met: 1, not_met: 2 };

/** `03`, `12`, `00`: the result zero-padded to two digits. */
export function pad2(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

/** The decimal mark of a percentage: Vietnamese `,` (the workbook's), English `.`. */
export type DecimalMark = ',' | '.';

/**
 * The one percent format (workbook, pane, command line, messages): rounded half up to at most one decimal,
 * no trailing zero decimal: `150%`, `66,7%` (`66.7%` with `.`). Attainment is computed on integers so
 * that 2/3 gives 66,7 and not 66,6.
 */
export function percentVi(result: number, target: number, mark: DecimalMark = ','): string {
  return formatTenths(Math.round((result * 1000) / target), mark);
}

/** A share or ratio as a percentage: 13/14 → `92,9%`, 1.5 → `150%` (`92.9%` with `.`). */
export function sharePercentVi(share: number, mark: DecimalMark = ','): string {
  return formatTenths(Math.round(share * 1000 + 1e-9), mark);
}

function formatTenths(tenths: number, mark: DecimalMark): string {
  const whole = Math.trunc(tenths / 10);
  const dec = Math.abs(tenths % 10);
  return dec === 0 ? `${whole}%` : `${whole}${mark}${dec}%`;
}
