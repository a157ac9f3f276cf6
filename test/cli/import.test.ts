/**
 * `thidua import` (WORKBOOK.md §6) on files the tests build: a cluster workbook in progress and the files
 * units send back (the whole workbook, a single sheet, rows in another order, a conflict, two files for one
 * unit, a unit not in the roster). The copy differs from the input only in the copied cells: every other
 * part of the package is byte-identical, and in the edited sheets only those cells change.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { run, suiteFolder } from './helpers';
import { planImport } from '../../src/core/import';
import { buildWorkbook, roundTrip, type FixtureCell, type FixtureSheet } from '../fixtures/workbooks';

const tmp = suiteFolder('thidua-import-');
const exists = (p: string) => stat(p).then(() => true, () => false);

const UNITS = ['Bắc Giang', 'Bắc Kạn', 'Yên Bái', 'Điện Biên', 'Lai Châu'];
type Counts = [FixtureCell, FixtureCell, FixtureCell, FixtureCell];
const VA = 'Phát hiện, tham mưu xử lý vụ án tham nhũng';
const VV = 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"';
const settings = (): FixtureSheet => ({
  name: 'Cấu hình',
  rows: [['Tên cụm thi đua', 'Cụm thi đua số 1'], [], ['STT', 'Tên trang tính', 'Tên đơn vị'], ...UNITS.map((u, i) => [i + 1, u, `Ban Nội chính Tỉnh ủy ${u}`])],
});
/** The template's layout: VA row 7, VV row 8, target E, result F; a note in H7 that import must keep. */
const unit = (name: string, c: Counts): FixtureSheet => ({
  name,
  rows: [
    ['BIỂU ĐĂNG KÝ'],
    [],
    ['Đơn vị:', null, `Ban Nội chính Tỉnh ủy ${name}`],
    [],
    [],
    ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Ghi chú'],
    [1, 'VA', VA, 'vụ án', c[0], c[1], null, 'ghi chú của Cụm'],
    [2, 'VV', VV, 'vụ việc', c[2], c[3]],
  ],
});
/** Bắc Giang reported; Bắc Kạn, Yên Bái, Điện Biên registered only; Lai Châu nothing yet. */
const CLUSTER: Record<string, Counts> = {
  'Bắc Giang': [2, 3, 3, 3],
  'Bắc Kạn': [1, null, 1, null],
  'Yên Bái': [2, null, 1, null],
  'Điện Biên': [1, null, 1, null],
  'Lai Châu': [null, null, null, null],
};
const clusterSheets = () => [settings(), ...UNITS.map((u) => unit(u, CLUSTER[u]))];

/** Bắc Kạn sends back the whole workbook, its results filled in (the other sheets as they were). */
const wholeWorkbook = () => [settings(), ...UNITS.map((u) => unit(u, u === 'Bắc Kạn' ? [1, 1, 1, 0] : CLUSTER[u]))];
/** Yên Bái sends only its own sheet. */
const singleSheet = () => [unit('Yên Bái', [2, 1, 1, 1])];
/** Điện Biên's own layout: rows in another order, columns moved, the header lower. */
const reordered = (): FixtureSheet[] => [
  {
    name: 'Điện Biên',
    rows: [
      ['BAN NỘI CHÍNH TỈNH ỦY ĐIỆN BIÊN'],
      [],
      [],
      ['Mã', 'Kết quả thực hiện', 'Chỉ tiêu đăng ký', 'Nội dung chỉ tiêu'],
      ['VV', 2, 1, VV],
      ['VA', '03', 1, VA],
    ],
  },
];
/** Bắc Giang's file says 4 cases where the cluster holds 3: a conflict. */
const conflicting = () => [unit('Bắc Giang', [2, 4, 3, 3])];

/** Every part of two packages: the names that differ in content, and those only in one. */
function packageDiff(a: Uint8Array, b: Uint8Array): { changed: string[]; onlyA: string[]; onlyB: string[] } {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return {
    changed: Object.keys(pa).filter((k) => pb[k] && !same(pa[k], pb[k])).sort(),
    onlyA: Object.keys(pa).filter((k) => !pb[k]),
    onlyB: Object.keys(pb).filter((k) => !pa[k]),
  };
}

