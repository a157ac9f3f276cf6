/**
 * Command-line hygiene (issue 10, WORKBOOK.md §5): a closed standard output ends the command quietly;
 * every file-system error is told in words (never a raw EACCES/ENOENT/EISDIR); counts take the plural
 * form of the language; `--json` on a workbook with errors has `nominations: []` and every `rank: null`;
 * a file that would unpack to more than 200 MB exits 2 with a message, before unpacking.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeError } from '../../src/cli/main';
import { run, suiteFolder } from './helpers';
import { CLI_MESSAGES, countWords } from '../../src/i18n/cli';
import { fill } from '../../src/i18n';
import { readErrorOf } from '../../src/xlsx/file';
import { readSnapshotSync } from '../../src/xlsx/read';
import { readWorkbookInfo } from '../../src/xlsx/workbook';
import { setCells } from '../../src/xlsx/cells';
import { writeNewWorkbook } from '../../src/xlsx/write';
import { planSample } from '../../src/core';
import { bombWorkbook } from '../xlsx/packages';
import { brokenWorkbook, cleanWorkbook } from './clusters';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const RAW_CODE = /\bE[A-Z]{3,}\b/;

const tmp = suiteFolder('thidua-cli-hygiene-');

/** Runs bin/thidua.cjs with its standard output closed by the reader right away (as `| head -0` does). */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'thidua.cjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed standard output', () => {
  test('demo into a closed pipe: no stack trace, no message, exit 0, and both files written whole', async () => {
    const out = join(tmp.dir, 'demo-closed');
    const r = await runWithClosedStdout(['demo', '--out', out]);
    expect(r).toEqual({ code: 0, stderr: '' });
    expect((await stat(join(out, 'mau-cum-thi-dua-so-1-2019-ket-qua.xlsx'))).size).toBeGreaterThan(10_000);
  }, 120_000);

  test('check --json into a closed pipe on a workbook with errors: quiet, exit code kept (1)', async () => {
    const input = join(tmp.dir, 'broken-closed.xlsx');
    await writeFile(input, await brokenWorkbook());
    expect(await runWithClosedStdout(['check', input, '--json'])).toEqual({ code: 1, stderr: '' });
  }, 120_000);
});

