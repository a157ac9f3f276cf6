/**
 * The attainment formulas of the template and the sample work without the add-in (issue 12): LibreOffice
 * (headless, its own profile set to recalculate every formula on load) opens the files, computes them and
 * saves them; the cells then hold result ÷ target, a blank where a count is blank, and no error anywhere.
 * The cached values are removed before LibreOffice opens the file, so what it saves is its own computation.
 * Installs nothing: `soffice` comes from the machine (`.ci/run` installs libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { evaluate, planSample, planTemplate, attainment } from '../../src/core';
import { SAMPLE, SAMPLE_UNITS } from '../../src/core/plan/sampleData';
import { readSnapshot } from '../../src/xlsx/read';
import { writeNewWorkbook } from '../../src/xlsx/write';
import type { SheetSnapshot } from '../../src/core/types';

function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const SOFFICE = findSoffice();
if (!SOFFICE) console.warn('LibreOffice tests skipped: `soffice` is not installed (apt-get install libreoffice-calc-nogui).');
const describeLo = SOFFICE ? describe : describe.skip;

// Recalculate on load, always, for .xlsx and .ods (0 = always, 1 = never, 2 = ask).
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
  mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
  writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** LibreOffice opens `bytes` (recalculating), saves it as .xlsx, and the project's reader reads that. */
async function recalculated(name: string, bytes: Buffer): Promise<SheetSnapshot[]> {
  const input = join(dir, `${name}.xlsx`);
  const outDir = join(dir, `out-${name}`);
  writeFileSync(input, bytes);
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, input], { stdio: 'pipe', timeout: 120_000 });
  return (await readSnapshot(readFileSync(join(outDir, `${name}.xlsx`)))).snapshot.sheets;
}

/** Drops every formula's cached value, and sets some counts, so that only a recalculation gives values. */
async function edited(bytes: Uint8Array, counts: Record<string, Record<string, number | string | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let formulas = 0;
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === 'object' && typeof v.formula === 'string') {
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
          formulas++;
        }
      }),
    );
    for (const [ref, value] of Object.entries(counts[ws.name] ?? {})) ws.getCell(ref).value = value;
  });
  expect(formulas).toBeGreaterThan(0);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const cell = (s: SheetSnapshot, ref: string) => {
  const m = /^([A-Z])(\d+)$/.exec(ref)!;
  const r = Number(m[2]) - 1;
  const c = m[1].charCodeAt(0) - 65;
  return { value: s.values[r]?.[c] ?? null, type: s.types?.[r]?.[c] ?? 'empty' };
};

function noErrors(sheets: SheetSnapshot[]): void {
  const errors = sheets.flatMap((s) => s.values.flatMap((row, r) => row.flatMap((v, c) => (s.types?.[r]?.[c] === 'error' ? [`${s.name}!${String.fromCharCode(65 + c)}${r + 1} ${String(v)}`] : []))));
  expect(errors).toEqual([]);
}

describeLo('LibreOffice recalculates the attainment formulas (no add-in)', () => {
  test('sample: every attainment cell is result ÷ target, and the recalculated file checks clean', async () => {
    const sample = await edited(await writeNewWorkbook(planSample({})), {});
    const sheets = await recalculated('sample', sample);
    noErrors(sheets);
    for (const unit of SAMPLE_UNITS) {
      const s = sheets.find((x) => x.name === unit)!;
      expect(s).toBeDefined();
      for (const [ref, code] of [['G7', 'VA'], ['G8', 'VV']] as const) {
        const { target, result } = SAMPLE[unit][code];
        expect({ unit, ref, ...cell(s, ref) }).toEqual({ unit, ref, value: expect.closeTo(attainment(result, target), 12), type: 'number' });
      }
    }
    // What LibreOffice computed agrees with the tool: no attainment mismatch, no error, the same three nominees.
    const ev = evaluate({ sheets });
    expect(ev.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(ev.nominations.map((n) => n.sheet).sort()).toEqual(['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'].sort());
  }, 180_000);

  test('template: blank counts show blank; counts typed in give result ÷ target; text digits too; no error', async () => {
    const template = await edited(await writeNewWorkbook(planTemplate({ year: 2024 })), { // the 14 units of 2019
      'Hà Giang': { E7: 2, F7: 3, E8: null, F8: 1 }, // blank target → blank
      'Cao Bằng': { E7: '03', F7: 3, E8: 4, F8: null }, // text digits; blank result → blank
      'Lạng Sơn': { E7: 4, F7: 0, E8: 1, F8: 1 },
    });
    const sheets = await recalculated('template', template);
    noErrors(sheets);
    const get = (name: string, ref: string) => cell(sheets.find((s) => s.name === name)!, ref);
    expect(get('Hà Giang', 'G7')).toEqual({ value: 1.5, type: 'number' });
    expect(get('Hà Giang', 'G8').type).toBe('empty');
    expect(get('Cao Bằng', 'G7')).toEqual({ value: 1, type: 'number' });
    expect(get('Cao Bằng', 'G8').type).toBe('empty');
    expect(get('Lạng Sơn', 'G7')).toEqual({ value: 0, type: 'number' });
    expect(get('Lạng Sơn', 'G8')).toEqual({ value: 1, type: 'number' });
    for (const unit of SAMPLE_UNITS.filter((u) => !['Hà Giang', 'Cao Bằng', 'Lạng Sơn'].includes(u))) {
      expect({ unit, g7: get(unit, 'G7').type, g8: get(unit, 'G8').type }).toEqual({ unit, g7: 'empty', g8: 'empty' });
    }
  }, 180_000);
});
