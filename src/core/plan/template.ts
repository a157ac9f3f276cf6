/** Plans for a blank template and for the 2019 sample (settings sheet + one sheet per unit). */
import type { Criterion, PlanValue, SheetPlan } from '../types';
import { PlanBuilder, COLORS, fitWidth } from './builder';
import { columnsPx, rowPoints, wrappedLines } from './measure';
import { BODY_TYPE_LABELS, DEFAULT_CRITERIA, ORDER_LABELS, RULE_LABELS, SETTING_LABELS, SETTINGS_SHEET_NAMES } from '../settings';
import { a1, serialFromYMD } from '../snapshot';
import { attainment } from '../rules';
import { WB, fill } from '../words';
import { SAMPLE, SAMPLE_UNITS, SAMPLE_SETTINGS, SAMPLE_NOTE, SAMPLE_BALLOTS } from './sampleData';
import { rosterForYear, type TemplateUnit } from '../roster';
import { planBallotSheet } from './ballots';
import { BALLOT_SHEET_NAMES } from '../ballots';

export { SAMPLE_UNITS };

export interface TemplateOptions {
  /** Sheet names (or sheet + full name). Default: the roster of the year (rosterForYear). */
  units?: (string | TemplateUnit)[];
  year?: number | null;
}

type SettingRow = [keyof typeof SETTING_LABELS, PlanValue];

/**
 * The attainment cell of a unit sheet. The add-in's function as users type it (`THIDUA.ATTAINMENT`; the
 * .xlsx door stores it in Excel's file form, DESIGN.md §3), inside IFERROR with a plain fallback: where the function is
 * unknown (Excel without the add-in, LibreOffice, WPS, Google Sheets) the call is `#NAME?` and the fallback
 * gives result ÷ target; a blank target or result shows blank there and with the add-in (whose `#N/A`
 * is caught too). A target of 0 stays `#DIV/0!` either way: that is a mistake the user must see.
 */
export function attainmentFormula(resultCell: string, targetCell: string): string {
  return `IFERROR(THIDUA.ATTAINMENT(${resultCell},${targetCell}),IF(OR(${targetCell}="",${resultCell}=""),"",${resultCell}/${targetCell}))`;
}

const DATE_FMT = 'dd/mm/yyyy';
const UNIT_WIDTHS = [6, 8, 46, 12, 14, 14, 11, 20];