describe('file-system errors in words', () => {
  test('input: missing, a folder', async () => {
    const missing = await run(['check', join(tmp.dir, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([`thidua: Không tìm thấy tệp "${join(tmp.dir, 'nope.xlsx')}".`]);
    const folder = join(tmp.dir, 'a-folder.xlsx');
    await mkdir(folder);
    const f = await run(['check', folder, '--lang', 'en']);
    expect(f.code).toBe(2);
    expect(f.err).toEqual([`thidua: "${folder}" is a folder, not an .xlsx file.`]);
  });

  test('input: no read permission, or another system error, is typed and said in words', () => {
    // (the tests run as root, for whom chmod does not lock a file: the errno mapping is tested directly)
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(readErrorOf('/x.xlsx', errno('EACCES')).code).toBe('NO_PERMISSION');
    expect(readErrorOf('/x.xlsx', errno('EPERM')).code).toBe('NO_PERMISSION');
    expect(readErrorOf('/x.xlsx', errno('EISDIR')).code).toBe('IS_FOLDER');
    expect(readErrorOf('/x.xlsx', errno('ENOTDIR')).code).toBe('FILE_NOT_FOUND');
    expect(readErrorOf('/x.xlsx', errno('EIO')).code).toBe('FILE_UNREADABLE');
    expect(fill(CLI_MESSAGES.vi.NO_PERMISSION, { path: '/x.xlsx' })).toBe('Không có quyền đọc tệp "/x.xlsx".');
    expect(fill(CLI_MESSAGES.en.FILE_UNREADABLE, { path: '/x.xlsx' })).not.toMatch(RAW_CODE);
  });

  test('output: folder missing, output is a folder, not writable — checked before any work, in words', async () => {
    const input = join(tmp.dir, 'clean.xlsx');
    await writeFile(input, await cleanWorkbook());
    const noFolder = await run(['run', input, '-o', join(tmp.dir, 'no', 'such', 'out.xlsx')]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.err[0]).toBe(`thidua: Không ghi được tệp "${join(tmp.dir, 'no', 'such', 'out.xlsx')}": thư mục "${join(tmp.dir, 'no', 'such')}" không tồn tại.`);
    const isFolder = join(tmp.dir, 'out-folder.xlsx');
    await mkdir(isFolder);
    const f = await run(['sample', '-o', isFolder, '--lang', 'en']);
    expect(f.err).toEqual([`thidua: Could not write "${isFolder}": it is a folder.`]);
    // /sys refuses new files even to root (EACCES, or EROFS in a container)
    const ro = await run(['template', '-o', '/sys/thidua-test.xlsx']);
    expect(ro.code).toBe(2);
    expect(ro.err[0]).toMatch(/^thidua: Không ghi được tệp "\/sys\/thidua-test\.xlsx": (không có quyền ghi vào thư mục "\/sys"|ổ đĩa chỉ cho phép đọc)\.$/);
    for (const r of [noFolder, f, ro]) expect(r.err.join('\n')).not.toMatch(RAW_CODE);
  });

  test('every errno the writer can meet has its words', () => {
    const cases: [string, RegExp][] = [
      ['ENOENT', /thư mục .* không tồn tại/],
      ['ENOTDIR', /thư mục .* không tồn tại/],
      ['EISDIR', /đó là một thư mục/],
      ['EACCES', /không có quyền ghi/],
      ['EPERM', /không có quyền ghi/],
      ['EROFS', /chỉ cho phép đọc/],
      ['ENOSPC', /ổ đĩa đã đầy/],
      ['EDQUOT', /ổ đĩa đã đầy/],
    ];
    for (const [code, words] of cases) {
      const e = writeError('/tmp/x/out.xlsx', Object.assign(new Error(code), { code }));
      const line = fill(CLI_MESSAGES.vi[e.key], e.params);
      expect([code, e.exitCode, line]).toEqual([code, 2, expect.stringMatching(words)]);
      expect(line).not.toMatch(RAW_CODE);
    }
    // an errno without words of its own still says what failed, and that the input is unchanged
    const other = writeError('/tmp/x/out.xlsx', Object.assign(new Error('EIO'), { code: 'EIO' }));
    expect(fill(CLI_MESSAGES.en[other.key], other.params)).toBe('Could not write "/tmp/x/out.xlsx" (system error EIO). The input file was not changed.');
  });

  test('demo --out on a file: the folder cannot be made, said so', async () => {
    const file = join(tmp.dir, 'plain-file');
    await writeFile(file, 'x');
    const r = await run(['demo', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`thidua: Không tạo được thư mục "${file}": đã có một tệp cùng tên.`]);
  });

  test('a file that would unpack to over 200 MB: exit 2, one line, refused before unpacking', async () => {
    const bomb = join(tmp.dir, 'bomb.xlsx');
    await writeFile(bomb, bombWorkbook(300));
    const r = await run(['check', bomb]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`thidua: Tệp "${bomb}" khi giải nén sẽ lớn hơn 200 MB: từ chối đọc (chưa giải nén gì). Hãy kiểm tra lại tệp.`]);
  });
});

describe('plural forms', () => {
  test('English picks one/other, Vietnamese has one form', () => {
    expect([0, 1, 2].map((n) => countWords('en', 'error', n))).toEqual(['0 errors', '1 error', '2 errors']);
    expect([1, 2].map((n) => countWords('en', 'warning', n))).toEqual(['1 warning', '2 warnings']);
    expect([1, 2].map((n) => countWords('en', 'info', n))).toEqual(['1 note', '2 notes']);
    expect([1, 3].map((n) => countWords('en', 'unit', n))).toEqual(['1 unit', '3 units']);
    expect([1, 2].map((n) => countWords('vi', 'error', n))).toEqual(['1 lỗi', '2 lỗi']);
  });

  test('the summary line and the nominations heading use them', async () => {
    const input = join(tmp.dir, 'clean-plural.xlsx');
    await writeFile(input, await cleanWorkbook());
    const r = await run(['run', input, '-o', join(tmp.dir, 'clean-plural-out.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/^0 errors, \d+ (warning|warnings), \d+ (note|notes); 3\/3 unit sheets\.$/m);
    expect(text).not.toMatch(/\b1 (errors|warnings|notes|units)\b/);
    expect(text).toContain('NOMINATION LIST (1 unit)');
  });
});

describe('--json when the workbook has errors (WORKBOOK.md §5)', () => {
  test('ok false, nominations [], every unit rank null (units still listed with their figures)', async () => {
    // the sample with one count emptied (Lai Châu's VV result): the other units still rank, but no result counts
    const { pkg } = readSnapshotSync(await writeNewWorkbook(planSample({})));
    const part = readWorkbookInfo(pkg).sheets.find((s) => s.name === 'Lai Châu')!.part!;
    pkg.set(part, setCells(pkg.text(part)!, [{ cell: 'F8', value: null }]));
    const input = join(tmp.dir, 'one-error.xlsx');
    await writeFile(input, pkg.toBytes());
    const r = await run(['check', input, '--json']);
    expect(r.code).toBe(1);
    const j = r.json();
    expect(j.ok).toBe(false);
    expect(j.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; cell: string }) => [i.code, i.cell])).toEqual([['RESULT_MISSING', 'F8']]);
    expect(j.nominations).toEqual([]);
    expect(j.units.length).toBeGreaterThan(0);
    expect(j.units.map((u: { rank: unknown }) => u.rank)).toEqual(j.units.map(() => null));
  });

  test('a clean workbook keeps its ranks and nominations', async () => {
    const input = join(tmp.dir, 'clean-json.xlsx');
    await writeFile(input, await cleanWorkbook());
    const j = (await run(['check', input, '--json'])).json();
    expect(j.ok).toBe(true);
    expect(j.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 3]);
    expect(j.nominations).toHaveLength(1);
  });
});
