/**
 * The `thidua` command on real .xlsx files (WORKBOOK.md §5): workbooks made elsewhere (clean, messy,
 * broken) through the real exceljs path; exit codes; JSON; nothing written on errors; input untouched.
 */
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { run, suiteFolder } from './helpers';
import { loadExcel, roundTrip } from '../fixtures/workbooks';
import { BROKEN_DEFECTS, brokenWorkbook, cleanWorkbook, messyWorkbook } from './clusters';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const exists = (p: string) => stat(p).then(() => true, () => false);
const tmp = suiteFolder('thidua-cli-');

/** No cell of the given sheets holds a formula. */
async function assertNoFormula(path: string, sheets: string[]) {
  const wb = await loadExcel(await readFile(path));
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    expect(ws).toBeDefined();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.formula).toBeFalsy();
      }),
    );
  }
}

describe('clean workbook made elsewhere', () => {
  test('run: right figures, outputs written, input sheets kept, input file untouched', async () => {
    const input = await tmp.file('clean.xlsx', await cleanWorkbook());
    const before = await readFile(input);
    const out = join(tmp.dir, 'clean-out.xlsx');
    const r = await run(['run', input, '-o', out, '--json']);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j.ok).toBe(true);
    expect(j.units.map((u: { sheet: string; rank: number; status: string }) => [u.rank, u.sheet, u.status])).toEqual([
      [1, 'Quảng Ninh', 'exceeded'],
      [2, 'Hải Phòng', 'met'],
      [3, 'Thái Bình', 'not_met'],
    ]);
    expect(j.units[0].criteria).toEqual([
      { code: 'VA', target: 2, result: 3, attainment: 1.5 },
      { code: 'VV', target: 1, result: 2, attainment: 2 },
    ]);
    expect(j.units[0].score).toBe(1.75);
    expect(j.totals).toEqual([
      { code: 'VA', target: 5, result: 5 },
      { code: 'VV', target: 4, result: 5 },
    ]);
    expect(j.nominations).toEqual([{ sheet: 'Quảng Ninh', name: 'Ban Nội chính Tỉnh ủy Quảng Ninh', achievement: 'Phát hiện 03 vụ án (đạt 150%), 02 vụ việc (đạt 200%)', award: 'Bằng khen' }]);
    expect(j.outputs).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });
    expect(sha(await readFile(input))).toBe(sha(before));
    const a = await roundTrip(before);
    const b = await roundTrip(await readFile(out));
    expect(b.sheets.slice(0, a.sheets.length)).toEqual(a.sheets);
    expect(b.sheets.map((s) => s.name).slice(a.sheets.length)).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
    await assertNoFormula(out, ['Xếp hạng', 'Đề nghị khen thưởng']);
  });

  test('check prints one line per issue and a summary; Vietnamese by default, English with --lang en', async () => {
    const input = await tmp.file('clean2.xlsx', await cleanWorkbook());
    const vi = await run(['check', input]);
    expect(vi.code).toBe(0);
    expect(vi.out.join('\n')).toContain('0 lỗi');
    const en = await run(['check', input, '--lang', 'en']);
    expect(en.out.join('\n')).toContain('0 errors');
  });
});

