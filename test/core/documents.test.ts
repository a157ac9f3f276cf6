/**
 * The generated sheets as documents a secretariat signs (WORKBOOK.md §1.1 and §4 v2): the Party layout
 * (Hướng dẫn 36-HD/VPTW) for the sample, the State layout (Nghị định 30/2020/NĐ-CP) for a variant of it.
 */
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../../src/core';
import { parseRange, serialFromYMD } from '../../src/core/snapshot';
import { parseSettings } from '../../src/core/settings';
import type { CellValue, PlanStyle, SheetPlan, Snapshot } from '../../src/core/types';
import { sampleWith, STATE_VARIANT } from './variants';

const TODAY = serialFromYMD(2026, 11, 28);

function plans(snap: Snapshot): { ranking: SheetPlan; list: SheetPlan } {
  const [ranking, list] = planOutputs(snap, evaluate(snap), { today: TODAY });
  return { ranking, list };
}

/** Where a text stands in a plan (0-based), or throws. */
function find(p: SheetPlan, text: string): { r: number; c: number } {
  for (let r = 0; r < p.values.length; r++) {
    const c = p.values[r].indexOf(text);
    if (c >= 0) return { r, c };
  }
  throw new Error(`${p.name}: no cell holds ${JSON.stringify(text)}`);
}

/** The style a cell ends with: every style over it, in order. */
function styleAt(p: SheetPlan, r: number, c: number): Omit<PlanStyle, 'range'> {
  const out: Record<string, unknown> = {};
  for (const s of p.styles) {
    const g = parseRange(s.range);
    if (r >= g.r0 && r <= g.r1 && c >= g.c0 && c <= g.c1) for (const [k, v] of Object.entries(s)) if (k !== 'range' && v !== undefined) out[k] = v;
  }
  return out as Omit<PlanStyle, 'range'>;
}

const area = (p: SheetPlan) => parseRange(p.print!.area!);
const mm = (inches: number) => Math.round(inches * 25.4 * 100) / 100;

function expectDocumentPrint(p: SheetPlan) {
  const print = p.print!;
  expect(print.paper).toBe('A4');
  const m = print.margins!;
  expect(mm(m.top)).toBeGreaterThanOrEqual(20);
  expect(mm(m.top)).toBeLessThanOrEqual(25);
  expect(mm(m.bottom)).toBeGreaterThanOrEqual(20);
  expect(mm(m.bottom)).toBeLessThanOrEqual(25);
  expect(mm(m.left)).toBeGreaterThanOrEqual(30);
  expect(mm(m.left)).toBeLessThanOrEqual(35);
  expect(mm(m.right)).toBeGreaterThanOrEqual(15);
  expect(mm(m.right)).toBeLessThanOrEqual(20);
  // page numbers centred at the top, from the second page
  expect(print.header).toEqual({ center: expect.stringMatching(/&P$/), firstPageBlank: true });
  expect(print.header!.center).toContain('Times New Roman');
  // every written cell in Times New Roman, sizes 9 (the note off the page) to 14
  p.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const st = styleAt(p, r, c);
      expect({ cell: [r, c], font: st.fontName }).toEqual({ cell: [r, c], font: 'Times New Roman' });
      expect(st.fontSize).toBeGreaterThanOrEqual(r <= area(p).r1 ? 11 : 9);
      expect(st.fontSize).toBeLessThanOrEqual(14);
    }),
  );
  // row heights within Excel's limit
  for (const h of Object.values(p.rowHeights ?? {})) expect(h).toBeLessThanOrEqual(409);
}

