/** Sheet plans for the two generated sheets (WORKBOOK.md §4): the ranking and the nomination list. */
import type { BodyType, Evaluation, PlanStyle, Settings, SheetPlan, Snapshot } from '../types';
import { PlanBuilder, COLORS, fitWidth } from './builder';
import { columnsPx, rowPoints, wrappedLines } from './measure';
import { chooseOutputNames, OUTPUT_NAMES, TOOL_MARK_NAMES } from './names';
import { formatDate, rangeA1, ymdFromSerial, todaySerial } from '../snapshot';
import { pad2, sharePercentVi } from '../rules';
import { STATUS_LABEL_VI, WB, fill } from '../words';

export { OUTPUT_NAMES, TOOL_MARK_NAMES };

export interface PlanOptions {
  /** Excel serial of the day the plans are made (for the list's date when the settings give none). */
  today?: number;
}

/** A percent as the sentences write it (`150%`, `66,7%`): whole numbers without a decimal. */
function pctFormat(x: number | null): string {
  return x !== null && Math.abs(Math.round(x * 1000) % 10) === 0 ? '0%' : '0.0%';
}

/** The documents' type (WORKBOOK.md §4 v2): Times New Roman, body 13 pt, tables 12, titles 14. */
const DOC_FONT = 'Times New Roman';
const SIZE = { body: 13, table: 12, title: 14, note: 9 } as const;

/** The sizes that differ by body type (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP, Phụ lục I). */
const BODY: Record<BodyType, { header: number; motto: number; recipientsLabel: Omit<PlanStyle, 'range'>; recipients: number }> = {
  party: { header: 13, motto: 14, recipientsLabel: { fontSize: 13, underline: true }, recipients: 12 },
  state: { header: 12, motto: 12, recipientsLabel: { fontSize: 12, bold: true, italic: true }, recipients: 11 },
};

const MM = 1 / 25.4;
/** A4 margins in inches: top and bottom 20 mm, left 30 mm, right 15 mm; the page number 10 mm from the top. */
const DOC_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM, header: 10 * MM, footer: 8 * MM };
/** Page numbers centred at the top, from the second page (Excel header codes). */
const PAGE_NUMBER_HEADER = { center: `&"${DOC_FONT},Regular"&${SIZE.body}&P`, firstPageBlank: true };

/** Excel-character widths that fill a printable width (px at 96 per inch) exactly, growing column `flex`. */
function fitColumns(widths: number[], flex: number, printablePx: number): number[] {
  const rest = columnsPx(widths) - columnsPx([widths[flex]]);
  const w = [...widths];
  w[flex] = Math.max(8, Math.floor((printablePx - rest - 5) / 7));
  return w;
}
const PORTRAIT_PX = ((210 - 30 - 15) * 96) / 25.4 - 6;
const LANDSCAPE_PX = ((297 - 30 - 15) * 96) / 25.4 - 6;

/** Writes documents: every line a merged, wrapped cell whose row is as tall as its text needs. */
class DocBuilder extends PlanBuilder {
  constructor(
    role: 'ranking' | 'nominations',
    name: string,
    private readonly w: () => number[],
  ) {
    super(role, name);
  }
  /** The row is at least as tall as `points`. */
  fit(r: number, points: number): this {
    const h = this.plan.rowHeights?.[r + 1] ?? 0;
    if (points > h) this.height(r, points);
    return this;
  }
  /** Text over columns c0..c1, wrapped, its row made tall enough for every line. */
  text(r: number, c0: number, c1: number, text: string, s: Omit<PlanStyle, 'range'> = {}): this {
    this.set(r, c0, text);
    this.merge(r, c0, r, c1);
    this.style(r, c0, r, c1, { wrap: true, vertical: 'top', ...s });
    return this.fitText(r, c0, c1, text, s);
  }
  fitText(r: number, c0: number, c1: number, text: string, s: Omit<PlanStyle, 'range'>): this {
    const size = s.fontSize ?? SIZE.body;
    const px = columnsPx(this.w().slice(c0, c1 + 1));
    return this.fit(r, rowPoints(wrappedLines(text, px, size, s.bold ?? false), size));
  }
  /** Styles down column `c` from row `r0`, one per run of equal styles. */
  runs(r0: number, c: number, styles: Omit<PlanStyle, 'range'>[]): this {
    let start = 0;
    for (let i = 1; i <= styles.length; i++) {
      if (i < styles.length && JSON.stringify(styles[i]) === JSON.stringify(styles[start])) continue;
      if (start < styles.length) this.style(r0 + start, c, r0 + i - 1, c, styles[start]);
      start = i;
    }
    return this;
  }
  /** The print setup of a document: A4 one page wide, its margins, page numbers from page 2, the area to print. */
  document(orientation: 'portrait' | 'landscape', titleRows: string, lastRow: number, lastCol: number): SheetPlan {
    this.plan.print = { orientation, paper: 'A4', fitToWidth: true, titleRows, margins: { ...DOC_MARGINS }, centerHorizontally: true, area: rangeA1(0, 0, lastRow, lastCol), header: { ...PAGE_NUMBER_HEADER } };
    this.plan.tabColor = COLORS.tab;
    return this.plan;
  }
  /** Every cell of the sheet's extent in the documents' font, before any other style. */
  font(lastRow: number, lastCol: number): this {
    this.plan.styles.unshift({ range: rangeA1(0, 0, lastRow, lastCol), fontName: DOC_FONT, fontSize: SIZE.body });
    return this;
  }
}

