/**
 * A round of today on the command line (WORKBOOK.md v2): `template --year`, `check --json` on a workbook in
 * progress, and each form of the vote, on .xlsx files the tests build.
 */
import { join } from 'node:path';
import { run, suiteFolder } from './helpers';
import { buildWorkbook, roundTrip, type FixtureCell, type FixtureSheet } from '../fixtures/workbooks';
import { readFile } from 'node:fs/promises';

const tmp = suiteFolder('thidua-round-');

export const UNITS_2019 = ['Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Lạng Sơn', 'Tuyên Quang', 'Thái Nguyên', 'Bắc Giang', 'Phú Thọ', 'Lào Cai', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Hòa Bình'];
type Counts = [FixtureCell, FixtureCell, FixtureCell, FixtureCell];

export function settingsSheet(units: string[], extra: FixtureCell[][] = []): FixtureSheet {
  return {
    name: 'Cấu hình',
    rows: [['Tên cụm thi đua', 'Cụm thi đua số 1'], ['Năm', 2019], ...extra, [], ['STT', 'Tên trang tính', 'Tên đơn vị'], ...units.map((u, i) => [i + 1, u, `Ban Nội chính Tỉnh ủy ${u}`])],
  };
}
/** The template's layout: header row 6, VA row 7, VV row 8, target E, result F. */
export function unitSheet(name: string, c: Counts): FixtureSheet {
  return {
    name,
    rows: [
      ['BIỂU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA'],
      [],
      ['Đơn vị:', null, `Ban Nội chính Tỉnh ủy ${name}`],
      ['Tính đến ngày:'],
      [],
      ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Ghi chú'],
      [1, 'VA', 'Phát hiện, tham mưu xử lý vụ án tham nhũng', 'vụ án', c[0], c[1]],
      [2, 'VV', 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"', 'vụ việc', c[2], c[3]],
    ],
  };
}

/** The 2019 figures where a unit has reported. */
const REPORTED: Record<string, Counts> = {
  'Bắc Giang': [2, 3, 3, 3],
  'Lạng Sơn': [1, 2, 1, 2],
  'Thái Nguyên': [1, 2, 1, 2],
  'Hà Giang': [2, 2, 1, 1],
  'Cao Bằng': [2, 1, 1, 1],
  'Bắc Kạn': [1, 1, 1, 0],
  'Tuyên Quang': [2, 2, 2, 1],
  'Phú Thọ': [3, 2, 2, 1],
  'Lào Cai': [2, 2, 1, 1],
  'Yên Bái': [2, 1, 1, 1],
  'Điện Biên': [1, 1, 1, 0],
  'Lai Châu': [1, 1, 1, 0],
  'Sơn La': [2, 1, 1, 1],
  'Hòa Bình': [2, 1, 1, 0],
};
export const NOT_REPORTED = ['Bắc Kạn', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La'];
export const NOT_REGISTERED = 'Hòa Bình';
export const PARTIAL = 'Phú Thọ';

/** 14 units: 7 reported, 5 registered but not reported, 1 not registered, 1 filled in part. */
export function inProgressSheets(): FixtureSheet[] {
  return [
    settingsSheet(UNITS_2019),
    ...UNITS_2019.map((u) => {
      const [vt, vr, wt, wr] = REPORTED[u];
      if (NOT_REPORTED.includes(u)) return unitSheet(u, [vt, null, wt, null]);
      if (u === NOT_REGISTERED) return unitSheet(u, [null, null, null, null]);
      if (u === PARTIAL) return unitSheet(u, [vt, vr, wt, null]);
      return unitSheet(u, [vt, vr, wt, wr]);
    }),
  ];
}

describe('template --year: the roster of the year', () => {
  test.each([
    ['2026', 10, 'Bắc Ninh'],
    ['2025', 10, 'Tuyên Quang'],
    ['2024', 14, 'Hà Giang'],
  ])('--year %s → %i units', async (year, n, one) => {
    const p = join(tmp.dir, `template-${year}.xlsx`);
    const r = await run(['template', '-o', p, '--year', year]);
    expect(r.code).toBe(0);
    const s = await roundTrip(await readFile(p));
    const units = s.sheets.map((x) => x.name).slice(1);
    expect(units).toHaveLength(n);
    expect(units).toContain(one);
    const j = (await run(['check', p, '--json'])).json();
    expect(j.progress).toMatchObject({ total: n, registered: 0, reported: 0 });
    expect(j.progress.toRegister).toEqual(units);
    // the roster's full names: Ban Nội chính Tỉnh ủy …
    const settings = s.sheets[0].values;
    const rosterNames = settings.filter((row) => typeof row[2] === 'string' && String(row[2]).startsWith('Ban Nội chính Tỉnh ủy ')).map((row) => row[2]);
    expect(rosterNames).toEqual(units.map((u) => `Ban Nội chính Tỉnh ủy ${u}`));
    expect(settings.find((row) => row[0] === 'Năm')?.[1]).toBe(Number(year));
  });
  test('2026 has none of the five merged provinces', async () => {
    const p = join(tmp.dir, 'template-2026b.xlsx');
    await run(['template', '-o', p, '--year', '2026']);
    const names = (await roundTrip(await readFile(p))).sheets.map((x) => x.name);
    for (const gone of ['Hà Giang', 'Bắc Kạn', 'Bắc Giang', 'Yên Bái', 'Hòa Bình']) expect(names).not.toContain(gone);
  });
  test('without --year: this year, so the roster of today', async () => {
    const p = join(tmp.dir, 'template-now.xlsx');
    await run(['template', '-o', p]);
    const s = await roundTrip(await readFile(p));
    expect(s.sheets).toHaveLength(new Date().getFullYear() >= 2025 ? 11 : 15);
  });
});

describe('check on a workbook in progress', () => {
  test('--json: progress, one issue per unit still to come, per-cell errors only for the sheet filled in part', async () => {
    const p = await tmp.file('in-progress.xlsx', await buildWorkbook(inProgressSheets()));
    const r = await run(['check', p, '--json']);
    expect(r.code).toBe(1);
    const j = r.json();
    expect(j.ok).toBe(false);
    expect(j.progress).toEqual({ total: 14, registered: 13, reported: 7, toRegister: [NOT_REGISTERED], toReport: NOT_REPORTED, partial: [PARTIAL], missing: [] });
    const issues = j.issues as { code: string; sheet: string; cell: string; severity: string; message: string }[];
    expect(issues.filter((i) => i.code === 'UNIT_NOT_REPORTED').map((i) => [i.sheet, i.cell])).toEqual(NOT_REPORTED.map((u) => [u, 'F7']));
    expect(issues.filter((i) => i.code === 'UNIT_NOT_REGISTERED').map((i) => [i.sheet, i.cell])).toEqual([[NOT_REGISTERED, 'E7']]);
    expect(issues.find((i) => i.code === 'UNIT_NOT_REPORTED')!.message).toBe('Bắc Kạn chưa báo cáo kết quả.');
    // the only per-cell error: the sheet filled in part
    expect(issues.filter((i) => i.code === 'RESULT_MISSING' || i.code === 'TARGET_MISSING').map((i) => [i.sheet, i.cell])).toEqual([[PARTIAL, 'F8']]);
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(7);
  });
  test('text: the progress lines, in both languages', async () => {
    const p = await tmp.file('in-progress2.xlsx', await buildWorkbook(inProgressSheets()));
    const vi = (await run(['check', p])).out;
    expect(vi).toContain('Tiến độ: đã đăng ký 13/14, đã báo cáo 7/14.');
    expect(vi).toContain(`Chưa báo cáo kết quả: ${NOT_REPORTED.join(', ')}.`);
    expect(vi).toContain(`Chưa đăng ký chỉ tiêu: ${NOT_REGISTERED}.`);
    const en = (await run(['check', p, '--lang', 'en'])).out;
    expect(en).toContain('Progress: 13/14 registered, 7/14 reported.');
  });
  test('progress is there when every unit has reported too', async () => {
    const p = await tmp.file('done.xlsx', await buildWorkbook([settingsSheet(UNITS_2019), ...UNITS_2019.map((u) => unitSheet(u, REPORTED[u]))]));
    const j = (await run(['check', p, '--json'])).json();
    expect(j.ok).toBe(true);
    expect(j.progress).toEqual({ total: 14, registered: 14, reported: 14, toRegister: [], toReport: [], partial: [], missing: [] });
  });
});

describe('each form of the vote', () => {
  const reported = () => [settingsSheet(UNITS_2019), ...UNITS_2019.map((u) => unitSheet(u, REPORTED[u]))];
  const CANDIDATES = ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'];
  const marks = (i: number) => CANDIDATES.map((_, k) => ((i + k) % 5 === 0 ? null : 'x'));
  test.each<[string, FixtureCell[][], string, number]>([
    ['named', [['STT', 'Đơn vị bỏ phiếu', ...CANDIDATES], ...UNITS_2019.map((u, i) => [i + 1, u, ...marks(i)])], 'named', 14],
    ['anonymous', [['Phiếu số', ...CANDIDATES], ...UNITS_2019.map((_, i) => [`Phiếu số ${i + 1}`, ...marks(i)])], 'anonymous', 14],
    ['tally', [['Số phiếu phát ra', 14], ['Số phiếu thu về', 14], ['Số phiếu hợp lệ', 13], [], ['Đơn vị', 'Số phiếu đồng ý'], ['Bắc Giang', 12], ['Lạng Sơn', 11], ['Thái Nguyên', 6]], 'tally', 13],
  ])('%s ballots: votes in the JSON', async (name, rows, _form, ballots) => {
    const p = await tmp.file(`vote-${name}.xlsx`, await buildWorkbook([...reported(), { name: 'Phiếu bầu', rows }]));
    const r = await run(['check', p, '--json']);
    const j = r.json();
    expect(r.code).toBe(0);
    const bg = j.units.find((u: { sheet: string }) => u.sheet === 'Bắc Giang');
    expect(bg.votes.ballots).toBe(ballots);
    if (name === 'tally') {
      expect(j.nominations.map((n: { sheet: string }) => n.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn']);
      expect(j.issues.map((i: { code: string }) => i.code).filter((c: string) => c !== 'CRITERIA_DEFAULT')).toEqual(['VOTE_FAILED']);
    } else expect(j.nominations.map((n: { sheet: string }) => n.sheet)).toEqual(CANDIDATES);
  });
  test('a ballots sheet made by `ballots` and not filled: a warning, no nominations, exit 0', async () => {
    const p = await tmp.file('vote-empty.xlsx', await buildWorkbook(reported()));
    const out = join(tmp.dir, 'vote-empty-out.xlsx');
    expect((await run(['ballots', p, '-o', out])).code).toBe(0);
    const r = await run(['check', out, '--json']);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.issues.filter((i: { code: string }) => i.code !== 'CRITERIA_DEFAULT').map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([['BALLOT_NOT_ENTERED', 'warning']]);
    expect(j.nominations).toEqual([]);
  });
  test('a tally with an error names its cell', async () => {
    const rows: FixtureCell[][] = [['Số phiếu phát ra', 14], ['Số phiếu thu về', 15], ['Số phiếu hợp lệ', 13], [], ['Đơn vị', 'Số phiếu đồng ý'], ['Bắc Giang', 12]];
    const p = await tmp.file('vote-bad-tally.xlsx', await buildWorkbook([...reported(), { name: 'Phiếu bầu', rows }]));
    const r = await run(['check', p]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[lỗi] Phiếu bầu!B2: Số phiếu thu về (15) nhiều hơn số phiếu phát ra (14).');
  });
});
