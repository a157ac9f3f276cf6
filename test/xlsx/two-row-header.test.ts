/**
 * A unit sheet written by openpyxl with a header merged over two rows and counts typed as text with a decimal
 * comma (WORKBOOK.md §1.2 and §1.3 v2), through the command line: the table is found, the counts are read
 * with the number-stored-as-text warning, and the unit ranks as it does in the sample.
 * `.ci/run` installs python3-openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSample } from '../../src/core';
import { main } from '../../src/cli/main';
import { writeNewWorkbook } from '../../src/xlsx/write';

jest.setTimeout(60_000);

test('openpyxl file: two-row merged header and "2,0" counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-header-'));
  const sample = join(dir, 'sample.xlsx');
  const input = join(dir, 'two-rows.xlsx');
  writeFileSync(sample, await writeNewWorkbook(planSample({})));
  execFileSync('/usr/bin/python3', [join(__dirname, 'programs', 'two_row_header.py'), sample, input, 'Bắc Giang'], { stdio: 'pipe' });
  const out: string[] = [];
  const code = await main(['check', input, '--json'], { out: (l) => out.push(l), err: () => undefined });
  const j = JSON.parse(out.join('\n'));
  expect(j.issues.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell])).toEqual([
    ['COUNT_AS_TEXT', 'Bắc Giang', 'D7'],
    ['COUNT_AS_TEXT', 'Bắc Giang', 'E7'],
  ]);
  expect(code).toBe(0);
  const bg = j.units.find((u: { sheet: string }) => u.sheet === 'Bắc Giang');
  expect(bg.criteria.map((c: { code: string; target: number; result: number }) => [c.code, c.target, c.result])).toEqual([['VA', 2, 3], ['VV', 3, 3]]);
  expect(j.nominations.map((n: { sheet: string }) => n.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
});
