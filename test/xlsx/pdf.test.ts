/**
 * The generated sheets print as documents (WORKBOOK.md §4 v2): each sheet the .xlsx door writes is
 * converted to PDF by LibreOffice (headless, a private profile) and read back with poppler's `pdftotext`
 * and `pdffonts`: every header line, the signer's name, the page number on page 2 (and none on page 1),
 * nothing of the tool on paper, and a Times-metric font (Liberation Serif stands in for Times New Roman).
 * For the sample (a Party body) and a State-body variant. Skipped, saying why, only when `soffice` is
 * absent (`.ci/run` installs libreoffice-calc-nogui, poppler-utils and fonts-liberation).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, planOutputs, planSample, snapshotFromPlans } from '../../src/core';
import { serialFromYMD } from '../../src/core/snapshot';
import type { SheetPlan, Snapshot } from '../../src/core/types';
import { writeNewWorkbook } from '../../src/xlsx/write';
import { sampleWith, STATE_VARIANT } from '../core/variants';

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const SOFFICE = which('soffice');
if (!SOFFICE) console.warn('PDF tests skipped: `soffice` is not installed (apt-get install libreoffice-calc-nogui poppler-utils fonts-liberation).');
const describePdf = SOFFICE ? describe : describe.skip;

jest.setTimeout(180_000);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One sheet alone in a workbook, printed to PDF by LibreOffice; returns the PDF's path. */
async function printed(name: string, plan: SheetPlan): Promise<string> {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, await writeNewWorkbook([plan]));
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 150_000 });
  return join(dir, `${name}.pdf`);
}

const text = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function outputs(snap: Snapshot) {
  const [ranking, list] = planOutputs(snap, evaluate(snap), { today: serialFromYMD(2026, 11, 28) });
  return { ranking, list };
}

const CASES = [
  {
    body: 'Party (the sample)',
    snap: () => snapshotFromPlans(planSample({ withBallots: true })),
    list: ['TỈNH ỦY TUYÊN QUANG', 'BAN NỘI CHÍNH', '*', 'Số 15-DS/BNCTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Tuyên Quang, ngày 03 tháng 12 năm 2019', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Nơi nhận:', '- Lưu Văn phòng.', 'T/M CỤM THI ĐUA SỐ 1', 'CỤM PHÓ'],
    signer: 'Nguyễn Văn An',
    annex: ['TỈNH ỦY TUYÊN QUANG', 'BAN NỘI CHÍNH', 'Phụ lục', 'BẢNG XẾP HẠNG THI ĐUA NĂM 2019', '(Kèm theo Danh sách số 15-DS/BNCTU ngày 03/12/2019)'],
  },
  {
    body: 'State (a variant of the sample)',
    snap: () => sampleWith(STATE_VARIANT, { withBallots: true }),
    list: ['ỦY BAN NHÂN DÂN TỈNH', 'SỞ NỘI VỤ', 'Số: 15/DS-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tuyên Quang, ngày 03 tháng 12 năm 2019', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signer: 'Trần Thị Bình',
    annex: ['SỞ NỘI VỤ', 'Phụ lục', 'BẢNG XẾP HẠNG THI ĐUA NĂM 2019', '(Kèm theo Danh sách số 15/DS-SNV ngày 03/12/2019)'],
  },
];

describePdf('a unit sheet of the sample printed by LibreOffice', () => {
  test('one face, Calibri’s (Carlito stands in for it): its bold header too, not LibreOffice’s default serif', async () => {
    const unit = planSample().find((p) => p.name === 'Hà Giang')!;
    const pdf = await printed('unit', unit);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^(Carlito|Calibri)/);
  });
});

describePdf.each(CASES)('printed to PDF by LibreOffice: $body', ({ body, snap, list, signer, annex }) => {
  const tag = body.startsWith('Party') ? 'party' : 'state';
  let listPdf = '';
  let annexPdf = '';
  beforeAll(async () => {
    if (!which('pdftotext') || !which('pdffonts')) throw new Error('LibreOffice is here but poppler-utils is not: apt-get install poppler-utils');
    const { ranking, list: nominations } = outputs(snap());
    listPdf = await printed(`${tag}-list`, nominations);
    annexPdf = await printed(`${tag}-annex`, ranking);
  });

  test('the list: every header line, the recipients, the signature block and the signer’s name; no page number on page 1', () => {
    const all = oneLine(text(listPdf));
    for (const line of [...list, signer]) expect({ line, found: all.includes(line) }).toEqual({ line, found: true });
    expect(oneLine(text(listPdf, 1)).trim().startsWith('1 ')).toBe(false);
    if (tag === 'state') expect(all).not.toMatch(/(^|\s)\*(\s|$)/);
  });

  test('the annex: its header, every unit, page 2 numbered at its top, the tool’s note not printed', () => {
    const all = oneLine(text(annexPdf));
    for (const line of annex) expect({ line, found: all.includes(line) }).toEqual({ line, found: true });
    expect(all).toContain('Ban Nội chính Tỉnh ủy Hòa Bình');
    expect(all).toContain('Tổng số: 22 vụ án, 14 vụ việc');
    expect(all).not.toContain('Lập bằng Thi đua');
    expect(pages(annexPdf)).toBeGreaterThanOrEqual(2);
    const page2 = text(annexPdf, 2).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page2[0]).toBe('2');
    // the table header repeats on page 2
    expect(page2).toContain('Hạng');
    const page1 = text(annexPdf, 1).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page1[0]).not.toBe('1');
  });

  test('fonts: Times-metric (Liberation Serif) only', () => {
    for (const pdf of [listPdf, annexPdf]) {
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^(LiberationSerif|TimesNewRoman|Times)/);
    }
  });
});
