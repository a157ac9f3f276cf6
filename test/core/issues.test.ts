/**
 * Every issue code, triggered on a small workbook, with its severity, sheet and cell checked; and a
 * check that no code is left without a case here. Messages exist in both languages.
 */
import { evaluate } from '../../src/core';
import { ISSUE_CODES, ISSUE_SEVERITY, makeIssue, type IssueCode } from '../../src/core/issues';
import type { Issue, Snapshot } from '../../src/core/types';
import { issueMessage } from '../../src/i18n/issues';
import { cluster, sampleSnapshot, setCell, sheet, unitSheet, settingsSheet } from './build';

const base = (): Snapshot => cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Cao Bằng': [2, 1, 1, 1] });
const withBallots = (rows: unknown[][], s: Snapshot = base()): Snapshot => {
  s.sheets.push({ name: 'Phiếu bầu', values: rows as never });
  return s;
};

/** A tally (biên bản kiểm phiếu): issued B1, returned B2, valid B3, header row 5, candidates from row 6. */
const tally = (issued: unknown, returned: unknown, valid: unknown, votes: [string, unknown][]): unknown[][] => [
  ['Số phiếu phát ra', issued],
  ['Số phiếu thu về', returned],
  ['Số phiếu hợp lệ', valid],
  [],
  ['Đơn vị', 'Số phiếu đồng ý'],
  ...votes,
];

type Case = { make: () => Snapshot; sheet: string | null; cell: string | null };