function planSettings(rows: SettingRow[], criteria: Criterion[], units: Required<TemplateUnit>[], note: string | null): SheetPlan {
  const b = new PlanBuilder('settings', SETTINGS_SHEET_NAMES[0]);
  b.line(0, 0, 3, WB.settingsTitle, { bold: true, fontSize: 14 });
  b.line(1, 0, 3, WB.settingsHint, { italic: true, fontColor: '#595959' });
  let r = 3;
  const keyStart = r;
  for (const [key, value] of rows) {
    const [vi, en] = SETTING_LABELS[key];
    b.set(r, 0, vi).set(r, 1, value).set(r, 2, en);
    if (key === 'cutoffDate' || key === 'listDate') b.style(r, 1, r, 1, { numberFormat: DATE_FMT, horizontal: 'left' });
    if (key === 'minVoteShare') b.style(r, 1, r, 1, { numberFormat: '0%', horizontal: 'left' });
    if (typeof value === 'number') b.style(r, 1, r, 1, { horizontal: 'left' });
    if (key === 'issuedBy' || key === 'motto' || key === 'signedBy' || key === 'recipients') {
      b.style(r, 1, r, 1, { wrap: true });
      if (typeof value === 'string') b.height(r, rowPoints(wrappedLines(value, columnsPx([52]), 11), 11));
    }
    if (key === 'nominationRule') (b.plan.validations ??= []).push({ range: a1(r, 1), type: 'list', list: [RULE_LABELS.exceeded[0], RULE_LABELS.met[0]] });
    if (key === 'nominationOrder') (b.plan.validations ??= []).push({ range: a1(r, 1), type: 'list', list: [ORDER_LABELS.name[0], ORDER_LABELS.rank[0]] });
    if (key === 'bodyType') (b.plan.validations ??= []).push({ range: a1(r, 1), type: 'list', list: [BODY_TYPE_LABELS.party[0], BODY_TYPE_LABELS.state[0]] });
    r++;
  }
  b.style(keyStart, 0, r - 1, 0, { bold: true });
  b.style(keyStart, 2, r - 1, 2, { italic: true, fontColor: '#7F7F7F' });
  b.style(keyStart, 0, r - 1, 1, { border: 'thin', vertical: 'top' });

  r++;
  b.line(r++, 0, 3, WB.criteriaTitle, { bold: true });
  b.row(r, 0, ['Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Trọng số']);
  b.style(r, 0, r, 3, { bold: true, fill: COLORS.header, border: 'thin', horizontal: 'center' });
  r++;
  const c0 = r;
  for (const c of criteria) b.row(r++, 0, [c.code, c.label, c.unitWord, c.weight]);
  b.style(c0, 0, r - 1, 3, { border: 'thin', wrap: true, vertical: 'top' });

  r++;
  b.line(r++, 0, 3, WB.rosterTitle, { bold: true });
  b.row(r, 0, ['STT', 'Tên trang tính', 'Tên đơn vị']);
  b.style(r, 0, r, 2, { bold: true, fill: COLORS.header, border: 'thin', horizontal: 'center' });
  r++;
  const u0 = r;
  units.forEach((u, i) => b.row(r++, 0, [i + 1, u.sheet, u.name]));
  if (units.length) b.style(u0, 0, r - 1, 2, { border: 'thin' });
  if (note) {
    r++;
    b.set(r, 0, 'Ghi chú').set(r, 1, note).merge(r, 1, r, 3).style(r, 1, r, 3, { wrap: true, italic: true, vertical: 'top' });
    b.style(r, 0, r, 0, { bold: true, vertical: 'top' });
    b.height(r, 64);
  }
  b.widths([fitWidth(Object.values(SETTING_LABELS).map((l) => l[0]), 16, 30), 52, fitWidth(['Tên đơn vị', ...units.map((u) => u.name)], 20, 40), 12]);
  b.plan.tabColor = '#7030A0';
  b.plan.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 } };
  return b.plan;
}

interface UnitData {
  counts: Record<string, { target: number; result: number }>;
  asOf: number | null;
}

function planUnit(unit: Required<TemplateUnit>, criteria: Criterion[], year: number | null, data: UnitData | null): SheetPlan {
  const b = new PlanBuilder('unit', unit.sheet);
  b.line(0, 0, 7, year ? fill(WB.unitTitleYear, { year }) : WB.unitTitle, { bold: true, fontSize: 13, horizontal: 'center', wrap: true });
  b.height(0, 36);
  // Labels across A:B (the STT and code columns are narrow), values from C.
  b.set(2, 0, WB.unitLabel).merge(2, 0, 2, 1).set(2, 2, unit.name).merge(2, 2, 2, 3);
  b.set(3, 0, WB.asOfLabel).merge(3, 0, 3, 1).set(3, 2, data?.asOf ?? null);
  b.style(2, 0, 3, 0, { bold: true });
  b.style(3, 2, 3, 2, { numberFormat: DATE_FMT, horizontal: 'left' });
  const H = 5;
  b.row(H, 0, ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Ghi chú']);
  b.style(H, 0, H, 7, { bold: true, fill: COLORS.header, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true });
  b.height(H, 32);
  criteria.forEach((c, i) => {
    const r = H + 1 + i;
    const d = data?.counts[c.code];
    // the cached value every reader shows before recalculating: blank until the counts are typed
    const result = d ? attainment(d.result, d.target) : '';
    b.row(r, 0, [i + 1, c.code, c.label, c.unitWord, d?.target ?? null, d?.result ?? null, { formula: attainmentFormula(a1(r, 5), a1(r, 4)), result }, null]);
    b.height(r, rowPoints(Math.max(wrappedLines(c.label, columnsPx([UNIT_WIDTHS[2]]), 11), wrappedLines(c.unitWord, columnsPx([UNIT_WIDTHS[3]]), 11)), 11));
  });
  const last = H + criteria.length;
  b.style(H + 1, 0, last, 7, { border: 'thin', vertical: 'top' });
  b.style(H + 1, 2, last, 2, { wrap: true });
  b.style(H + 1, 0, last, 1, { horizontal: 'center' });
  b.style(H + 1, 4, last, 5, { numberFormat: '0', horizontal: 'center' });
  b.style(H + 1, 6, last, 6, { numberFormat: '0.0%' });
  b.plan.validations = [{ range: `${a1(H + 1, 4)}:${a1(last, 5)}`, type: 'wholeNumber', min: 0, error: WB.countError, prompt: WB.countPrompt }];
  b.widths(UNIT_WIDTHS);
  b.plan.freeze = { rows: H + 1, columns: 0 };
  b.plan.print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 } };
  return b.plan;
}

