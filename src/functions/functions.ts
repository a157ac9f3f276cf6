/**
 * The THIDUA custom functions (namespace in manifest.xml). Thin over core: the rules live in
 * src/core/rules.ts, the count verdicts in src/core/counts.ts. They compute only, never write to the
 * workbook. custom-functions-metadata-plugin reads the JSDoc below to write functions.json and appends
 * the `CustomFunctions.associate` calls to this file in the bundle, so jest imports it as plain functions.
 * Ids (ATTAINMENT, STATUS, SCORE) never change once published: workbooks store them.
 */
import { attainment, score, statusOf } from '../core';
import { STATUS_LABEL_VI } from '../core';
import { ft } from '../i18n/functions';
import { asMatrix, cellCount, flatten, readCount, readTarget, readWeight, shapeOf, shapeText, type Matrix } from './cells';
import { makeError, messageLang } from './errors';
import type { Lang } from '../i18n';

/**
 * Attainment: result ÷ target (1.5 shows as 150% in a percent-formatted cell). Give two cells, or two
 * ranges of the same size to get one attainment per cell (the results spill).
 * Blank target or result: #N/A. Target 0: #DIV/0!. Negative, fractional or non-numeric count: #VALUE!.
 * @customfunction ATTAINMENT ATTAINMENT
 * @helpurl https://localhost:3000/help.html#attainment
 * @param {any[][]} result Result achieved: a whole number from 0 (text digits such as "03" are accepted), or a range of results.
 * @param {any[][]} target Registered target: a whole number from 1, or a range of targets the same size as the results.
 * @returns {any[][]} result ÷ target, one per cell.
 */
export function ATTAINMENT(result: unknown[][], target: unknown[][]): unknown[][] {
  const lang = messageLang();
  const r = asMatrix(result);
  const t = asMatrix(target);
  const rs = shapeOf(r);
  const ts = shapeOf(t);
  const single = (m: { rows: number; cols: number }) => m.rows === 1 && m.cols === 1;
  // One value against a range is applied to every cell of the range, as Excel's own arithmetic does.
  if (!single(rs) && !single(ts) && (rs.rows !== ts.rows || rs.cols !== ts.cols)) {
    throw makeError('#VALUE!', ft(lang, 'SHAPE_MISMATCH', { a: shapeText(r), b: shapeText(t) }));
  }
  const out = single(rs) ? ts : rs;
  const at = (m: Matrix, i: number, j: number) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[i]?.[j]);
  const rows: unknown[][] = [];
  for (let i = 0; i < out.rows; i++) {
    const row: unknown[] = [];
    for (let j = 0; j < out.cols; j++) row.push(one(at(r, i, j), at(t, i, j), lang));
    rows.push(row);
  }
  return rows;
}

function one(result: unknown, target: unknown, lang: Lang): unknown {
  const t = readTarget(target, lang, null);
  if (!t.ok) return t.error;
  const r = readCount(result, 'result', lang, null);
  if (!r.ok) return r.error;
  return attainment(r.value, t.value);
}

/**
 * Status of a unit over its criteria: "Vượt chỉ tiêu" (every result ≥ its target, one greater),
 * "Hoàn thành chỉ tiêu" (every result equals its target) or "Chưa hoàn thành".
 * @customfunction STATUS STATUS
 * @helpurl https://localhost:3000/help.html#status
 * @param {any[][]} results The unit's results, one cell per criterion.
 * @param {any[][]} targets The unit's targets, as many cells as results, in the same order.
 * @returns {string} The status label, in Vietnamese as written in the workbook.
 */
export function STATUS(results: unknown[][], targets: unknown[][]): string {
  const lang = messageLang();
  const pairs = readPairs(results, targets, lang);
  return STATUS_LABEL_VI[statusOf(pairs)];
}

/**
 * Score of a unit: the weighted mean of its attainments (result ÷ target per criterion).
 * @customfunction SCORE SCORE
 * @helpurl https://localhost:3000/help.html#score
 * @param {any[][]} results The unit's results, one cell per criterion.
 * @param {any[][]} targets The unit's targets, as many cells as results, in the same order.
 * @param {any[][]} [weights] Weights of the criteria (positive numbers; blank means 1), as many cells as results.
 * @returns {number} The weighted mean of the attainments.
 */
export function SCORE(results: unknown[][], targets: unknown[][], weights?: unknown[][]): number {
  const lang = messageLang();
  const pairs = readPairs(results, targets, lang);
  if (weights === undefined || weights === null) return score(pairs);
  const w = asMatrix(weights);
  const flat = flatten(w);
  if (flat.length === 1 && pairs.length > 1 && (flat[0] === null || flat[0] === undefined || flat[0] === '')) return score(pairs);
  if (flat.length !== pairs.length) {
    throw makeError('#VALUE!', ft(lang, 'COUNT_MISMATCH', { a: ft(lang, 'weight'), n: flat.length, b: ft(lang, 'result'), m: pairs.length }));
  }
  const values = flat.map((v, i) => {
    const c = readWeight(v, lang, flat.length > 1 ? i + 1 : null);
    if (!c.ok) throw c.error;
    return c.value;
  });
  return score(pairs, values);
}

/** Pairs (target, result) of two ranges with as many cells, row by row; the first bad cell is thrown. */
function readPairs(results: unknown, targets: unknown, lang: Lang): { target: number; result: number }[] {
  const r = asMatrix(results);
  const t = asMatrix(targets);
  const n = cellCount(r);
  const m = cellCount(t);
  if (n !== m) throw makeError('#VALUE!', ft(lang, 'COUNT_MISMATCH', { a: ft(lang, 'result'), n, b: ft(lang, 'target'), m }));
  if (n === 0) throw makeError('#N/A', ft(lang, 'NOTHING'));
  const rf = flatten(r);
  const tf = flatten(t);
  return rf.map((rv, i) => {
    const pos = n > 1 ? i + 1 : null;
    const tc = readTarget(tf[i], lang, pos);
    if (!tc.ok) throw tc.error;
    const rc = readCount(rv, 'result', lang, pos);
    if (!rc.ok) throw rc.error;
    return { target: tc.value, result: rc.value };
  });
}