function numberLine(s: Settings): string {
  return fill(s.bodyType === 'party' ? WB.numberParty : WB.numberState, { n: s.docNumber ?? WB.numberBlank });
}

/**
 * The top-left header: parent body (upper case), issuing body (upper case, bold), for a Party body a `*`
 * under it, and (on the list) the number line. Returns the rows used, the number line's row last.
 */
function issuerBlock(b: DocBuilder, s: Settings, c1: number, withNumber: boolean): number[] {
  const rows: number[] = [];
  let r = 0;
  const fontSize = BODY[s.bodyType].header;
  if (s.parentBody) {
    b.text(r, 0, c1, s.parentBody.toUpperCase(), { horizontal: 'center', fontSize });
    rows.push(r++);
  }
  // a State body's name is ruled off below (Nghị định 30, Phụ lục I): underlined here
  b.text(r, 0, c1, s.issuedBy.toUpperCase(), { horizontal: 'center', bold: true, fontSize, underline: s.bodyType === 'state' ? true : undefined });
  rows.push(r++);
  if (s.bodyType === 'party') {
    b.text(r, 0, c1, WB.partyStar, { horizontal: 'center' });
    rows.push(r++);
  }
  if (withNumber) rows.push(r);
  return rows;
}


export function votesText(v: { for: number; ballots: number; share: number }): string {
  return fill(WB.votes, { for: v.for, ballots: v.ballots, share: sharePercentVi(v.share) });
}

export function summaryLine(ev: Evaluation): string {
  const totals = ev.totals.map((t) => `${pad2(t.result)} ${t.unitWord}`).join(', ');
  let s = fill(WB.summary, { totals, exceeded: pad2(ev.statusCounts.exceeded), units: pad2(ev.units.length) });
  if (ev.statusCounts.met > 0) s += fill(WB.summaryMet, { met: pad2(ev.statusCounts.met) });
  return s;
}