describe('messy but valid workbook', () => {
  test('every unit is found and judged; a user sheet named Xếp hạng is kept; no formula from workbook text', async () => {
    const input = await tmp.file('messy.xlsx', await messyWorkbook());
    const before = await readFile(input);
    const out = join(tmp.dir, 'messy-out.xlsx');
    const r = await run(['run', input, '-o', out, '--json']);
    const j = r.json();
    expect(j.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    const bySheet = Object.fromEntries(j.units.map((u: { sheet: string; criteria: { target: number; result: number }[] }) => [u.sheet.normalize('NFC'), u.criteria.map((c) => [c.target, c.result])]));
    expect(bySheet).toEqual({
      'Hoà Bình': [[1, 2], [1, 2]],
      'Ðiện Biên': [[2, 3], [1, 2]],
      'Thuỷ Nguyên': [[1, 1], [2, 1]],
      'Lai Châu': [[1, 1], [1, 1]],
    });
    // `sheet` is the name as it stands in the file (NFD stays NFD)
    expect(j.units.map((u: { sheet: string }) => u.sheet)).toContain('Hoà Bình'.normalize('NFD'));
    // numbers stored as text are warnings, not errors
    expect(j.issues.filter((i: { code: string }) => i.code === 'COUNT_AS_TEXT').map((i: { cell: string }) => i.cell).sort()).toEqual(['A11', 'C11']);
    expect(j.outputs).toEqual({ ranking: 'Xếp hạng (2)', nominations: 'Đề nghị khen thưởng' });
    expect(j.nominations.map((n: { name: string }) => n.name)).toEqual(['=Ban Nội chính Tỉnh ủy Hòa Bình', 'Ban Nội chính Tỉnh ủy Điện Biên']);
    const a = await roundTrip(before);
    const b = await roundTrip(await readFile(out));
    expect(b.sheets.slice(0, a.sheets.length)).toEqual(a.sheets);
    expect(b.sheets.find((s) => s.name === 'Xếp hạng')!.values).toEqual([['Bảng xếp hạng tự làm của tôi'], ['không được ghi đè']]);
    await assertNoFormula(out, ['Xếp hạng (2)', 'Đề nghị khen thưởng']);
    const written = b.sheets.find((s) => s.name === 'Đề nghị khen thưởng')!.values.flat();
    expect(written).toContain('=Ban Nội chính Tỉnh ủy Hòa Bình');
  });

  test('a second run on its own output replaces only the tool’s sheets', async () => {
    const first = join(tmp.dir, 'messy-out.xlsx');
    const second = join(tmp.dir, 'messy-out-2.xlsx');
    const r = await run(['run', first, '-o', second, '--json']);
    expect(r.code).toBe(0);
    expect(r.json().outputs).toEqual({ ranking: 'Xếp hạng (2)', nominations: 'Đề nghị khen thưởng' });
    const names = (await roundTrip(await readFile(second))).sheets.map((s) => s.name.normalize('NFC'));
    expect(names.filter((n) => n.startsWith('Xếp hạng'))).toEqual(['Xếp hạng', 'Xếp hạng (2)']);
    expect(names.filter((n) => n.startsWith('Đề nghị'))).toEqual(['Đề nghị khen thưởng']);
  });
});

describe('broken workbook', () => {
  test('exit 1, each defect named by sheet and cell, nothing written, input untouched', async () => {
    const input = await tmp.file('broken.xlsx', await brokenWorkbook());
    const before = sha(await readFile(input));
    const out = join(tmp.dir, 'broken-out.xlsx');
    const r = await run(['run', input, '-o', out, '--json']);
    expect(r.code).toBe(1);
    const j = r.json();
    expect(j.ok).toBe(false);
    expect(j.outputs).toBeUndefined();
    const errors = j.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; sheet: string; cell: string }) => ({ code: i.code, sheet: i.sheet, cell: i.cell }));
    expect(errors).toEqual(expect.arrayContaining(BROKEN_DEFECTS));
    expect(errors).toHaveLength(BROKEN_DEFECTS.length);
    expect(await exists(out)).toBe(false);
    expect(sha(await readFile(input))).toBe(before);
    // human output: one line per defect with its place
    const h = await run(['check', input]);
    expect(h.code).toBe(1);
    for (const d of BROKEN_DEFECTS) expect(h.out.some((l) => l.includes(`${d.sheet}!${d.cell}:`))).toBe(true);
    // check never writes, so it does not say "nothing was written"; run does
    expect(h.out.at(-1)).toBe('Sổ tính có lỗi: chưa xếp hạng được. Sửa các ô đã nêu rồi kiểm tra lại.');
    const hr = await run(['run', input, '-o', out]);
    expect(hr.code).toBe(1);
    expect(hr.out.at(-1)).toBe('Sổ tính có lỗi: chưa ghi gì. Sửa các ô đã nêu rồi chạy lại.');
    expect(await exists(out)).toBe(false);
  });
});

describe('unusable input: exit 2, one line, no stack trace', () => {
  test.each([
    ['not an xlsx', async () => ['check', await tmp.file('notes.xlsx', Buffer.from('STT,Tên\n1,Hà Giang\n'))]],
    ['missing file', async () => ['check', join(tmp.dir, 'nope.xlsx')]],
    ['-o equal to the input', async () => { const p = await tmp.file('same.xlsx', await cleanWorkbook()); return ['run', p, '-o', p]; }],
    ['unknown command', async () => ['rank', 'x.xlsx']],
    ['unknown option', async () => ['check', 'x.xlsx', '--fast']],
    ['missing -o', async () => ['run', 'x.xlsx']],
  ])('%s', async (_name, argv) => {
    const r = await run(await argv());
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^thidua: /);
    expect(r.err[0]).not.toMatch(/\n|\bat .+:\d+:\d+/);
  });
});

