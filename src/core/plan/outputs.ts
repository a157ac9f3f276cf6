/** Sheet plans for the two generated sheets (WORKBOOK.md §4): the ranking and the nomination list. */
import type { Evaluation, SheetPlan, Snapshot } from '../types';
import { PlanBuilder, COLORS, fitWidth, wrappedHeight } from './builder';
import { chooseOutputNames, OUTPUT_NAMES, TOOL_MARK_NAMES } from './names';
import { formatDate, rangeA1, ymdFromSerial, todaySerial } from '../snapshot';
import { pad2, sharePercentVi } from '../rules';
import { STATUS_LABEL_VI, WB, fill } from '../words';

export { OUTPUT_NAMES, TOOL_MARK_NAMES };

export interface PlanOptions {
  /** Excel serial of the day the plans are made (for the list's date when the settings give none). */
  today?: number;
}

const PCT = '0.0%';

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
  const b = new PlanBuilder('ranking', name);
  const { settings, criteria } = ev;
  const hasVotes = ev.ballots !== null;
  const cScore = 2 + criteria.length * 3;
  const cStatus = cScore + 1;
  const cVotes = cStatus + 1;
  const last = hasVotes ? cVotes : cStatus;

  b.line(0, 0, last, settings.year ? fill(WB.rankingYear, { year: settings.year }) : WB.rankingTitle, { bold: true, fontSize: 14, horizontal: 'center' });
  b.line(1, 0, last, settings.clusterName, { bold: true, horizontal: 'center' });
  if (settings.cutoffDate !== null) b.line(2, 0, last, fill(WB.asOf, { date: formatDate(settings.cutoffDate) }), { italic: true, horizontal: 'center' });

  const H1 = 4;
  const H2 = 5;
  b.set(H1, 0, WB.colRank).merge(H1, 0, H2, 0);
  b.set(H1, 1, WB.colUnit).merge(H1, 1, H2, 1);
  criteria.forEach((c, i) => {
    const c0 = 2 + i * 3;
    b.set(H1, c0, `${c.label} (${c.unitWord})`).merge(H1, c0, H1, c0 + 2);
    b.row(H2, c0, [WB.colTarget, WB.colResult, WB.colAttainment]);
  });
  b.set(H1, cScore, WB.colScore).merge(H1, cScore, H2, cScore);
  b.set(H1, cStatus, WB.colStatus).merge(H1, cStatus, H2, cStatus);
  if (hasVotes) b.set(H1, cVotes, WB.colVotes).merge(H1, cVotes, H2, cVotes);
  b.style(H1, 0, H2, last, { bold: true, fill: COLORS.header, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' });
  b.height(H1, 48);

  const first = H2 + 1;
  ev.units.forEach((u, i) => {
    const r = first + i;
    b.set(r, 0, u.rank).set(r, 1, u.name);
    u.criteria.forEach((c, k) => b.row(r, 2 + k * 3, [c.target, c.result, c.attainment]));
    b.set(r, cScore, u.score).set(r, cStatus, STATUS_LABEL_VI[u.status]);
    if (hasVotes && u.votes) b.set(r, cVotes, votesText(u.votes));
    const fillColor = u.status === 'exceeded' ? COLORS.exceeded : u.status === 'met' ? COLORS.met : COLORS.notMet;
    b.style(r, cStatus, r, cStatus, { fill: fillColor });
  });
  const lastUnit = first + ev.units.length - 1;
  const totalRow = first + ev.units.length;
  b.set(totalRow, 0, WB.totalRow).merge(totalRow, 0, totalRow, 1);
  ev.totals.forEach((t, k) => b.row(totalRow, 2 + k * 3, [t.target, t.result, t.target > 0 ? t.result / t.target : null]));
  b.set(totalRow, cStatus, `${pad2(ev.statusCounts.exceeded)}/${pad2(ev.units.length)} ${STATUS_LABEL_VI.exceeded.toLowerCase()}`);
  b.style(totalRow, 0, totalRow, last, { bold: true, fill: COLORS.total });
  b.style(first, 0, totalRow, last, { border: 'thin', vertical: 'middle' });
  b.style(first, 0, totalRow, 0, { horizontal: 'center' });
  b.style(first, 1, totalRow, 1, { wrap: true });
  criteria.forEach((_c, k) => {
    b.style(first, 2 + k * 3, totalRow, 3 + k * 3, { numberFormat: '0', horizontal: 'center' });
    b.style(first, 4 + k * 3, totalRow, 4 + k * 3, { numberFormat: PCT, horizontal: 'right' });
  });
  b.style(first, cScore, totalRow, cScore, { numberFormat: PCT });
  if (ev.units.length > 0) b.plan.dataBars = [{ range: rangeA1(first, cScore, lastUnit, cScore), color: COLORS.dataBar }];

  let r = totalRow + 2;
  b.line(r++, 0, last, summaryLine(ev), { bold: true });
  if (ev.failedVote.length) {
    const names = ev.failedVote.map((s) => ev.units.find((u) => u.sheet === s)?.name ?? s).join(', ');
    b.line(r++, 0, last, fill(WB.noteVoteFailed, { min: sharePercentVi(settings.minVoteShare), units: names }), { italic: true, wrap: true });
  }
  const tie = ev.issues.find((i) => i.code === 'QUOTA_TIE');
  if (tie) b.line(r++, 0, last, fill(WB.noteQuotaTie, tie.params), { italic: true, wrap: true });
  b.line(r + 1, 0, last, fill(WB.generatedBy, { date: formatDate(today) }), { italic: true, fontSize: 9, fontColor: '#7F7F7F' });

  const widths = [7, fitWidth(ev.units.map((u) => u.name).concat(WB.colUnit), 14, 40)];
  criteria.forEach(() => widths.push(10, 10, 11));
  widths.push(14, fitWidth(Object.values(STATUS_LABEL_VI), 12, 22));
  if (hasVotes) widths.push(fitWidth(ev.units.map((u) => (u.votes ? votesText(u.votes) : '')), 12, 26));
  b.widths(widths);
  ev.units.forEach((u, i) => {
    const h = wrappedHeight([null, u.name], widths);
    if (h > 18) b.height(first + i, h);
  });
  b.plan.freeze = { rows: H2 + 1, columns: 2 };
  b.plan.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${H1 + 1}:${H2 + 1}`, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 }, centerHorizontally: true };
  b.plan.tabColor = COLORS.tab;
  return b.plan;
}

function dateParts(serial: number) {
  const { y, m, d } = ymdFromSerial(serial);
  return { dd: pad2(d), mm: pad2(m), yyyy: y };
}

export function planNominations(ev: Evaluation, name: string, today: number): SheetPlan {
  const b = new PlanBuilder('nominations', name);
  const s = ev.settings;
  const issued = s.issuedBy.split('\n');
  const motto = s.motto.split('\n');
  const headRows = Math.max(issued.length, motto.length);
  for (let i = 0; i < headRows; i++) {
    if (issued[i] !== undefined) b.line(i, 0, 1, issued[i], { bold: true, horizontal: 'center', wrap: true });
    if (motto[i] !== undefined) b.line(i, 2, 4, motto[i], { bold: true, underline: i === motto.length - 1, horizontal: 'center' });
  }
  let r = headRows + 1;
  const dateSerial = s.listDate ?? today;
  b.line(r++, 2, 4, fill(s.place ? WB.dateLine : WB.dateLineNoPlace, { place: s.place ?? '', ...dateParts(dateSerial) }), { italic: true, horizontal: 'center' });
  r++;
  b.line(r++, 0, 4, WB.listTitle, { bold: true, fontSize: 14, horizontal: 'center' });
  b.line(r++, 0, 4, fill(WB.listSubtitle, { award: s.award }), { bold: true, horizontal: 'center', wrap: true });
  let context = s.year ? fill(WB.listContext, { year: s.year, cluster: s.clusterName }) : fill(WB.listContextNoYear, { cluster: s.clusterName });
  if (s.cutoffDate !== null) context = context.replace(/\)$/, `; ${fill(WB.asOf, { date: formatDate(s.cutoffDate) }).toLowerCase()})`);
  b.line(r++, 0, 4, context, { italic: true, horizontal: 'center', wrap: true });
  b.height(r - 1, 32);
  r++;
  const header = r;
  const widths = [6, fitWidth(ev.nominations.map((n) => n.name).concat(WB.colUnitName), 22, 34), 46, 26, 16];
  b.row(header, 0, [WB.colNo, WB.colUnitName, WB.colAchievement, WB.colAward, WB.colNotes]);
  b.height(header, 32);
  b.style(header, 0, header, 4, { bold: true, fill: COLORS.header, horizontal: 'center', vertical: 'middle', wrap: true, border: 'thin' });
  r++;
  if (ev.nominations.length === 0) {
    b.line(r, 0, 4, WB.listEmpty, { italic: true, horizontal: 'center', border: 'thin' });
    r++;
  } else {
    ev.nominations.forEach((n, i) => {
      const row = [i + 1, n.name, n.achievement, n.award, n.votes ? fill(WB.listVotes, { votes: votesText(n.votes) }) : null];
      b.row(r + i, 0, row);
      b.height(r + i, wrappedHeight(row, widths));
    });
    const end = r + ev.nominations.length - 1;
    b.style(r, 0, end, 4, { border: 'thin', wrap: true, vertical: 'top' });
    b.style(r, 0, end, 0, { horizontal: 'center' });
    r = end + 1;
  }
  r++;
  b.line(r++, 0, 4, fill(WB.listTotal, { n: pad2(ev.nominations.length) }), { italic: true });
  if (s.signedBy) {
    // Title lines, then (after an empty line in the setting) the signer's name below the signature space.
    const [titlePart, ...rest] = s.signedBy.split(/\n\s*\n/);
    const person = rest.join(' ').replace(/\n/g, ' ').trim();
    r++;
    for (const t of titlePart.split('\n')) b.line(r++, 2, 4, t, { bold: true, horizontal: 'center' });
    if (person) {
      r += 4; // space for the signature and the seal
      b.line(r++, 2, 4, person, { bold: true, horizontal: 'center' });
    }
  }
  b.widths(widths);
  b.plan.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, titleRows: `${header + 1}:${header + 1}`, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 }, centerHorizontally: true };
  b.plan.tabColor = COLORS.tab;
  return b.plan;
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
