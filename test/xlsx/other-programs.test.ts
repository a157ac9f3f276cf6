/**
 * Files written by other programs (WORKBOOK.md §4 v2, issue 10): the sample saved by openpyxl with a chart,
 * comments on a filled and on an empty cell, an image, data validation, a conditional format, sheet
 * protection, a hidden sheet and a defined name (test/xlsx/programs/openpyxl_extras.py); and that file saved
 * again by LibreOffice. `thidua run` on each: every part of the input is in the copy, all but the workbook
 * part, its relationships, the content types and the styles byte for byte (so every input sheet's part);
 * and LibreOffice opens the copy and renders both generated sheets (exported to CSV, sheet by sheet).
 * `.ci/run` installs soffice, python3-openpyxl and python3-pil.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { planSample } from '../../src/core';
import { main } from '../../src/cli/main';
import { writeNewWorkbook } from '../../src/xlsx/write';

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const SOFFICE = has('soffice');
if (!SOFFICE) console.warn('Files-from-other-programs tests skipped: `soffice` is not installed (apt-get install libreoffice-calc-nogui).');
const describeLo = SOFFICE ? describe : describe.skip;

const PROGRAMS = ['openpyxl', 'libreoffice'] as const;
type Program = (typeof PROGRAMS)[number];
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);

let dir = '';
const input = (p: Program) => join(dir, `${p}.xlsx`);
const output = (p: Program) => join(dir, `${p}-ket-qua.xlsx`);
const runs = {} as Record<Program, { code: number; out: string[]; err: string[] }>;

function soffice(args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 240_000 });
}

async function parts(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

const allText = (m: Map<string, Buffer>) => [...m.values()].map((b) => b.toString('utf8')).join('\n');

describeLo('files written by openpyxl and LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-programs-'));
    const sample = join(dir, 'sample.xlsx');
    writeFileSync(sample, await writeNewWorkbook(planSample({})));
    try {
      execFileSync('/usr/bin/python3', [join(__dirname, 'programs', 'openpyxl_extras.py'), sample, input('openpyxl')], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`python3 with openpyxl and PIL is needed (apt-get install python3-openpyxl python3-pil): ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
    // LibreOffice's own save of the same workbook
    mkdirSync(join(dir, 'lo'));
    soffice(['--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), input('openpyxl')]);
    writeFileSync(input('libreoffice'), readFileSync(join(dir, 'lo', 'openpyxl.xlsx')));
    for (const p of PROGRAMS) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['run', input(p), '-o', output(p)], { out: (l) => out.push(l), err: (l) => err.push(l) });
      runs[p] = { code, out, err };
    }
  }, 600_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(PROGRAMS)('%s: the input really carries a chart, comments, an image, validation, a conditional format, protection, a hidden sheet', async (p) => {
    const m = await parts(input(p));
    const names = [...m.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect(names.some((n) => /comments.*\.xml$/.test(n))).toBe(true);
    const text = allText(m);
    expect(text).toContain('Ghi chú trên ô có dữ liệu');
    expect(text).toContain('Ghi chú trên ô trống');
    expect(text).toMatch(/<dataValidation\b/);
    expect(text).toMatch(/<conditionalFormatting\b/);
    expect(text).toMatch(/<sheetProtection\b[^>]*sheet="(1|true)"/);
    expect(m.get('xl/workbook.xml')!.toString()).toMatch(/<sheet [^>]*name="Ghi chú ẩn"[^>]*state="hidden"|<sheet [^>]*state="hidden"[^>]*name="Ghi chú ẩn"/);
    expect(m.get('xl/workbook.xml')!.toString()).toContain('VungSoLieu');
  });

  test.each(PROGRAMS)('%s: `run` writes the copy; every input part is there, all but four byte for byte', async (p) => {
    expect(runs[p]).toMatchObject({ code: 0, err: [] });
    const before = await parts(input(p));
    const after = await parts(output(p));
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!EDITED.has(name)) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
    }
    const sheetParts = [...before.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheetParts.length).toBe(16);
    expect([...after.keys()].filter((n) => !before.has(n))).toHaveLength(2);
    // the workbook part keeps its hidden sheet, its user name and its sheets, and gains the tool's
    const wb = after.get('xl/workbook.xml')!.toString();
    expect(wb).toContain('VungSoLieu');
    expect(wb).toContain('ThiDua_XepHang');
    expect(wb).toContain('ThiDua_DeNghi');
  });

  test('LibreOffice opens both copies and renders both generated sheets', () => {
    const csv = join(dir, 'csv');
    // every sheet to its own CSV (LibreOffice ≥ 7.2: the last filter token -1)
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', csv, output('openpyxl'), output('libreoffice')]);
    for (const p of PROGRAMS) {
      const sheet = (name: string) => {
        const path = join(csv, `${p}-ket-qua-${name}.csv`);
        expect([path, existsSync(path)]).toEqual([path, true]);
        return readFileSync(path, 'utf8');
      };
      const ranking = sheet('Xếp hạng');
      expect(ranking).toContain('BẢNG XẾP HẠNG');
      expect(ranking).toMatch(/^1,Ban Nội chính Tỉnh ủy Lạng Sơn,1,2,200%/m);
      expect(ranking).toMatch(/^3,Ban Nội chính Tỉnh ủy Bắc Giang,2,3,150%/m);
      const list = sheet('Đề nghị khen thưởng');
      expect(list).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
      expect(list).toContain('1,Ban Nội chính Tỉnh ủy Bắc Giang,"Phát hiện 03 vụ án (đạt 150%), 03 vụ việc (đạt 100%)"');
      // the user's sheets are still there, the hidden one too
      expect(sheet('Ghi chú ẩn')).toContain('Sổ theo dõi nội bộ');
      expect(sheet('Bắc Giang')).toContain('VA');
    }
  }, 300_000);
});
