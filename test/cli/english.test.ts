/**
 * Pseudo-locale check of the command line (see test/english.ts): every line `thidua … --lang en` prints,
 * on clean, messy, broken and voted workbooks, in text and JSON, and its usage and error lines, holds no
 * Vietnamese word of the i18n tables outside the workbook's own strings.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../src/core';
import { main } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/xlsx/file';
import { dataStrings, strayVietnamese, vietnameseVocabulary } from '../english';
import { brokenWorkbook, cleanWorkbook, messyWorkbook } from './clusters';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-en-'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

async function printed(argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main([...argv, '--lang', 'en'], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

/** The data strings of a workbook file: its cells and sheet names, and what the pipeline makes of them. */
async function dataOf(path: string): Promise<string[]> {
  const { snapshot } = await readWorkbookFile(path);
  return dataStrings(snapshot, evaluate(snapshot));
}

test('the vocabulary is the tables’ Vietnamese (the check can see a forgotten string)', () => {
  const v = vietnameseVocabulary();
  expect(v.size).toBeGreaterThan(200);
  for (const w of ['tổng', 'số', 'lỗi', 'cảnh', 'báo', 'vượt', 'hạng']) expect(v.has(w)).toBe(true);
  // the product's name and the headers English quotes are not in it
  for (const w of ['đua', 'mã']) expect(v.has(w)).toBe(false);
  // what the check reports: the Vietnamese totals line, found; the workbook's own words, not
  const data = ['Ban Nội chính Tỉnh ủy Bắc Giang'];
  expect(strayVietnamese('Tổng số: 22 vụ án; 66,7%', data)).toEqual(['tổng', 'số', 'vụ', 'án', '66,7%']);
  expect(strayVietnamese('1. Ban Nội chính Tỉnh ủy Bắc Giang', data)).toEqual([]);
}, 60_000);

test.each([
  ['the bundled sample', 'sample'],
  ['a clean workbook made elsewhere', 'clean'],
  ['a messy workbook made elsewhere', 'messy'],
  ['a broken workbook', 'broken'],
  ['the sample with its vote', 'ballots'],
])('check, run, ballots and --json on %s print English only', async (_what, kind) => {
  const input = join(dir, `${kind}.xlsx`);
  if (kind === 'sample') expect((await printed(['sample', '-o', input])).code).toBe(0);
  else if (kind === 'ballots') expect((await printed(['sample', '-o', input, '--with-ballots'])).code).toBe(0);
  else await writeFile(input, await { clean: cleanWorkbook, messy: messyWorkbook, broken: brokenWorkbook }[kind as 'clean']());
  const data = await dataOf(input);
  const runs = [
    await printed(['check', input]),
    await printed(['check', input, '--json']),
    await printed(['run', input, '-o', join(dir, `${kind}-out.xlsx`)]),
    await printed(['run', input, '-o', join(dir, `${kind}-out2.xlsx`), '--json']),
    await printed(['ballots', input, '-o', join(dir, `${kind}-ballots.xlsx`)]),
  ];
  expect(runs[0].code).toBe(kind === 'broken' ? 1 : 0);
  expect(runs[2].text.length).toBeGreaterThan(100);
  for (const r of runs) expect({ text: r.text, stray: strayVietnamese(r.text, data) }).toEqual({ text: r.text, stray: [] });
}, 60_000);

test('demo, template, usage and every kind of refusal print English only', async () => {
  const sample = join(dir, 'demo-sample.xlsx');
  await printed(['sample', '-o', sample]);
  const runs = [
    await printed(['demo', '--out', join(dir, 'demo')]),
    await printed(['template', '-o', join(dir, 'template.xlsx'), '--units', 'A,B', '--year', '2024']),
    await printed(['--help']),
    await printed([]),
    await printed(['frobnicate']),
    await printed(['check', sample, '--bogus']),
    await printed(['check', join(dir, 'missing.xlsx')]),
    await printed(['check']),
    await printed(['run', sample]),
    await printed(['run', sample, '-o', sample]),
    await printed(['run', sample, '-o', join(dir, 'out.txt')]),
    await printed(['template', '-o', join(dir, 't.xlsx'), '--year', 'abc']),
    await printed(['template', '-o', join(dir, 't.xlsx'), '--units', ',']),
    await printed(['check', join(dir, 'template.xlsx')]),
  ];
  const data = [...(await dataOf(sample)), ...(await dataOf(join(dir, 'template.xlsx')))];
  expect(runs[0].text).toContain('RANKING');
  for (const r of runs) expect({ text: r.text, stray: strayVietnamese(r.text, data) }).toEqual({ text: r.text, stray: [] });
}, 60_000);