export function planRanking(ev: Evaluation, name: string, today: number): SheetPlan {
  const { settings, criteria } = ev;
  const hasVotes = ev.ballots !== null;
  const cScore = 2 + criteria.length * 3;
  const cStatus = cScore + 1;
  const cVotes = cStatus + 1;
  const last = hasVotes ? cVotes : cStatus;
  const statusWords = Object.values(STATUS_LABEL_VI);
  // units the ballots do not name (no column, no tally row) were not candidates: a dash, not `0/14`
  const candidates = new Set((ev.ballots?.candidates ?? []).map((c) => c.sheet));
  const voteTexts = ev.units.map((u) => (u.votes && candidates.has(u.sheet) ? votesText(u.votes) : WB.noVotes));
  let widths = [6, 30];
  criteria.forEach(() => widths.push(7, 7, 8));
  widths.push(9, fitWidth(statusWords, 12, 19));
  if (hasVotes) widths.push(fitWidth(voteTexts.concat(WB.colVotes), 10, 14));
  // the unit column takes what the page leaves (landscape A4 within the margins), within bounds
  widths = fitColumns(widths, 1, LANDSCAPE_PX);
  widths[1] = Math.min(Math.max(widths[1], 22), 44);
  const b = new DocBuilder('ranking', name, () => widths);
  b.widths(widths);

  // the annex's short header: the issuing body, then what it is attached to
  const head = issuerBlock(b, settings, 1, false);
  let r = head[head.length - 1] + 2;
  b.text(r++, 0, last, WB.annexTitle, { bold: true, horizontal: 'center' });
  b.text(r++, 0, last, settings.year ? fill(WB.rankingYear, { year: settings.year }) : WB.rankingTitle, { bold: true, fontSize: SIZE.title, horizontal: 'center' });
  const listDate = formatDate(settings.listDate ?? today);
  b.text(r++, 0, last, fill(WB.annexOf, { number: settings.docNumber ?? WB.numberBlank, date: listDate }), { italic: true, horizontal: 'center' });
  b.text(r++, 0, last, settings.clusterName, { bold: true, horizontal: 'center' });
  if (settings.cutoffDate !== null) b.text(r++, 0, last, fill(WB.asOf, { date: formatDate(settings.cutoffDate) }), { italic: true, horizontal: 'center' });

  const H1 = r + 1;
  const H2 = H1 + 1;
  const T = SIZE.table;
  b.set(H1, 0, WB.colRank).merge(H1, 0, H2, 0);
  b.set(H1, 1, WB.colUnit).merge(H1, 1, H2, 1);
  criteria.forEach((c, i) => {
    const c0 = 2 + i * 3;
    const label = `${c.label} (${c.unitWord})`;
    b.set(H1, c0, label).merge(H1, c0, H1, c0 + 2);
    b.fitText(H1, c0, c0 + 2, label, { fontSize: T, bold: true });
    b.row(H2, c0, [WB.colTarget, WB.colResult, WB.colAttainment]);
  });
  b.set(H1, cScore, WB.colScore).merge(H1, cScore, H2, cScore);
  b.set(H1, cStatus, WB.colStatus).merge(H1, cStatus, H2, cStatus);
  if (hasVotes) b.set(H1, cVotes, WB.colVotes).merge(H1, cVotes, H2, cVotes);
  // the two-row headers: the first row alone is made tall enough (a little more than the pair needs)
  [WB.colScore, WB.colStatus, ...(hasVotes ? [WB.colVotes] : [])].forEach((t, k) => b.fitText(H1, cScore + k, cScore + k, t, { fontSize: T, bold: true }));
  // `Chỉ tiêu`, `Kết quả`, `Tỷ lệ đạt` take two lines at most in their columns
  b.fit(H2, rowPoints(2, T));
  b.style(H1, 0, H2, last, { bold: true, fontSize: T, fill: COLORS.header, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' });

  const first = H2 + 1;
  ev.units.forEach((u, i) => {
    const row = first + i;
    b.set(row, 0, u.rank).set(row, 1, u.name);
    u.criteria.forEach((c, k) => {
      b.row(row, 2 + k * 3, [c.target, c.result, c.attainment]);
    });
    b.set(row, cScore, u.score).set(row, cStatus, STATUS_LABEL_VI[u.status]);
    if (hasVotes) b.set(row, cVotes, voteTexts[i]);
    b.fitText(row, 1, 1, u.name, { fontSize: T });
    if (hasVotes) b.fitText(row, cVotes, cVotes, voteTexts[i], { fontSize: T });
  });
  // one style per run of equal rows (units come in rank order, so runs are long): a write stays small
  criteria.forEach((_c, k) => b.runs(first, 4 + k * 3, ev.units.map((u) => ({ numberFormat: pctFormat(u.criteria[k].attainment) }))));
  b.runs(first, cScore, ev.units.map((u) => ({ numberFormat: pctFormat(u.score) })));
  // the status is in words: the fill only helps on screen
  b.runs(first, cStatus, ev.units.map((u) => ({ fill: u.status === 'exceeded' ? COLORS.exceeded : u.status === 'met' ? COLORS.met : COLORS.notMet })));
  const lastUnit = first + ev.units.length - 1;
  const totalRow = first + ev.units.length;
  b.set(totalRow, 0, WB.totalRow).merge(totalRow, 0, totalRow, 1);
  ev.totals.forEach((t, k) => {
    const att = t.target > 0 ? t.result / t.target : null;
    b.row(totalRow, 2 + k * 3, [t.target, t.result, att]);
    b.style(totalRow, 4 + k * 3, totalRow, 4 + k * 3, { numberFormat: pctFormat(att) });
  });
  const totalStatus = `${pad2(ev.statusCounts.exceeded)}/${pad2(ev.units.length)} ${STATUS_LABEL_VI.exceeded.toLowerCase()}`;
  b.set(totalRow, cStatus, totalStatus);
  b.fitText(totalRow, cStatus, cStatus, totalStatus, { fontSize: T, bold: true });
  b.style(totalRow, 0, totalRow, last, { bold: true, fill: COLORS.total });
  b.style(first, 0, totalRow, last, { border: 'thin', vertical: 'middle', fontSize: T });
  b.style(first, 0, totalRow, 0, { horizontal: 'center' });
  b.style(first, 1, totalRow, 1, { wrap: true });
  criteria.forEach((_c, k) => {
    b.style(first, 2 + k * 3, totalRow, 3 + k * 3, { numberFormat: '0', horizontal: 'center' });
    b.style(first, 4 + k * 3, totalRow, 4 + k * 3, { horizontal: 'center' });
  });
  // score and status apart: both centred in their own columns, the status wrapped
  b.style(first, cScore, totalRow, cScore, { horizontal: 'center' });
  b.style(first, cStatus, totalRow, last, { horizontal: 'center', wrap: true });
  if (ev.units.length > 0) b.plan.dataBars = [{ range: rangeA1(first, cScore, lastUnit, cScore), color: COLORS.dataBar }];

  r = totalRow + 2;
  b.text(r++, 0, last, summaryLine(ev), { bold: true });
  if (ev.failedVote.length) {
    const names = ev.failedVote.map((s) => ev.units.find((u) => u.sheet === s)?.name ?? s).join(', ');
    b.text(r++, 0, last, fill(WB.noteVoteFailed, { min: sharePercentVi(settings.minVoteShare), units: names }), { italic: true });
  }
  const tie = ev.issues.find((i) => i.code === 'QUOTA_TIE');
  if (tie) b.text(r++, 0, last, fill(WB.noteQuotaTie, tie.params), { italic: true });
  const lastPrinted = r - 1;
  // the tool's note (with the day it ran) is for the screen: below the print area
  b.text(r + 1, 0, last, fill(WB.generatedBy, { date: formatDate(today) }), { italic: true, fontSize: SIZE.note, fontColor: '#7F7F7F' });
  b.font(r + 1, last);
  b.plan.freeze = { rows: H2 + 1, columns: 2 };
  return b.document('landscape', `${H1 + 1}:${H2 + 1}`, lastPrinted, last);
}

function dateParts(serial: number) {
  const { y, m, d } = ymdFromSerial(serial);
  return { dd: pad2(d), mm: pad2(m), yyyy: y };
}

/** `T/M CỤM …\nCỤM PHÓ\n\nNguyễn Văn A` → the authority and title lines, and the signer's name. */
function signatureParts(signedBy: string | null): { titles: string[]; name: string | null } {
  if (!signedBy) return { titles: [], name: null };
  const [titlePart, ...rest] = signedBy.split(/\n\s*\n/);
  const name = rest.join(' ').replace(/\n/g, ' ').trim();
  return { titles: titlePart.split('\n').filter((t) => t.trim()), name: name || null };
}

export function planNominations(ev: Evaluation, name: string, today: number): SheetPlan {
  const s = ev.settings;
  const T = SIZE.table;
  // STT · unit · achievement · award · notes; the header's halves are A:B and C:E
  const widths = fitColumns([5, 28, 29, 13, 9], 2, PORTRAIT_PX);
  const b = new DocBuilder('nominations', name, () => widths);
  b.widths(widths);
  const size = BODY[s.bodyType];

  // header: the issuing body on the left; the motto and, level with the number line, the date on the right
  const left = issuerBlock(b, s, 1, true);
  const motto = s.motto.split('\n');
  motto.forEach((line, i) => {
    const party = s.bodyType === 'party';
    // Party: `ĐẢNG CỘNG SẢN VIỆT NAM` 14 pt; State: the national name 12 pt, the motto under it 13 pt
    b.text(i, 2, 4, line, { bold: true, fontSize: party || i === 0 ? size.motto : SIZE.body, underline: i === motto.length - 1, horizontal: 'center' });
  });
  const numberRow = Math.max(left[left.length - 1], motto.length);
  b.text(numberRow, 0, 1, numberLine(s), { horizontal: 'center' });
  const dateText = fill(s.place ? WB.dateLine : WB.dateLineNoPlace, { place: s.place ?? '', ...dateParts(s.listDate ?? today) });
  b.text(numberRow, 2, 4, dateText, { italic: true, horizontal: 'center' });

  let r = numberRow + 2;
  b.text(r++, 0, 4, WB.listTitle, { bold: true, fontSize: SIZE.title, horizontal: 'center' });
  b.text(r++, 0, 4, fill(WB.listSubtitle, { award: s.award }), { bold: true, horizontal: 'center' });
  let context = s.year ? fill(WB.listContext, { year: s.year, cluster: s.clusterName }) : fill(WB.listContextNoYear, { cluster: s.clusterName });
  if (s.cutoffDate !== null) context = context.replace(/\)$/, `; ${fill(WB.asOf, { date: formatDate(s.cutoffDate) }).toLowerCase()})`);
  b.text(r++, 0, 4, context, { italic: true, horizontal: 'center' });
  r++;
  const header = r;
  const heads = [WB.colNo, WB.colUnitName, WB.colAchievement, WB.colAward, WB.colNotes];
  b.row(header, 0, heads);
  heads.forEach((h, c) => b.fitText(header, c, c, h, { fontSize: T, bold: true }));
  b.style(header, 0, header, 4, { bold: true, fontSize: T, fill: COLORS.header, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' });
  r++;
  if (ev.nominations.length === 0) {
    b.text(r, 0, 4, WB.listEmpty, { italic: true, horizontal: 'center', border: 'thin', fontSize: T });
    r++;
  } else {
    ev.nominations.forEach((n, i) => {
      const row = [i + 1, n.name, n.achievement, n.award, n.votes ? fill(WB.listVotes, { votes: votesText(n.votes) }) : null];
      b.row(r + i, 0, row);
      row.forEach((v, c) => {
        if (v !== null) b.fitText(r + i, c, c, String(v), { fontSize: T });
      });
    });
    const end = r + ev.nominations.length - 1;
    b.style(r, 0, end, 4, { border: 'thin', wrap: true, vertical: 'top', fontSize: T });
    b.style(r, 0, end, 0, { horizontal: 'center' });
    b.style(r, 3, end, 4, { horizontal: 'center' });
    r = end + 1;
  }
  r++;
  b.text(r++, 0, 4, fill(WB.listTotal, { n: pad2(ev.nominations.length) }), { italic: true });
  r++;

  // the foot: recipients on the left, the signature block on the right, side by side
  const foot = r;
  b.text(foot, 0, 1, WB.recipientsLabel, { ...size.recipientsLabel, horizontal: 'left' });
  s.recipients.split('\n').forEach((line, i) => b.text(foot + 1 + i, 0, 1, line, { fontSize: size.recipients, horizontal: 'left' }));
  const leftEnd = foot + s.recipients.split('\n').length;
  const sig = signatureParts(s.signedBy);
  let rr = foot;
  for (const t of sig.titles) b.text(rr++, 2, 4, t, { bold: true, horizontal: 'center' });
  if (sig.titles.length || sig.name) {
    // room for the signature and the seal
    for (let k = 0; k < 4; k++) b.fit(rr++, rowPoints(1, SIZE.body));
    if (sig.name) b.text(rr++, 2, 4, sig.name, { bold: true, horizontal: 'center' });
  }
  const lastRow = Math.max(leftEnd, rr - 1);
  b.font(lastRow, 4);
  return b.document('portrait', `${header + 1}:${header + 1}`, lastRow, 4);
}

/** Both generated sheets, under names that never overwrite a user's sheet. Refuses when the evaluation has errors. */
export function planOutputs(snapshot: Snapshot, ev: Evaluation, opts: PlanOptions = {}): SheetPlan[] {
  if (ev.blocked) throw new Error('planOutputs: the evaluation has errors; generation is blocked');
  const today = opts.today ?? todaySerial();
  const names = chooseOutputNames(snapshot);
  const ranking = planRanking(ev, names.ranking.name, today);
  const nominations = planNominations(ev, names.nominations.name, today);
  if (names.ranking.replaces) ranking.replaces = names.ranking.replaces;
  if (names.nominations.replaces) nominations.replaces = names.nominations.replaces;
  return [ranking, nominations];
}