describe('thidua import', () => {
  test('whole workbook, single sheet, rows in another order and a conflict: the change list, then only those cells change', async () => {
    const cluster = await tmp.file('cum.xlsx', await buildWorkbook(clusterSheets()));
    const files = [
      await tmp.file('bac-kan.xlsx', await buildWorkbook(wholeWorkbook())),
      await tmp.file('yen-bai.xlsx', await buildWorkbook(singleSheet())),
      await tmp.file('dien-bien.xlsx', await buildWorkbook(reordered())),
      await tmp.file('bac-giang.xlsx', await buildWorkbook(conflicting())),
    ];
    const out = join(tmp.dir, 'cum-nhap.xlsx');
    const r = await run(['import', cluster, ...files, '-o', out]);
    expect([r.code, r.out.filter((l) => l.startsWith('[lỗi]'))]).toEqual([0, []]);
    const lines = r.out.join('\n');
    expect(lines).toContain('Bắc Kạn!F7: (trống) → 1');
    expect(lines).toContain('Bắc Kạn!F8: (trống) → 0');
    expect(lines).toContain('Yên Bái!F7: (trống) → 1');
    expect(lines).toContain(`Điện Biên!F7: (trống) → 3  ← ${files[2]} › Điện Biên!B6`);
    expect(lines).toContain('Điện Biên!F8: (trống) → 2');
    expect(lines).toContain('Bắc Giang!F7: 3 → 4 (xung đột: giữ nguyên; dùng --overwrite để ghi đè)');
    expect(lines).toMatch(/\[cảnh báo\] .*bac-giang\.xlsx › Bắc Giang!F7: Ô đã có 3, tệp ghi 4/);
    expect(lines).toContain('6 ô sẽ được chép, 1 ô xung đột');

    // the copy: figures in, the conflict kept, everything else as it was
    const before = await roundTrip(await readFile(cluster));
    const after = await roundTrip(await readFile(out));
    const edited = new Map([
      ['Bắc Kạn!F7', 1],
      ['Bắc Kạn!F8', 0],
      ['Yên Bái!F7', 1],
      ['Yên Bái!F8', 1],
      ['Điện Biên!F7', 3],
      ['Điện Biên!F8', 2],
    ]);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const [i, s] of after.sheets.entries()) {
      const rows = Math.max(s.values.length, before.sheets[i].values.length);
      for (let r = 0; r < rows; r++) {
        const width = Math.max(s.values[r]?.length ?? 0, before.sheets[i].values[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const ref = `${s.name}!${String.fromCharCode(65 + c)}${r + 1}`;
          const want = edited.has(ref) ? edited.get(ref) : (before.sheets[i].values[r]?.[c] ?? null);
          expect([ref, s.values[r]?.[c] ?? null]).toEqual([ref, want]);
        }
      }
    }
    // the package: only the three edited sheets' parts differ, byte for byte everything else
    const diff = packageDiff(await readFile(cluster), await readFile(out));
    expect(diff.onlyA).toEqual([]);
    expect(diff.onlyB).toEqual([]);
    expect(diff.changed).toEqual(['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']);

    // confirmed: --overwrite takes the file's 4
    const out2 = join(tmp.dir, 'cum-nhap-2.xlsx');
    const r2 = await run(['import', cluster, ...files, '-o', out2, '--overwrite', '--json']);
    expect(r2.code).toBe(0);
    const j = r2.json();
    expect(j.ok).toBe(true);
    expect(j.changes.find((c: { cell: string; sheet: string }) => c.sheet === 'Bắc Giang' && c.cell === 'F7')).toMatchObject({ before: 3, after: 4, conflict: true, written: true });
    const after2 = await roundTrip(await readFile(out2));
    expect(after2.sheets.find((s) => s.name === 'Bắc Giang')!.values[6][5]).toBe(4);
    // the check now sees the units that reported
    const check = (await run(['check', out2, '--json'])).json();
    expect(check.progress).toMatchObject({ reported: 4, toRegister: ['Lai Châu'], toReport: [] });
  });

  test('two files for one unit with different figures, and a unit not in the roster: errors naming file, sheet and cell; nothing written', async () => {
    const cluster = await tmp.file('cum2.xlsx', await buildWorkbook(clusterSheets()));
    const a = await tmp.file('lai-chau-1.xlsx', await buildWorkbook([unit('Lai Châu', [1, 1, 1, 1])]));
    const b = await tmp.file('lai-chau-2.xlsx', await buildWorkbook([unit('Lai Châu', [1, 2, 1, 1])]));
    const c = await tmp.file('hai-duong.xlsx', await buildWorkbook([unit('Hải Dương', [1, 1, 1, 1])]));
    const out = join(tmp.dir, 'cum2-nhap.xlsx');
    const r = await run(['import', cluster, a, b, c, '-o', out, '--json']);
    expect(r.code).toBe(1);
    const j = r.json();
    expect(j.ok).toBe(false);
    const errors = j.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; file: string; sheet: string; cell: string | null }) => [i.code, i.file, i.sheet, i.cell]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['IMPORT_UNKNOWN_UNIT', c, 'Hải Dương', null],
        ['IMPORT_DUPLICATE_UNIT', b, 'Lai Châu', 'F7'],
      ]),
    );
    expect(await exists(out)).toBe(false);
    const text = (await run(['import', cluster, a, b, '-o', out])).out.join('\n');
    expect(text).toContain(`Hai tệp cho đơn vị "Lai Châu" có số liệu khác nhau (Lai Châu!F7: 1 trong "${a}", 2 trong "${b}")`);
    expect(text).toContain('Có lỗi: chưa ghi gì.');
    // the same figures twice are no conflict
    const same = await tmp.file('lai-chau-3.xlsx', await buildWorkbook([unit('Lai Châu', [1, 1, 1, 1]), { name: 'Ghi chú', rows: [['gửi lại']] }]));
    expect((await run(['import', cluster, a, same, '-o', out])).code).toBe(0);
  });

  test('a count the rules reject and a criterion the cluster does not have: errors with their cells', async () => {
    const cluster = await tmp.file('cum3.xlsx', await buildWorkbook(clusterSheets()));
    const bad = await tmp.file('bad.xlsx', await buildWorkbook([{ ...unit('Lai Châu', [1, 'ba', 1, 1]), rows: [...unit('Lai Châu', [1, 'ba', 1, 1]).rows, [3, 'XX', 'Chỉ tiêu lạ', 'vụ', 1, 1]] }]));
    const r = await run(['import', cluster, bad, '-o', join(tmp.dir, 'x.xlsx'), '--json']);
    expect(r.code).toBe(1);
    const errors = r.json().issues.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['IMPORT_COUNT_INVALID', 'Lai Châu', 'F7'],
        ['IMPORT_UNKNOWN_CRITERION', 'Lai Châu', 'B9'],
      ]),
    );
  });

  test('usage: returned files are needed; -o may not be one of them', async () => {
    expect((await run(['import', 'a.xlsx', '-o', 'b.xlsx'])).code).toBe(2);
    const cluster = await tmp.file('cum4.xlsx', await buildWorkbook(clusterSheets()));
    const f = await tmp.file('f.xlsx', await buildWorkbook(singleSheet()));
    expect((await run(['import', cluster, f, '-o', f])).code).toBe(2);
  });
});

describe('planImport (core, on snapshots)', () => {
  test('blank cells in a returned file bring nothing and never empty a cluster cell', async () => {
    const cluster = await roundTrip(await buildWorkbook(clusterSheets()));
    const returned = await roundTrip(await buildWorkbook([unit('Bắc Giang', [null, null, null, null])]));
    const plan = planImport(cluster, [{ name: 'bg.xlsx', snapshot: returned }]);
    expect(plan.changes).toEqual([]);
    expect(plan.issues).toEqual([]);
  });
  test('a sheet named otherwise is matched by its `Đơn vị:` cell', async () => {
    const cluster = await roundTrip(await buildWorkbook(clusterSheets()));
    const sheet = unit('Yên Bái', [2, 1, 1, 1]);
    const returned = await roundTrip(await buildWorkbook([{ ...sheet, name: 'Sheet1' }]));
    const plan = planImport(cluster, [{ name: 'yb.xlsx', snapshot: returned }]);
    expect(plan.changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Yên Bái!F7', 'Yên Bái!F8']);
  });
});