const CASES: Record<IssueCode, Case> = {
  SETTINGS_MISSING: { make: () => ({ sheets: [unitSheet('A', [1, 2, 1, 2])] }), sheet: null, cell: null },
  SETTING_INVALID: { make: () => cluster({ A: [1, 2, 1, 2] }, { keys: [['Số đơn vị đề nghị tối đa', 'ba']] }), sheet: 'Cấu hình', cell: 'B3' },
  SETTING_DUPLICATE: { make: () => cluster({ A: [1, 2, 1, 2] }, { keys: [['Năm', 2019], ['Năm', 2020]] }), sheet: 'Cấu hình', cell: 'A4' },
  CRITERIA_DEFAULT: { make: () => cluster({ A: [1, 2, 1, 2] }), sheet: 'Cấu hình', cell: null },
  CRITERION_CODE_MISSING: { make: () => cluster({ A: [1, 2, 1, 2] }, { criteria: [['VA', 'vụ án', 'vụ án', 1], [null, 'Không mã', 'vụ', 1]] }), sheet: 'Cấu hình', cell: 'A7' },
  CRITERION_DUPLICATE_CODE: { make: () => cluster({ A: [1, 2, 1, 2] }, { criteria: [['VA', 'vụ án', 'vụ án', 1], ['va', 'lại', 'vụ', 1]] }), sheet: 'Cấu hình', cell: 'A7' },
  CRITERION_WEIGHT_INVALID: { make: () => cluster({ A: [1, 2, 1, 2] }, { criteria: [['VA', 'vụ án', 'vụ án', -2], ['VV', 'vụ việc', 'vụ việc', 1]] }), sheet: 'Cấu hình', cell: 'D6' },
  ROSTER_MISSING: { make: () => cluster({ A: [1, 2, 1, 2] }, { roster: null }), sheet: 'Cấu hình', cell: null },
  ROSTER_SHEET_MISSING: {
    make: () => {
      const s = base();
      const st = sheet(s, 'Cấu hình');
      st.values.push([4, null, 'Ban Nội chính Tỉnh ủy Hà Giang']);
      return s;
    },
    sheet: 'Cấu hình',
    cell: 'B9',
  },
  ROSTER_DUPLICATE: { make: () => cluster({ A: [1, 2, 1, 2] }, { roster: ['A', 'a'] }), sheet: 'Cấu hình', cell: 'B7' },
  NO_UNITS: { make: () => ({ sheets: [{ name: 'Trang 1', values: [['xin chào']] }] }), sheet: null, cell: null },
  UNIT_SHEET_MISSING: { make: () => cluster({ A: [1, 2, 1, 2] }, { roster: ['A', 'Lai Châu'] }), sheet: 'Cấu hình', cell: 'B7' },
  UNIT_SHEET_AMBIGUOUS: {
    make: () => {
      const s = cluster({ 'Hòa Bình': [1, 2, 1, 2] });
      s.sheets.push(unitSheet('Hoà Bình', [1, 1, 1, 1]));
      return s;
    },
    sheet: 'Cấu hình',
    cell: 'B6',
  },
  UNIT_SHEET_LOOSE_MATCH: {
    make: () => ({ sheets: [settingsSheet([], ['Bắc Giang']), unitSheet('Bac Giang', [1, 2, 1, 2])] }),
    sheet: 'Bac Giang',
    cell: null,
  },
  SHEET_NOT_IN_ROSTER: { make: () => cluster({ A: [1, 2, 1, 2], B: [1, 1, 1, 1] }, { roster: ['A'] }), sheet: 'B', cell: null },
  TABLE_NOT_FOUND: {
    make: () => {
      const s = base();
      sheet(s, 'Cao Bằng').values = [['Báo cáo'], ['Không có bảng']];
      return s;
    },
    sheet: 'Cao Bằng',
    cell: null,
  },
  UNIT_NAME_MISMATCH: { make: () => ({ sheets: [settingsSheet([], ['Bắc Giang']), unitSheet('Bắc Giang', [1, 2, 1, 2], { unitName: 'Ban Nội chính Tỉnh ủy Bắc Ninh' })] }), sheet: 'Bắc Giang', cell: 'B3' },
  AS_OF_MISMATCH: {
    make: () => ({ sheets: [settingsSheet([['Ngày chốt số liệu', '30/11/2019']], ['A']), unitSheet('A', [1, 2, 1, 2], { asOf: '15/11/2019' })] }),
    sheet: 'A',
    cell: 'B4',
  },
  AS_OF_INVALID: { make: () => ({ sheets: [settingsSheet([], ['A']), unitSheet('A', [1, 2, 1, 2], { asOf: 'hôm qua' })] }), sheet: 'A', cell: 'B4' },
  ROW_UNKNOWN_CRITERION: {
    make: () => {
      const s = base();
      setCell(sheet(s, 'Cao Bằng'), 'B9', 'XX');
      setCell(sheet(s, 'Cao Bằng'), 'E9', 1);
      return s;
    },
    sheet: 'Cao Bằng',
    cell: 'B9',
  },
  CRITERION_ROW_MISSING: {
    make: () => {
      const s = base();
      sheet(s, 'Cao Bằng').values.pop();
      return s;
    },
    sheet: 'Cao Bằng',
    cell: 'B6',
  },
  CRITERION_ROW_DUPLICATE: {
    make: () => {
      const s = base();
      const sh = sheet(s, 'Cao Bằng');
      sh.values.push([3, 'VA', 'lại', 'vụ án', 1, 1]);
      return s;
    },
    sheet: 'Cao Bằng',
    cell: 'B9',
  },
  UNIT_NOT_REGISTERED: { make: () => cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lai Châu': [null, null, null, null] }), sheet: 'Lai Châu', cell: 'E7' },
  UNIT_NOT_REPORTED: { make: () => cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lai Châu': [1, null, 2, ' '] }), sheet: 'Lai Châu', cell: 'F7' },
  TARGET_MISSING: { make: () => cluster({ 'Lai Châu': [null, 1, 1, 1] }), sheet: 'Lai Châu', cell: 'E7' },
  RESULT_MISSING: { make: () => cluster({ 'Lai Châu': [1, 1, 1, '  '] }), sheet: 'Lai Châu', cell: 'F8' },
  COUNT_AS_TEXT: { make: () => cluster({ 'Lai Châu': ['03', 3, 1, 1] }), sheet: 'Lai Châu', cell: 'E7' },
  COUNT_NEGATIVE: { make: () => cluster({ 'Lai Châu': [1, -1, 1, 1] }), sheet: 'Lai Châu', cell: 'F7' },
  COUNT_FRACTION: { make: () => cluster({ 'Lai Châu': [1, 1, 1.5, 1] }), sheet: 'Lai Châu', cell: 'E8' },
  COUNT_NOT_A_NUMBER: { make: () => cluster({ 'Lai Châu': [1, 'ba', 1, 1] }), sheet: 'Lai Châu', cell: 'F7' },
  COUNT_BOOLEAN: { make: () => cluster({ 'Lai Châu': [1, 1, true, 1] }), sheet: 'Lai Châu', cell: 'E8' },
  COUNT_ERROR_VALUE: { make: () => cluster({ 'Lai Châu': [1, 1, 1, '#REF!'] }), sheet: 'Lai Châu', cell: 'F8' },
  COUNT_NO_VALUE: {
    make: () => {
      const s = cluster({ 'Lai Châu': [1, 1, 1, 1] });
      setCell(sheet(s, 'Lai Châu'), 'F8', null, 'uncomputed');
      return s;
    },
    sheet: 'Lai Châu',
    cell: 'F8',
  },
  TARGET_ZERO: { make: () => cluster({ 'Lai Châu': [0, 1, 1, 1] }), sheet: 'Lai Châu', cell: 'E7' },
  RESULT_SUSPICIOUS: { make: () => cluster({ 'Lai Châu': [1, 30, 1, 1] }), sheet: 'Lai Châu', cell: 'F7' },
  ATTAINMENT_MISMATCH: {
    make: () => {
      const s = cluster({ 'Lai Châu': [2, 3, 1, 1] });
      setCell(sheet(s, 'Lai Châu'), 'G7', 1.4);
      return s;
    },
    sheet: 'Lai Châu',
    cell: 'G7',
  },
  QUOTA_TIE: { make: () => cluster({ A: [1, 2, 1, 2], B: [1, 2, 1, 2] }, { keys: [['Số đơn vị đề nghị tối đa', 1]] }), sheet: null, cell: null },
  NO_NOMINEES: { make: () => cluster({ A: [2, 1, 1, 1] }), sheet: null, cell: null },
  OUTPUT_RENAMED: {
    make: () => {
      const s = base();
      s.sheets.push({ name: 'Xếp hạng', values: [['sổ riêng của tôi']] });
      return s;
    },
    sheet: null,
    cell: null,
  },
  BALLOT_HEADER_MISSING: { make: () => withBallots([['Phiếu'], ['x']]), sheet: 'Phiếu bầu', cell: null },
  BALLOT_MARK_INVALID: { make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn'], ['Cao Bằng', 'x', 'có lẽ']]), sheet: 'Phiếu bầu', cell: 'C2' },
  BALLOT_DUPLICATE_VOTER: {
    make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang'], ['Cao Bằng', 'x'], ['Lạng Sơn', 'x'], ['Cao  Bằng', 'x']]),
    sheet: 'Phiếu bầu',
    cell: 'A4',
  },
  BALLOT_OVER_QUOTA: {
    make: () => {
      const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Cao Bằng': [2, 1, 1, 1] }, { keys: [['Số đơn vị đề nghị tối đa', 1]] });
      return withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn'], ['Cao Bằng', 'x', 'x'], ['Lạng Sơn', 'x', null]], s);
    },
    sheet: 'Phiếu bầu',
    cell: 'A2',
  },
  BALLOT_UNKNOWN_CANDIDATE: { make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Hải Phòng'], ['Cao Bằng', 'x', null]]), sheet: 'Phiếu bầu', cell: 'C1' },
  BALLOT_DUPLICATE_CANDIDATE: {
    make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Ban Nội chính Tỉnh ủy Bắc Giang'], ['Cao Bằng', 'x', null]]),
    sheet: 'Phiếu bầu',
    cell: 'C1',
  },
  BALLOT_NOT_QUALIFIED: { make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Cao Bằng'], ['Lạng Sơn', 'x', 'x']]), sheet: 'Phiếu bầu', cell: 'C1' },
  BALLOT_NO_VALID: {
    make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang'], ['Cao Bằng', 'có lẽ']]),
    sheet: 'Phiếu bầu',
    cell: null,
  },
  BALLOT_NOT_ENTERED: { make: () => withBallots([['Phiếu số', 'Bắc Giang', 'Lạng Sơn'], ['Phiếu số 1'], ['Phiếu số 2']]), sheet: 'Phiếu bầu', cell: null },
  BALLOT_TALLY_COUNT_INVALID: { make: () => withBallots(tally(3, 3, 'ba', [['Bắc Giang', 2]])), sheet: 'Phiếu bầu', cell: 'B3' },
  BALLOT_TALLY_COUNT_MISSING: { make: () => withBallots(tally(3, 3, 3, [['Bắc Giang', null]])), sheet: 'Phiếu bầu', cell: 'B6' },
  BALLOT_TALLY_KEY_MISSING: { make: () => withBallots(tally(3, 3, 3, [['Bắc Giang', 2]]).filter((r) => r[0] !== 'Số phiếu hợp lệ')), sheet: 'Phiếu bầu', cell: null },
  BALLOT_TALLY_VOTES_OVER_VALID: { make: () => withBallots(tally(3, 3, 3, [['Bắc Giang', 4]])), sheet: 'Phiếu bầu', cell: 'B6' },
  BALLOT_TALLY_VALID_OVER_RETURNED: { make: () => withBallots(tally(3, 2, 3, [['Bắc Giang', 2]])), sheet: 'Phiếu bầu', cell: 'B3' },
  BALLOT_TALLY_RETURNED_OVER_ISSUED: { make: () => withBallots(tally(3, 4, 3, [['Bắc Giang', 2]])), sheet: 'Phiếu bầu', cell: 'B2' },
  VOTE_FAILED: {
    make: () => withBallots([['Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn'], ['Cao Bằng', 'x', null], ['Bắc Giang', null, null], ['Lạng Sơn', 'x', null]]),
    sheet: 'Phiếu bầu',
    cell: 'C1',
  },
};

describe('every issue code', () => {
  test('has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ISSUE_CODES].sort());
  });
  test.each(ISSUE_CODES.map((c) => [c]))('%s: severity, sheet and cell', (code) => {
    const c = CASES[code];
    const ev = evaluate(c.make());
    const found = ev.issues.filter((i) => i.code === code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: ISSUE_SEVERITY[code], sheet: c.sheet, cell: c.cell });
    // an error blocks generation, a warning or note alone does not
    if (ISSUE_SEVERITY[code] === 'error') expect(ev.blocked).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      const m = issueMessage(found[0], lang);
      expect(m).not.toMatch(/\{\w+\}/); // every placeholder filled
      expect(m.length).toBeGreaterThan(10);
    }
  });
  test('the sample has no issue at all', () => {
    expect(evaluate(sampleSnapshot()).issues).toEqual([]);
    expect(evaluate(sampleSnapshot(true)).issues).toEqual([]);
  });
});

test('an issue code outside the table does not compile (jest type-checks this file, as `npm run typecheck` does)', () => {
  // @ts-expect-error a misspelt code (SETTINGS_MISING) is not one of the table's is not one of the table's
  const typo: Issue = { code: 'SETTINGS_MISING', severity: 'info', sheet: null, cell: null, params: {} };
  // @ts-expect-error comparing with a misspelt code: no overlap with the table's codes
  const isTypo = (i: Issue) => i.code === 'SETTINGS_MISING';
  // @ts-expect-error an import code is not a pipeline issue's code
  const wrongTable = () => makeIssue('IMPORT_CONFLICT', null, null);
  // at run time nothing would tell: the typo matches itself, the wrong table just gives no severity
  expect(isTypo(typo)).toBe(true);
  expect(wrongTable().severity).toBeUndefined();
});