describe('Party layout (the sample: Loại cơ quan = Đảng)', () => {
  const { ranking, list } = plans(snapshotFromPlans(planSample()));

  test('header: parent body, issuing body in bold, the * under it, the number line; motto bold underlined; italic date level with the number', () => {
    const parent = find(list, 'TỈNH ỦY TUYÊN QUANG');
    const issuer = find(list, 'BAN NỘI CHÍNH');
    const star = find(list, '*');
    const number = find(list, 'Số 15-DS/BNCTU');
    expect([parent, issuer, star, number].map((x) => x.c)).toEqual([0, 0, 0, 0]);
    expect([issuer.r, star.r, number.r]).toEqual([parent.r + 1, parent.r + 2, parent.r + 3]);
    expect(styleAt(list, parent.r, 0).bold).toBeFalsy();
    expect(styleAt(list, issuer.r, 0)).toMatchObject({ bold: true, horizontal: 'center' });
    const motto = find(list, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(motto).toEqual({ r: 0, c: 2 });
    expect(styleAt(list, 0, 2)).toMatchObject({ bold: true, underline: true, horizontal: 'center' });
    const date = find(list, 'Tuyên Quang, ngày 03 tháng 12 năm 2019');
    expect(date).toEqual({ r: number.r, c: 2 });
    expect(styleAt(list, date.r, 2)).toMatchObject({ italic: true });
    expect(list.merges).toEqual(expect.arrayContaining([`A${issuer.r + 1}:B${issuer.r + 1}`, `C1:E1`]));
  });

  test('title and subject, then recipients on the left and the signature with the name on the right', () => {
    const title = find(list, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(styleAt(list, title.r, 0)).toMatchObject({ bold: true, fontSize: 14 });
    const label = find(list, 'Nơi nhận:');
    expect(label.c).toBe(0);
    expect(styleAt(list, label.r, 0)).toMatchObject({ underline: true });
    expect(list.values[label.r + 1][0]).toBe('- Ban Nội chính Trung ương (Vụ Địa phương),');
    expect(list.values[label.r + 3][0]).toBe('- Lưu Văn phòng.');
    expect(styleAt(list, label.r + 1, 0).fontSize).toBe(12);
    const authority = find(list, 'T/M CỤM THI ĐUA SỐ 1');
    expect(authority).toEqual({ r: label.r, c: 2 });
    expect(list.values[authority.r + 1][2]).toBe('CỤM PHÓ');
    const name = find(list, 'Nguyễn Văn An');
    expect(name.c).toBe(2);
    expect(name.r).toBeGreaterThanOrEqual(authority.r + 3 + 3); // room to sign
    expect(styleAt(list, name.r, 2)).toMatchObject({ bold: true, horizontal: 'center' });
    // the print area is the document, down to the signer's name
    expect(area(list)).toEqual({ r0: 0, c0: 0, r1: name.r, c1: 4 });
  });

  test('print: A4 portrait, margins, page numbers from page 2, the table header repeated, Times New Roman everywhere', () => {
    expectDocumentPrint(list);
    expect(list.print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    const header = find(list, 'STT').r;
    expect(list.print!.titleRows).toBe(`${header + 1}:${header + 1}`);
  });

  test('the ranking is the annex: the issuing body with its *, `Phụ lục`, what it is attached to; no tool note on paper', () => {
    expect(find(ranking, 'TỈNH ỦY TUYÊN QUANG').c).toBe(0);
    const issuer = find(ranking, 'BAN NỘI CHÍNH');
    expect(ranking.values[issuer.r + 1][0]).toBe('*');
    find(ranking, 'Phụ lục');
    find(ranking, '(Kèm theo Danh sách số 15-DS/BNCTU ngày 03/12/2019)');
    expectDocumentPrint(ranking);
    expect(ranking.print).toMatchObject({ orientation: 'landscape' });
    const h1 = find(ranking, 'Hạng').r;
    expect(ranking.print!.titleRows).toBe(`${h1 + 1}:${h1 + 2}`);
    const note = ranking.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Lập bằng Thi đua'));
    expect(note).toBeGreaterThan(area(ranking).r1);
    const summary = find(ranking, 'Tổng số: 22 vụ án, 14 vụ việc; 03/14 đơn vị vượt chỉ tiêu, 02 đơn vị hoàn thành chỉ tiêu');
    expect(summary.r).toBeLessThanOrEqual(area(ranking).r1);
  });

  test('score and status in their own columns, centred; whole percents without a decimal, others with a decimal comma', () => {
    const h1 = find(ranking, 'Hạng').r;
    const cScore = ranking.values[h1].indexOf('Điểm (tỷ lệ đạt bình quân)');
    const cStatus = ranking.values[h1].indexOf('Xếp loại');
    expect(cStatus).toBe(cScore + 1);
    const lang = ranking.values.findIndex((r) => r[1] === 'Ban Nội chính Tỉnh ủy Lạng Sơn');
    expect(ranking.values[lang][cScore]).toBe(2);
    expect(styleAt(ranking, lang, cScore)).toMatchObject({ numberFormat: '0%', horizontal: 'center' });
    expect(styleAt(ranking, lang, cStatus)).toMatchObject({ horizontal: 'center' });
    const bg = ranking.values.findIndex((r) => r[1] === 'Ban Nội chính Tỉnh ủy Bắc Giang');
    expect(styleAt(ranking, bg, cScore).numberFormat).toBe('0%'); // 125%
    const partial = ranking.values.findIndex((r, i) => i > h1 && typeof r[cScore] === 'number' && Math.round((r[cScore] as number) * 1000) % 10 !== 0);
    expect(partial).toBeGreaterThan(h1);
    expect(styleAt(ranking, partial, cScore).numberFormat).toBe('0.0%');
  });

  test('with the vote: `—` for units that were not candidates; `Số phiếu: 13/14 (92,9%)` without a repeated word', () => {
    const p = plans(snapshotFromPlans(planSample({ withBallots: true })));
    const h1 = find(p.ranking, 'Hạng').r;
    const cVotes = p.ranking.values[h1].indexOf('Phiếu bầu');
    const rows = p.ranking.values.filter((r) => typeof r[0] === 'number');
    expect(rows).toHaveLength(14);
    const candidates = ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'].map((s) => `Ban Nội chính Tỉnh ủy ${s}`);
    for (const r of rows) {
      if (candidates.includes(r[1] as string)) expect(r[cVotes]).toMatch(/^\d+\/14 \(\d+(,\d)?%\)$/);
      else expect(r[cVotes]).toBe('—');
    }
    const notes = p.list.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('Số phiếu'));
    expect(notes).toHaveLength(3);
    for (const n of notes) expect(n).toMatch(/^Số phiếu: \d+\/14 \(\d+(,\d)?%\)$/);
  });
});

describe('State layout (Loại cơ quan = Nhà nước)', () => {
  const { ranking, list } = plans(sampleWith(STATE_VARIANT));

  test('header: parent body, issuing body bold, no *, `Số:`; the national name and motto by default; italic date', () => {
    const parent = find(list, 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
    const issuer = find(list, 'SỞ NỘI VỤ');
    expect(issuer.r).toBe(parent.r + 1);
    expect(styleAt(list, issuer.r, 0)).toMatchObject({ bold: true });
    expect(list.values.flat()).not.toContain('*');
    expect(find(list, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ r: 0, c: 2 });
    expect(find(list, 'Độc lập - Tự do - Hạnh phúc')).toEqual({ r: 1, c: 2 });
    expect(styleAt(list, 1, 2)).toMatchObject({ bold: true, underline: true });
    const number = find(list, 'Số: 15/DS-SNV');
    expect(number.c).toBe(0);
    expect(find(list, 'Tuyên Quang, ngày 03 tháng 12 năm 2019')).toEqual({ r: number.r, c: 2 });
  });

  test('recipients by default as the State rules write them (label bold italic 12, items 11); KT. signature with the name', () => {
    const label = find(list, 'Nơi nhận:');
    expect(styleAt(list, label.r, 0)).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    expect(list.values[label.r + 1][0]).toBe('- Như trên;');
    expect(list.values[label.r + 2][0]).toBe('- Lưu: VT.');
    expect(styleAt(list, label.r + 1, 0).fontSize).toBe(11);
    expect(find(list, 'KT. GIÁM ĐỐC')).toEqual({ r: label.r, c: 2 });
    const name = find(list, 'Trần Thị Bình');
    expect(area(list).r1).toBe(name.r);
    expectDocumentPrint(list);
    expectDocumentPrint(ranking);
    expect(ranking.values.flat()).not.toContain('*');
    find(ranking, 'SỞ NỘI VỤ');
    find(ranking, '(Kèm theo Danh sách số 15/DS-SNV ngày 03/12/2019)');
  });

  test('without a number the line is printed with room to write it by hand', () => {
    const p = plans(sampleWith({ ...STATE_VARIANT, 'Số ký hiệu': null }));
    const line = p.list.values.flat().find((v) => typeof v === 'string' && v.startsWith('Số:'));
    expect(line).toMatch(/^Số: \.{6,}$/);
  });
});

describe('body type, motto and recipients by default (WORKBOOK.md §1.1)', () => {
  const settingsOf = (changes: Record<string, CellValue>) => parseSettings(sampleWith({ 'Loại cơ quan': null, 'Tiêu ngữ': null, 'Nơi nhận': null, ...changes })).settings;
  test.each([
    ['Tỉnh ủy Tuyên Quang', 'BAN NỘI CHÍNH', 'party'],
    [null, 'Ban Nội chính Tỉnh uỷ Bắc Giang', 'party'],
    [null, 'Ban Tuyên giáo Thành ủy Hà Nội', 'party'],
    [null, 'Ban Nội chính Trung ương', 'party'],
    [null, 'Đảng ủy Khối cơ quan tỉnh', 'party'],
    ['Ủy ban nhân dân tỉnh Tuyên Quang', 'Sở Nội vụ', 'state'],
    [null, 'Thanh tra tỉnh Lạng Sơn', 'state'],
  ])('parent %p, issuer %p → %p', (parent, issuer, type) => {
    const s = settingsOf({ 'Cơ quan cấp trên': parent, 'Cơ quan lập danh sách': issuer });
    expect(s.bodyType).toBe(type);
    expect(s.motto).toBe(type === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(s.recipients).toBe(type === 'party' ? '- Như trên,\n- Lưu Văn phòng.' : '- Như trên;\n- Lưu: VT.');
  });
  test('the setting wins over the names; `Tiêu đề` is accepted for the motto; a wrong body type is an error naming the cell', () => {
    expect(settingsOf({ 'Loại cơ quan': 'Nhà nước' }).bodyType).toBe('state');
    const snap = sampleWith({ 'Tiêu ngữ': null, 'Tiêu đề': 'ĐẢNG BỘ TỈNH' });
    expect(parseSettings(snap).settings.motto).toBe('ĐẢNG BỘ TỈNH');
    const bad = parseSettings(sampleWith({ 'Loại cơ quan': 'Công ty' }));
    expect(bad.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SETTING_INVALID', sheet: 'Cấu hình', params: expect.objectContaining({ key: 'Loại cơ quan', expected: 'Đảng | Nhà nước' }) })]));
  });
  test('`Số ký hiệu` is kept without its `Số`', () => {
    expect(settingsOf({ 'Số ký hiệu': 'Số 15-DS/BNCTU' }).docNumber).toBe('15-DS/BNCTU');
    expect(settingsOf({ 'Số ký hiệu': 'Số: 15/DS-SNV' }).docNumber).toBe('15/DS-SNV');
    expect(settingsOf({ 'Số ký hiệu': '7-DS/BNCTU' }).docNumber).toBe('7-DS/BNCTU');
  });
});

describe('long names wrap, never clipped', () => {
  // 120 characters: as long as an issuing body gets
  const LONG = 'BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH TUYÊN QUANG - CƠ QUAN THƯỜNG TRỰC CỤM THI ĐUA SỐ 1 CÁC TỈNH MIỀN NÚI.';
  test('the issuing body wraps in its merged cell, its row tall enough for every line, within 409 points', () => {
    expect(LONG).toHaveLength(120);
    for (const { p, c1 } of [
      { p: plans(sampleWith({ 'Cơ quan lập danh sách': LONG })).list, c1: 1 },
      { p: plans(sampleWith({ 'Cơ quan lập danh sách': LONG })).ranking, c1: 1 },
    ]) {
      const at = find(p, LONG);
      expect(p.merges).toContain(`A${at.r + 1}:${String.fromCharCode(65 + c1)}${at.r + 1}`);
      expect(styleAt(p, at.r, 0)).toMatchObject({ wrap: true, bold: true, fontSize: 13 });
      // a bold capital of Times New Roman is at least 0.6 em wide; a merged cell's width in pixels is
      // 7 per character plus 5 per column (Excel's unit); a line of 13-point text is at least 15 points
      const cellPx = p.columnWidths.slice(0, c1 + 1).reduce((s, w) => s + w * 7 + 5, 0);
      const minLines = Math.ceil((LONG.length * 0.6 * 13 * 96) / 72 / cellPx);
      expect(minLines).toBeGreaterThanOrEqual(3);
      expect(p.rowHeights![at.r + 1]).toBeGreaterThanOrEqual(minLines * 15);
      expect(p.rowHeights![at.r + 1]).toBeLessThanOrEqual(409);
    }
  });
  test('long unit names, awards and signature lines get rows that show them whole', () => {
    const award = 'Bằng khen của Trưởng ban Nội chính Trung ương vì đã có thành tích xuất sắc trong thực hiện phong trào thi đua chuyên đề';
    const { list } = plans(sampleWith({ 'Hình thức khen thưởng': award }));
    const first = find(list, 'Ban Nội chính Tỉnh ủy Bắc Giang').r;
    const awardPx = list.columnWidths[3] * 7 + 5;
    const minLines = Math.ceil((award.length * 0.42 * 12 * 96) / 72 / awardPx);
    expect(list.rowHeights![first + 1]).toBeGreaterThanOrEqual(minLines * 14);
    // the subject line carries the award too
    const subject = find(list, `Đề nghị tặng ${award}`);
    expect(list.rowHeights![subject.r + 1]).toBeGreaterThanOrEqual(2 * 15);
  });
});
