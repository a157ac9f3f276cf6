/** The sample reproduces the 2019 report's figures, sentences and nominees; the plans say what is written. */
import { evaluate, planOutputs, planTemplate, planSample } from '../../src/core';
import { serialFromYMD, parseRange } from '../../src/core/snapshot';
import type { PlanValue, SheetPlan } from '../../src/core/types';
import { sampleSnapshot } from './build';

const TODAY = serialFromYMD(2026, 11, 28);
const text = (p: SheetPlan) => p.values.flat().filter((v): v is string => typeof v === 'string');

describe('the 2019 sample', () => {
  const ev = evaluate(sampleSnapshot());

  test('14 units found of 14 expected, no issue', () => {
    expect(ev.expectedUnits).toBe(14);
    expect(ev.foundUnits).toBe(14);
    expect(ev.blocked).toBe(false);
  });
  test('cluster totals: 22 cases and 14 incidents', () => {
    expect(ev.totals.map((t) => [t.code, t.result])).toEqual([
      ['VA', 22],
      ['VV', 14],
    ]);
  });
  test('exactly Bắc Giang, Lạng Sơn and Thái Nguyên exceed', () => {
    expect(ev.units.filter((u) => u.status === 'exceeded').map((u) => u.sheet).sort()).toEqual(['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(ev.statusCounts.exceeded).toBe(3);
  });
  test("the report's figures for the three", () => {
    const fig = (s: string) => ev.units.find((u) => u.sheet === s)!.criteria.map((c) => [c.result, c.target]);
    expect(fig('Bắc Giang')).toEqual([[3, 2], [3, 3]]);
    expect(fig('Lạng Sơn')).toEqual([[2, 1], [2, 1]]);
    expect(fig('Thái Nguyên')).toEqual([[2, 1], [2, 1]]);
  });
  test('ranking: Lạng Sơn and Thái Nguyên share rank 1, Bắc Giang is 3rd', () => {
    expect(ev.units.slice(0, 3).map((u) => [u.rank, u.sheet])).toEqual([
      [1, 'Lạng Sơn'],
      [1, 'Thái Nguyên'],
      [3, 'Bắc Giang'],
    ]);
  });
  test('the three nominees with the sentences of the report, in Vietnamese alphabetical order', () => {
    expect(ev.nominations.map((n) => [n.name, n.achievement])).toEqual([
      ['Ban Nội chính Tỉnh ủy Bắc Giang', 'Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)'],
      ['Ban Nội chính Tỉnh ủy Lạng Sơn', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
      ['Ban Nội chính Tỉnh ủy Thái Nguyên', 'Phát hiện 02 vụ án (đạt 200%), 02 vụ việc (đạt 200%)'],
    ]);
  });
  test('with the vote, all three pass and carry their votes', () => {
    const v = evaluate(sampleSnapshot(true));
    expect(v.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(v.nominations[0].votes).toEqual({ for: 13, ballots: 14, share: 13 / 14 });
    expect(v.failedVote).toEqual([]);
  });
});

describe('sheet plans of the outputs', () => {
  const snap = sampleSnapshot();
  const ev = evaluate(snap);
  const [ranking, nominations] = planOutputs(snap, ev, { today: TODAY });

  test('names and roles', () => {
    expect([ranking.name, ranking.role, nominations.name, nominations.role]).toEqual(['Xếp hạng', 'ranking', 'Đề nghị khen thưởng', 'nominations']);
    expect(ranking.replaces).toBeUndefined();
  });
  test('ranking: title, one row per unit in order, totals and the summary line', () => {
    const t = text(ranking);
    expect(t).toContain('BẢNG XẾP HẠNG THI ĐUA NĂM 2019');
    expect(t).toContain('Số liệu tính đến ngày 30/11/2019');
    expect(t).toContain('Tổng số: 22 vụ án, 14 vụ việc; 03/14 đơn vị vượt chỉ tiêu, 02 đơn vị hoàn thành chỉ tiêu');
    const rows = ranking.values.filter((r) => typeof r[0] === 'number');
    expect(rows).toHaveLength(14);
    expect(rows[0].slice(0, 9)).toEqual([1, 'Ban Nội chính Tỉnh ủy Lạng Sơn', 1, 2, 2, 1, 2, 2, 2]);
    expect(rows[2].slice(0, 10)).toEqual([3, 'Ban Nội chính Tỉnh ủy Bắc Giang', 2, 3, 1.5, 3, 3, 1, 1.25, 'Vượt chỉ tiêu']);
    const total = ranking.values.find((r) => r[0] === 'Tổng cộng')!;
    expect(total.slice(2, 8)).toEqual([24, 22, 22 / 24, 18, 14, 14 / 18]);
  });
  test('ranking: percent formats, data bar on the score, frozen header, A4 landscape', () => {
    const h1 = ranking.values.findIndex((r) => r[0] === 'Hạng') + 1;
    // a percent reads as the sentences write it: 150% (whole) and 66,7% (one decimal)
    expect(ranking.styles.some((s) => s.numberFormat === '0.0%')).toBe(true);
    expect(ranking.styles.some((s) => s.numberFormat === '0%')).toBe(true);
    expect(ranking.dataBars).toEqual([{ range: `I${h1 + 2}:I${h1 + 15}`, color: expect.stringMatching(/^#[0-9A-F]{6}$/) }]);
    expect(ranking.freeze).toEqual({ rows: h1 + 1, columns: 2 });
    expect(ranking.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: `${h1}:${h1 + 1}` });
    expect(ranking.columnWidths.length).toBe(10);
  });
  test('nominations: formal header, title with the award, the three rows, dd/mm/yyyy, A4 portrait', () => {
    const t = text(nominations);
    expect(t).toEqual(expect.arrayContaining(['TỈNH ỦY TUYÊN QUANG', 'BAN NỘI CHÍNH', '*', 'Số 15-DS/BNCTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tuyên Quang, ngày 03 tháng 12 năm 2019', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Đề nghị tặng Bằng khen của Trưởng ban Nội chính Trung ương']));
    expect(t.some((s) => s.includes('30/11/2019'))).toBe(true);
    const header = nominations.values.findIndex((r) => r[0] === 'STT');
    expect(nominations.values[header]).toEqual(['STT', 'Tên đơn vị', 'Tóm tắt thành tích', 'Hình thức khen thưởng', 'Ghi chú']);
    expect(nominations.values[header + 1].slice(0, 4)).toEqual([1, 'Ban Nội chính Tỉnh ủy Bắc Giang', 'Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)', 'Bằng khen của Trưởng ban Nội chính Trung ương']);
    expect(nominations.values[header + 3][1]).toBe('Ban Nội chính Tỉnh ủy Thái Nguyên');
    expect(nominations.print).toMatchObject({ orientation: 'portrait', paper: 'A4' });
  });
  test('merges lie inside the plan and never overlap', () => {
    for (const p of [ranking, nominations]) {
      const seen = new Set<string>();
      for (const m of p.merges) {
        const g = parseRange(m);
        for (let r = g.r0; r <= g.r1; r++)
          for (let c = g.c0; c <= g.c1; c++) {
            expect(seen.has(`${r},${c}`)).toBe(false);
            seen.add(`${r},${c}`);
          }
      }
    }
  });
  test('a user sheet named Xếp hạng is never taken: the output goes to Xếp hạng (2)', () => {
    const s = sampleSnapshot();
    s.sheets.push({ name: 'xếp hạng', values: [['của tôi']] });
    const [r] = planOutputs(s, evaluate(s), { today: TODAY });
    expect(r.name).toBe('Xếp hạng (2)');
    expect(r.replaces).toBeUndefined();
  });
  test("the tool's own marked sheet is replaced under its name", () => {
    const s = sampleSnapshot();
    s.sheets.push({ name: 'Xếp hạng', values: [['cũ']] }, { name: 'Đề nghị khen thưởng (2)', values: [['cũ']] });
    s.marks = { ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng (2)' };
    const [r, n] = planOutputs(s, evaluate(s), { today: TODAY });
    expect([r.name, r.replaces, n.name, n.replaces]).toEqual(['Xếp hạng', 'Xếp hạng', 'Đề nghị khen thưởng (2)', 'Đề nghị khen thưởng (2)']);
  });
  test('generation is refused when there is an error', () => {
    const s = sampleSnapshot();
    s.sheets = s.sheets.filter((x) => x.name !== 'Lai Châu');
    const e = evaluate(s);
    expect(e.blocked).toBe(true);
    expect(() => planOutputs(s, e)).toThrow();
  });
});

describe('template plans', () => {
  const isFormula = (v: PlanValue): v is { formula: string; result?: number | string | null } => v !== null && typeof v === 'object';
  test('settings + one sheet per unit; attainment as users type the function, inside its fallback; whole-number validation', () => {
    const plans = planTemplate({ units: ['Hà Nội', 'Hải Phòng'], year: 2026 });
    expect(plans.map((p) => [p.role, p.name])).toEqual([
      ['settings', 'Cấu hình'],
      ['unit', 'Hà Nội'],
      ['unit', 'Hải Phòng'],
    ]);
    const unit = plans[1];
    const f = unit.values.flat().filter(isFormula);
    expect(f.map((x) => x.formula)).toEqual([
      'IFERROR(THIDUA.ATTAINMENT(F7,E7),IF(OR(E7="",F7=""),"",F7/E7))',
      'IFERROR(THIDUA.ATTAINMENT(F8,E8),IF(OR(E8="",F8=""),"",F8/E8))',
    ]);
    // blank until the counts are typed: the cached value is blank, not an error
    expect(f.map((x) => x.result)).toEqual(['', '']);
    expect(unit.validations).toEqual([expect.objectContaining({ range: 'E7:F8', type: 'wholeNumber', min: 0 })]);
    // blank counts: the template evaluates to "target missing" on every unit, not to a crash
  });
  test('default template without a year: the roster of today (the 10 successor provinces)', () => {
    expect(planTemplate().filter((p) => p.role === 'unit')).toHaveLength(10);
  });
  test('the sample caches the attainment values', () => {
    const bg = planSample().find((p) => p.name === 'Bắc Giang')!;
    expect(bg.values.flat().filter(isFormula).map((x) => x.result)).toEqual([1.5, 1]);
  });
});