describe('sample, template and ballots commands', () => {
  test('sample → check: no issues; --with-ballots adds the vote', async () => {
    const p = join(tmp.dir, 'sample.xlsx');
    expect((await run(['sample', '-o', p])).code).toBe(0);
    const j = (await run(['check', p, '--json'])).json();
    expect(j.issues).toEqual([]);
    expect(j.nominations.map((n: { achievement: string }) => n.achievement)[0]).toBe('Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)');
    const pb = join(tmp.dir, 'sample-ballots.xlsx');
    expect((await run(['sample', '-o', pb, '--with-ballots'])).code).toBe(0);
    const jb = (await run(['check', pb, '--json'])).json();
    expect(jb.units.find((u: { sheet: string }) => u.sheet === 'Bắc Giang').votes).toEqual({ for: 13, ballots: 14, share: 13 / 14 });
  });
  test('template: units still to register until filled; custom units and year', async () => {
    const p = join(tmp.dir, 'template.xlsx');
    expect((await run(['template', '-o', p, '--units', 'Hà Nội, Hải Phòng', '--year', '2026'])).code).toBe(0);
    const s = await roundTrip(await readFile(p));
    expect(s.sheets.map((x) => x.name)).toEqual(['Cấu hình', 'Hà Nội', 'Hải Phòng']);
    const j = (await run(['check', p, '--json'])).json();
    expect(j.ok).toBe(false);
    expect(j.issues.filter((i: { code: string }) => i.code === 'UNIT_NOT_REGISTERED').map((i: { sheet: string; cell: string }) => [i.sheet, i.cell])).toEqual([
      ['Hà Nội', 'E7'],
      ['Hải Phòng', 'E7'],
    ]);
    expect(j.progress).toEqual({ total: 2, registered: 0, reported: 0, toRegister: ['Hà Nội', 'Hải Phòng'], toReport: [], partial: [], missing: [] });
  });
  test('ballots: a Phiếu bầu sheet for the qualifying units, never over an existing one', async () => {
    const p = join(tmp.dir, 'sample2.xlsx');
    await run(['sample', '-o', p]);
    const out = join(tmp.dir, 'with-ballots.xlsx');
    expect((await run(['ballots', p, '-o', out])).code).toBe(0);
    const s = await roundTrip(await readFile(out));
    const b = s.sheets.find((x) => x.name === 'Phiếu bầu')!;
    // anonymous ballots by default, one per unit; --named gives the voter column
    expect(b.values[3]).toEqual(['Phiếu số', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(b.values.slice(4).map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, i) => `Phiếu số ${i + 1}`));
    const named = join(tmp.dir, 'with-named-ballots.xlsx');
    expect((await run(['ballots', p, '-o', named, '--named'])).code).toBe(0);
    const n = (await roundTrip(await readFile(named))).sheets.find((x) => x.name === 'Phiếu bầu')!;
    expect(n.values[3]).toEqual(['STT', 'Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(n.values.slice(4).map((r) => r[1])).toHaveLength(14);
    const again = await run(['ballots', out, '-o', join(tmp.dir, 'again.xlsx')]);
    expect(again.code).toBe(2);
    expect(await exists(join(tmp.dir, 'again.xlsx'))).toBe(false);
  });
});

describe('the real bin', () => {
  test('node bin/thidua.cjs: exit codes and a one-line message', async () => {
    const exec = promisify(execFile);
    const res = await exec(process.execPath, ['bin/thidua.cjs', '--help']);
    expect(res.stdout).toContain('thidua sample');
    await expect(exec(process.execPath, ['bin/thidua.cjs', 'check', join(tmp.dir, 'none.xlsx')])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^thidua: Không tìm thấy tệp .*\n$/) });
  }, 60000);
});

describe('ballots command refuses what would mislead', () => {
  test('a workbook with errors: exit 1, nothing written; no qualifying unit: exit 2, nothing written', async () => {
    const broken = await tmp.file('broken-b.xlsx', await brokenWorkbook());
    const out1 = join(tmp.dir, 'b1.xlsx');
    const r1 = await run(['ballots', broken, '-o', out1]);
    expect(r1.code).toBe(1);
    expect(await exists(out1)).toBe(false);
    // a clean workbook where no unit exceeds: no candidate
    const none = await tmp.file('none.xlsx', await (await import('../fixtures/workbooks')).buildWorkbook([
      { name: 'Cấu hình', rows: [['STT', 'Tên trang tính'], [1, 'A']] },
      { name: 'A', rows: [['Mã', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện'], ['VA', 2, 1], ['VV', 1, 1]] },
    ]));
    const out2 = join(tmp.dir, 'b2.xlsx');
    const r2 = await run(['ballots', none, '-o', out2]);
    expect(r2.code).toBe(2);
    expect(r2.err[0]).toContain('Chưa có đơn vị nào đủ điều kiện');
    expect(await exists(out2)).toBe(false);
  });
  test('a sheet the reader takes as the ballots sheet (no diacritics) counts as existing', async () => {
    const { buildWorkbook } = await import('../fixtures/workbooks');
    const p = await tmp.file('phieu.xlsx', await buildWorkbook([
      { name: 'Cấu hình', rows: [['STT', 'Tên trang tính'], [1, 'A']] },
      { name: 'A', rows: [['Mã', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện'], ['VA', 1, 2], ['VV', 1, 1]] },
      { name: 'Phieu bau', rows: [['Đơn vị bỏ phiếu', 'A'], ['A', 'x']] },
    ]));
    const r = await run(['ballots', p, '-o', join(tmp.dir, 'b3.xlsx')]);
    expect(r.code).toBe(2);
    expect(await exists(join(tmp.dir, 'b3.xlsx'))).toBe(false);
  });
});