function normalizeUnits(units: TemplateOptions['units'], year: number | null): Required<TemplateUnit>[] {
  if (!units) return rosterForYear(year);
  return units.map((u) => (typeof u === 'string' ? { sheet: u.trim(), name: u.trim() } : { sheet: u.sheet.trim(), name: (u.name ?? u.sheet).trim() }));
}

/** A blank template: settings (defaults shown, values to fill) and one sheet per unit with blank counts. */
export function planTemplate(opts: TemplateOptions = {}): SheetPlan[] {
  const year = opts.year ?? null;
  const units = normalizeUnits(opts.units, year);
  const rows: SettingRow[] = [
    ['clusterName', null],
    ['year', year],
    ['cutoffDate', null],
    ['award', 'Bằng khen'],
    ['maxNominees', null],
    ['nominationRule', RULE_LABELS.exceeded[0]],
    ['nominationOrder', ORDER_LABELS.name[0]],
    ['minVoteShare', 0.5],
    ['achievementLead', 'Phát hiện'],
    ['bodyType', BODY_TYPE_LABELS.party[0]],
    ['parentBody', null],
    ['issuedBy', null],
    ['docNumber', null],
    ['motto', null],
    ['place', null],
    ['listDate', null],
    ['signedBy', null],
    ['recipients', null],
  ];
  return [planSettings(rows, DEFAULT_CRITERIA, units, null), ...units.map((u) => planUnit(u, DEFAULT_CRITERIA, year, null))];
}

/** The 2019 sample of cluster no. 1 (WORKBOOK.md, seed report): settings, roster and 14 filled unit sheets. */
export function planSample(opts: { withBallots?: boolean } = {}): SheetPlan[] {
  const units = normalizeUnits(undefined, 2019);
  const s = SAMPLE_SETTINGS;
  const cutoff = serialFromYMD(2019, 11, 30);
  const rows: SettingRow[] = [
    ['clusterName', s.clusterName],
    ['year', 2019],
    ['cutoffDate', cutoff],
    ['award', s.award],
    ['maxNominees', 3],
    ['nominationRule', RULE_LABELS.exceeded[0]],
    ['nominationOrder', ORDER_LABELS.name[0]],
    ['minVoteShare', 0.5],
    ['achievementLead', 'Phát hiện'],
    ['bodyType', s.bodyType],
    ['parentBody', s.parentBody],
    ['issuedBy', s.issuedBy],
    ['docNumber', s.docNumber],
    ['motto', s.motto],
    ['place', s.place],
    ['listDate', serialFromYMD(2019, 12, 3)],
    ['signedBy', s.signedBy],
    ['recipients', s.recipients],
  ];
  const plans = [
    planSettings(rows, DEFAULT_CRITERIA, units, SAMPLE_NOTE),
    ...units.map((u) => planUnit(u, DEFAULT_CRITERIA, 2019, { counts: SAMPLE[u.sheet], asOf: cutoff })),
  ];
  if (opts.withBallots) {
    const marks = Object.fromEntries(SAMPLE_BALLOTS.map((b) => [b.voter, b.votes]));
    const candidates = ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'].map((sheet) => ({ sheet }));
    // The sample's vote is the named form (who voted for whom can be checked against the report).
    plans.push(planBallotSheet(BALLOT_SHEET_NAMES[0], { candidates, voters: SAMPLE_UNITS, marks }));
  }
  return plans;
}
