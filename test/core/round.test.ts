/**
 * A round of today (WORKBOOK.md v2): units still to come (§1.3) and `progress`, the roster of the year (§5),
 * and votes as clusters hold them (§1.4): named, anonymous, the tally of a vote counted on paper, and a
 * ballots sheet with nothing entered yet.
 */
import { evaluate, planTemplate, rosterForYear, snapshotFromPlans } from '../../src/core';
import { planBallots } from '../../src/core/plan/ballots';
import type { CellValue, Snapshot } from '../../src/core/types';
import { cluster, type Counts } from './build';

const FULL: Counts = [2, 3, 3, 3];
const codesOf = (s: Snapshot, sheet: string) =>
  evaluate(s)
    .issues.filter((i) => i.sheet === sheet)
    .map((i) => [i.code, i.cell]);

describe('units still to come (§1.3)', () => {
  test.each<[string, Counts, [string, string | null][], string]>([
    ['all blank: not registered, one issue on the first target', [null, null, null, null], [['UNIT_NOT_REGISTERED', 'E7']], 'toRegister'],
    ['spaces count as blank', [' ', '\u00A0', null, ''], [['UNIT_NOT_REGISTERED', 'E7']], 'toRegister'],
    ['targets filled, results blank: not reported, one issue on the first result', [1, null, 2, null], [['UNIT_NOT_REPORTED', 'F7']], 'toReport'],
    ['a target in words and no results: the target error stays, results are progress', ['ba', null, 2, null], [['UNIT_NOT_REPORTED', 'F7'], ['COUNT_NOT_A_NUMBER', 'E7']], 'toReport'],
    ['one result filled: filled in part, one error per blank cell', [1, 2, 2, null], [['RESULT_MISSING', 'F8']], 'partial'],
    ['one target missing, results blank: in part', [null, null, 2, null], [['TARGET_MISSING', 'E7'], ['RESULT_MISSING', 'F7'], ['RESULT_MISSING', 'F8']], 'partial'],
    ['results only: in part', [null, 2, null, 1], [['TARGET_MISSING', 'E7'], ['TARGET_MISSING', 'E8']], 'partial'],
  ])('%s', (_label, counts, issues, list) => {
    const s = cluster({ 'Bắc Giang': FULL, 'Lai Châu': counts });
    const ev = evaluate(s);
    expect(codesOf(s, 'Lai Châu').sort()).toEqual(issues.sort());
    expect(ev.blocked).toBe(true);
    const p = ev.progress;
    for (const k of ['toRegister', 'toReport', 'partial'] as const) expect(p[k]).toEqual(k === list ? ['Lai Châu'] : []);
  });

  test('the progress issues are worded as progress, in both languages', async () => {
    const { issueMessage } = await import('../../src/i18n/issues');
    const ev = evaluate(cluster({ 'Bắc Kạn': [1, null, 1, null], 'Lai Châu': [null, null, null, null] }));
    const [reg, rep] = ['UNIT_NOT_REGISTERED', 'UNIT_NOT_REPORTED'].map((c) => ev.issues.find((i) => i.code === c)!);
    expect(issueMessage(rep, 'vi')).toBe('Bắc Kạn chưa báo cáo kết quả.');
    expect(issueMessage(reg, 'vi')).toBe('Lai Châu chưa đăng ký chỉ tiêu.');
    expect(issueMessage(rep, 'en')).toBe('Bắc Kạn has not reported its results yet.');
  });

  test('counts: 14 units, 1 not registered, 4 not reported, 1 in part, 1 sheet missing', () => {
    const units: Record<string, Counts> = {};
    const names = rosterForYear(2019).map((u) => u.sheet);
    names.forEach((n, i) => {
      if (i === 0) units[n] = [null, null, null, null];
      else if (i <= 4) units[n] = [1, null, 1, null];
      else if (i === 5) units[n] = [1, 1, 1, null];
      else if (i === 6) return; // no sheet
      else units[n] = FULL;
    });
    const s = cluster(units, { roster: names });
    const ev = evaluate(s);
    expect(ev.progress).toEqual({
      total: 14,
      registered: 12,
      reported: 7,
      toRegister: [names[0]],
      toReport: names.slice(1, 5),
      partial: [names[5]],
      missing: [names[6]],
    });
    expect(ev.issues.filter((i) => i.code === 'UNIT_NOT_REPORTED')).toHaveLength(4);
    expect(ev.issues.filter((i) => i.code === 'RESULT_MISSING')).toHaveLength(1);
    expect(ev.units.map((u) => u.sheet)).toHaveLength(7);
  });

  test('every unit reported: progress full, nothing to come', () => {
    const ev = evaluate(cluster({ A: FULL, B: [1, 1, 1, 1] }));
    expect(ev.progress).toEqual({ total: 2, registered: 2, reported: 2, toRegister: [], toReport: [], partial: [], missing: [] });
  });

  test('a fresh template is "to register" for every unit, not four errors per unit', () => {
    const ev = evaluate(snapshotFromPlans(planTemplate({ year: 2026 })));
    expect(ev.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(Array(10).fill('UNIT_NOT_REGISTERED'));
    expect(ev.progress).toMatchObject({ total: 10, registered: 0, reported: 0 });
    expect(ev.progress.toRegister).toHaveLength(10);
  });
});

describe('the roster of the year (§5)', () => {
  test.each([
    [2019, 14],
    [2024, 14],
    [2025, 10],
    [2026, 10],
    [null, 10],
  ])('%s → %i units', (year, n) => {
    expect(rosterForYear(year)).toHaveLength(n);
  });
  test('2026: the 10 successor provinces, named Ban Nội chính Tỉnh ủy …', () => {
    const units = rosterForYear(2026);
    expect(units.map((u) => u.sheet).sort()).toEqual(['Bắc Ninh', 'Cao Bằng', 'Điện Biên', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Phú Thọ', 'Sơn La', 'Thái Nguyên', 'Tuyên Quang'].sort());
    expect(units.every((u) => u.name === `Ban Nội chính Tỉnh ủy ${u.sheet}`)).toBe(true);
    for (const gone of ['Hà Giang', 'Bắc Kạn', 'Bắc Giang', 'Yên Bái', 'Hòa Bình']) expect(units.map((u) => u.sheet)).not.toContain(gone);
  });
  test('the template of a year writes that roster and year', () => {
    const ev = evaluate(snapshotFromPlans(planTemplate({ year: 2024 })));
    expect(ev.expectedUnits).toBe(14);
    expect(ev.settings.year).toBe(2024);
    expect(evaluate(snapshotFromPlans(planTemplate({ year: 2026 }))).settings.year).toBe(2026);
  });
});

// ───────────────────────────── votes as clusters hold them (§1.4) ─────────────────────────────

/** Bắc Giang, Lạng Sơn and Thái Nguyên exceed; Cao Bằng does not. */
function withBallotSheet(rows: CellValue[][], keys: [string, CellValue][] = []): Snapshot {
  const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Thái Nguyên': [1, 2, 1, 2], 'Cao Bằng': [2, 1, 1, 1] }, { keys });
  s.sheets.push({ name: 'Phiếu bầu', values: rows });
  return s;
}
const HEAD = ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'];

describe('ballot forms', () => {
  test.each<[string, CellValue[][], 'named' | 'anonymous', number, number[], string[]]>([
    [
      'named: a voter column',
      [['Đơn vị bỏ phiếu', ...HEAD], ['Cao Bằng', 'x', 'x', null], ['Bắc Giang', null, 'x', 'x'], ['Lạng Sơn', 'x', null, null]],
      'named',
      3,
      [2, 2, 1],
      ['Bắc Giang', 'Lạng Sơn'],
    ],
    [
      'anonymous: a ballot-number column',
      [['Phiếu số', ...HEAD], ['Phiếu số 1', 'x', 'x', null], ['Phiếu số 2', null, 'x', 'x'], ['Phiếu số 3', 'x', 'x', null]],
      'anonymous',
      3,
      [2, 3, 1],
      ['Bắc Giang', 'Lạng Sơn'],
    ],
    [
      'anonymous: no ballot column; a blank row is no ballot',
      [['PHIẾU BẦU'], HEAD, ['x', 'x', 'x'], ['x', null, 'có'], ['1', '0', 'không']],
      'anonymous',
      3,
      [3, 1, 2],
      ['Bắc Giang', 'Thái Nguyên'],
    ],
    [
      'anonymous: numbered rows with no mark are blank ballots once the vote is entered',
      [['Phiếu số', ...HEAD], [1, 'x', null, null], [2, null, null, null], [3, null, null, null]],
      'anonymous',
      3,
      [1, 0, 0],
      [],
    ],
  ])('%s', (_l, rows, form, valid, votes, nominated) => {
    const ev = evaluate(withBallotSheet(rows));
    expect(ev.ballots).toMatchObject({ form, entered: true, validBallots: valid });
    expect(ev.ballots!.candidates.map((c) => c.votes)).toEqual(votes);
    expect(ev.nominations.map((n) => n.sheet)).toEqual(nominated);
    expect(ev.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a repeated ballot number is not a repeated voter', () => {
    const ev = evaluate(withBallotSheet([['Phiếu số', ...HEAD], ['1', 'x', 'x', 'x'], ['1', 'x', 'x', 'x']]));
    expect(ev.issues.map((i) => i.code)).not.toContain('BALLOT_DUPLICATE_VOTER');
    expect(ev.ballots!.validBallots).toBe(2);
  });

  test('anonymous over-quota ballot: a warning on its ballot cell', () => {
    const ev = evaluate(withBallotSheet([['Phiếu số', ...HEAD], ['Phiếu số 1', 'x', 'x', 'x'], ['Phiếu số 2', 'x', null, null]], [['Số đơn vị đề nghị tối đa', 2]]));
    expect(ev.issues.find((i) => i.code === 'BALLOT_OVER_QUOTA')).toMatchObject({ severity: 'warning', cell: 'A2', params: { voter: 'Phiếu số 1' } });
    expect(ev.ballots!.validBallots).toBe(1);
  });

  test.each<[string, CellValue[][]]>([
    ['the generated anonymous sheet', [['PHIẾU BẦU'], [], [], ['Phiếu số', ...HEAD], ['Phiếu số 1'], ['Phiếu số 2'], ['Phiếu số 3']]],
    ['a named sheet with voters only', [['STT', 'Đơn vị bỏ phiếu', ...HEAD], [1, 'Cao Bằng'], [2, 'Bắc Giang']]],
    ['a tally with every count blank', [['Số phiếu phát ra', null], ['Số phiếu thu về'], ['Số phiếu hợp lệ', null], [], ['STT', 'Đơn vị', 'Số phiếu đồng ý'], [1, 'Bắc Giang'], [2, 'Lạng Sơn']]],
  ])('not entered yet (%s): one neutral warning, nominations withheld, no one "failed"', (_l, rows) => {
    const ev = evaluate(withBallotSheet(rows));
    expect(ev.issues.filter((i) => i.code !== 'CRITERIA_DEFAULT').map((i) => [i.code, i.severity])).toEqual([['BALLOT_NOT_ENTERED', 'warning']]);
    expect(ev.ballots!.entered).toBe(false);
    expect(ev.nominations).toEqual([]);
    expect(ev.failedVote).toEqual([]);
    expect(ev.blocked).toBe(false);
  });

  describe('the tally (biên bản kiểm phiếu)', () => {
    const tally = (keys: [string, CellValue][], votes: [CellValue, CellValue][]): CellValue[][] => [
      ['BIÊN BẢN KIỂM PHIẾU'],
      ...keys.map(([k, v]) => [k, null, v]),
      [],
      ['STT', 'Đơn vị', 'Số phiếu đồng ý'],
      ...votes.map(([u, v], i) => [i + 1, u, v]),
    ];
    const KEYS = (issued: CellValue, returned: CellValue, valid: CellValue): [string, CellValue][] => [
      ['Số phiếu phát ra:', issued],
      ['Số phiếu thu về:', returned],
      ['Số phiếu hợp lệ:', valid],
    ];

    test('shares over valid ballots; strictly more than the minimum; keys by label, value in the next filled cell', () => {
      const ev = evaluate(withBallotSheet(tally(KEYS(14, 14, 13), [['Bắc Giang', 12], ['Ban Nội chính Tỉnh ủy Lạng Sơn', 7], ['Thái Nguyên', '06']])));
      expect(ev.ballots).toMatchObject({ form: 'tally', entered: true, issued: 14, returned: 14, validBallots: 13, totalBallots: 14 });
      expect(ev.ballots!.candidates.map((c) => [c.sheet, c.votes, c.column])).toEqual([
        ['Bắc Giang', 12, 'C7'],
        ['Lạng Sơn', 7, 'C8'],
        ['Thái Nguyên', 6, 'C9'],
      ]);
      expect(ev.units.find((u) => u.sheet === 'Bắc Giang')!.votes).toEqual({ for: 12, ballots: 13, share: 12 / 13 });
      expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn']);
      expect(ev.failedVote).toEqual(['Thái Nguyên']);
      expect(ev.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });

    test('English labels', () => {
      const rows: CellValue[][] = [['Ballots issued', 3], ['Ballots returned', 3], ['Valid ballots', 3], [], ['Unit', 'Votes for'], ['Bắc Giang', 3]];
      const ev = evaluate(withBallotSheet(rows));
      expect(ev.ballots).toMatchObject({ form: 'tally', validBallots: 3 });
      expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang']);
    });

    test.each<[string, [string, CellValue][], [CellValue, CellValue][], [string, string | null][]]>([
      ['a count in words', KEYS('mười bốn', 14, 13), [['Bắc Giang', 12]], [['BALLOT_TALLY_COUNT_INVALID', 'C2']]],
      ['a negative count', KEYS(14, 14, 13), [['Bắc Giang', -1]], [['BALLOT_TALLY_COUNT_INVALID', 'C7']]],
      ['a fraction', KEYS(14, 14, 12.5), [['Bắc Giang', 12]], [['BALLOT_TALLY_COUNT_INVALID', 'C4']]],
      ['votes for > valid', KEYS(14, 14, 13), [['Bắc Giang', 14]], [['BALLOT_TALLY_VOTES_OVER_VALID', 'C7']]],
      ['valid > returned', KEYS(14, 12, 13), [['Bắc Giang', 12]], [['BALLOT_TALLY_VALID_OVER_RETURNED', 'C4']]],
      ['returned > issued', KEYS(14, 15, 13), [['Bắc Giang', 12]], [['BALLOT_TALLY_RETURNED_OVER_ISSUED', 'C3']]],
      ['a candidate that matches no unit', KEYS(14, 14, 13), [['Bắc Giang', 12], ['Hải Dương', 3]], [['BALLOT_UNKNOWN_CANDIDATE', 'B8']]],
      ['a count left blank once the tally is entered', KEYS(14, 14, 13), [['Bắc Giang', 12], ['Lạng Sơn', null]], [['BALLOT_TALLY_COUNT_MISSING', 'C8']]],
      ['no valid-ballots row', [['Số phiếu phát ra', 14]], [['Bắc Giang', 12]], [['BALLOT_TALLY_KEY_MISSING', null]]],
    ])('error: %s, with its cell', (_l, keys, votes, errors) => {
      const ev = evaluate(withBallotSheet(tally(keys, votes)));
      expect(ev.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual(errors);
      expect(ev.issues.filter((i) => i.severity === 'error').every((i) => i.sheet === 'Phiếu bầu')).toBe(true);
      expect(ev.blocked).toBe(true);
    });
  });
});

describe('the ballots sheet the tool creates (§1.4 v2)', () => {
  const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Cao Bằng': [2, 1, 1, 1] }, { roster: ['Bắc Giang', 'Lạng Sơn', 'Cao Bằng', 'Hà Giang'] });
  s.sheets.push({ ...s.sheets[3], name: 'Hà Giang' });
  const ev = evaluate(s);

  test('anonymous by default: Phiếu số 1 … one row per roster unit, no voter column', () => {
    const plan = planBallots(s, ev)!;
    expect(plan.values[3]).toEqual(['Phiếu số', 'Bắc Giang', 'Lạng Sơn']);
    expect(plan.values.slice(4).map((r) => r[0])).toEqual(['Phiếu số 1', 'Phiếu số 2', 'Phiếu số 3', 'Phiếu số 4']);
    expect(plan.validations![0].range).toBe('B5:C8');
    // read back: the anonymous form, nothing entered, nominations withheld
    const back = evaluate({ sheets: [...s.sheets, ...snapshotFromPlans([plan]).sheets] });
    expect(back.ballots).toMatchObject({ form: 'anonymous', entered: false });
    expect(back.issues.filter((i) => i.sheet === 'Phiếu bầu').map((i) => i.code)).toEqual(['BALLOT_NOT_ENTERED']);
    expect(back.nominations).toEqual([]);
  });

  test('the named form on request: STT, Đơn vị bỏ phiếu, one row per unit', () => {
    const plan = planBallots(s, ev, { named: true })!;
    expect(plan.values[3]).toEqual(['STT', 'Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn']);
    expect(plan.values.slice(4).map((r) => r[1])).toEqual(['Bắc Giang', 'Cao Bằng', 'Hà Giang', 'Lạng Sơn']);
    const back = evaluate({ sheets: [...s.sheets, ...snapshotFromPlans([plan]).sheets] });
    expect(back.ballots).toMatchObject({ form: 'named', entered: false });
  });
});
