import { statusOf, score, percentVi, pad2, compareScores, sharePercentVi } from '../../src/core/rules';
import { parseCount } from '../../src/core/counts';
import { evaluate } from '../../src/core';
import { applyQuota, rankUnits } from '../../src/core/evaluate';
import type { UnitResult } from '../../src/core/types';
import { cluster } from './build';

describe('status (WORKBOOK.md §3), decided on the integers', () => {
  test.each([
    [[[1, 2], [1, 1]], 'exceeded'],
    [[[2, 3], [3, 3]], 'exceeded'], // Bắc Giang 2019
    [[[1, 1], [1, 1]], 'met'], // exactly 100% everywhere
    [[[2, 3], [3, 2]], 'not_met'], // one below, even if the other is above
    [[[1, 0], [1, 1]], 'not_met'],
  ] as [number[][], string][])('%j → %s', (pairs, expected) => {
    expect(statusOf(pairs.map(([target, result]) => ({ target, result })))).toBe(expected);
  });
});

describe('score', () => {
  test('weighted mean of attainments', () => {
    expect(score([{ target: 2, result: 3 }, { target: 3, result: 3 }])).toBe(1.25);
    expect(score([{ target: 2, result: 3 }, { target: 3, result: 3 }], [3, 1])).toBeCloseTo((3 * 1.5 + 1) / 4, 12);
  });
  test('equal scores computed differently tie exactly', () => {
    const a = score([{ target: 10, result: 1 }, { target: 10, result: 2 }]); // (0.1 + 0.2)/2
    const b = score([{ target: 20, result: 3 }, { target: 20, result: 3 }]); // 0.15
    expect(a).not.toBe(b); // floating point differs…
    expect(compareScores(a, b)).toBe(0); // …but they compare equal
  });
});

describe('achievement figures', () => {
  test.each([
    [3, 2, '150%'],
    [3, 3, '100%'],
    [2, 1, '200%'],
    [2, 3, '66,7%'],
    [1, 3, '33,3%'],
    [1, 8, '12,5%'],
    [0, 5, '0%'],
    [5, 6, '83,3%'],
  ])('%i/%i → %s', (result, target, expected) => {
    expect(percentVi(result, target)).toBe(expected);
  });
  test.each([
    [3, '03'],
    [12, '12'],
    [0, '00'],
    [100, '100'],
  ])('pad2(%i) = %s', (n, s) => expect(pad2(n)).toBe(s));
  test('vote share 13/14', () => expect(sharePercentVi(13 / 14)).toBe('92,9%'));
});

describe('counts (WORKBOOK.md §1.3)', () => {
  test.each([
    [3, 'number', { ok: true, value: 3, asText: false }],
    [0, 'number', { ok: true, value: 0, asText: false }],
    ['03', 'string', { ok: true, value: 3, asText: true }],
    [' 3\u00A0', 'string', { ok: true, value: 3, asText: true }],
    [null, 'empty', { ok: false, code: 'MISSING', found: '' }],
    ['  ', 'string', { ok: false, code: 'MISSING', found: '' }],
    [-1, 'number', { ok: false, code: 'NEGATIVE', found: '-1' }],
    [1.5, 'number', { ok: false, code: 'FRACTION', found: '1,5' }],
    ['ba', 'string', { ok: false, code: 'NOT_A_NUMBER', found: 'ba' }],
    ['3 vụ', 'string', { ok: false, code: 'NOT_A_NUMBER', found: '3 vụ' }],
    [true, 'boolean', { ok: false, code: 'BOOLEAN', found: 'TRUE' }],
    ['#REF!', 'error', { ok: false, code: 'ERROR_VALUE', found: '#REF!' }],
    [43799, 'date', { ok: false, code: 'NOT_A_NUMBER', found: '30/11/2019' }],
    // v2: a whole number with a decimal comma or point, stored as text
    ['2,0', 'string', { ok: true, value: 2, asText: true }],
    ['2.0', 'string', { ok: true, value: 2, asText: true }],
    [' 12,00\u00A0', 'string', { ok: true, value: 12, asText: true }],
    ['2,5', 'string', { ok: false, code: 'FRACTION', found: '2,5' }],
    ['2.5', 'string', { ok: false, code: 'FRACTION', found: '2,5' }],
    // three digits after the mark: a thousands separator in one convention, a decimal mark in the other
    ['2.000', 'string', { ok: false, code: 'NOT_A_NUMBER', found: '2.000' }],
    ['2,000', 'string', { ok: false, code: 'NOT_A_NUMBER', found: '2,000' }],
    ['2,', 'string', { ok: false, code: 'NOT_A_NUMBER', found: '2,' }],
    [',5', 'string', { ok: false, code: 'NOT_A_NUMBER', found: ',5' }],
  ] as const)('%j (%s)', (v, t, expected) => {
    expect(parseCount(v as never, t)).toEqual(expected);
  });
});

function u(name: string, status: UnitResult['status'], score: number, resultSum: number): UnitResult {
  return { sheet: name, name, rank: 0, status, score, criteria: [], resultSum, qualifies: true, eligible: true };
}

describe('ranking', () => {
  test('status first, then score, then sum of results; ties share a rank and the next skips (1, 1, 3)', () => {
    const ranked = rankUnits([u('Cao Bằng', 'not_met', 3, 9), u('Thái Nguyên', 'exceeded', 2, 4), u('Bắc Giang', 'exceeded', 1.25, 6), u('Lạng Sơn', 'exceeded', 2, 4), u('Hà Giang', 'met', 1, 3)]);
    expect(ranked.map((x) => [x.rank, x.name])).toEqual([
      [1, 'Lạng Sơn'],
      [1, 'Thái Nguyên'],
      [3, 'Bắc Giang'],
      [4, 'Hà Giang'],
      [5, 'Cao Bằng'],
    ]);
  });
  test('equal status and score: the larger sum of results ranks first', () => {
    const ranked = rankUnits([u('A', 'exceeded', 2, 4), u('B', 'exceeded', 2, 6)]);
    expect(ranked.map((x) => [x.rank, x.name])).toEqual([
      [1, 'B'],
      [2, 'A'],
    ]);
  });
  test('within a shared rank, Vietnamese collation (Đ after D)', () => {
    const ranked = rankUnits([u('Điện Biên', 'met', 1, 2), u('Đắk Lắk', 'met', 1, 2), u('Cao Bằng', 'met', 1, 2), u('Yên Bái', 'met', 1, 2)]);
    expect(ranked.map((x) => x.name)).toEqual(['Cao Bằng', 'Đắk Lắk', 'Điện Biên', 'Yên Bái']);
    expect(ranked.every((x) => x.rank === 1)).toBe(true);
  });
});

describe('quota with a tie at the cut', () => {
  const ranked = () => rankUnits([u('A', 'exceeded', 3, 5), u('B', 'exceeded', 2, 4), u('C', 'exceeded', 2, 4), u('D', 'exceeded', 1.5, 3)]);
  test('no quota: all', () => expect(applyQuota(ranked(), null).taken.map((x) => x.name)).toEqual(['A', 'B', 'C', 'D']));
  test('quota 3 fits the tied pair', () => expect(applyQuota(ranked(), 3)).toMatchObject({ taken: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], tie: [] }));
  test('quota 2: the tied pair would cross the cut, none of it is taken and it is named', () => {
    const q = applyQuota(ranked(), 2);
    expect(q.taken.map((x) => x.name)).toEqual(['A']);
    expect(q.tie.map((x) => x.name)).toEqual(['B', 'C']);
  });
  test('quota 1 is filled by A; the pair is simply below the cut, no tie', () => {
    expect(applyQuota(ranked(), 1)).toMatchObject({ taken: [{ name: 'A' }], tie: [] });
  });
  test('through the pipeline: a QUOTA_TIE warning names the pair', () => {
    const ev = evaluate(
      cluster(
        { 'Bắc Giang': [1, 3, 1, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Thái Nguyên': [1, 2, 1, 2] },
        { keys: [['Số đơn vị đề nghị tối đa', 2]] },
      ),
    );
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang']);
    const tie = ev.issues.find((i) => i.code === 'QUOTA_TIE')!;
    expect(tie).toMatchObject({ severity: 'warning', sheet: null, cell: null });
    expect(tie.params.units).toBe('Ban Nội chính Tỉnh ủy Lạng Sơn, Ban Nội chính Tỉnh ủy Thái Nguyên');
    expect(ev.blocked).toBe(false);
  });
});

describe('nomination rule and order', () => {
  const units = { 'Thái Nguyên': [1, 2, 1, 2], 'Bắc Giang': [2, 3, 3, 3], 'Hà Giang': [2, 2, 1, 1], 'Cao Bằng': [2, 1, 1, 1] } as const;
  test('Vượt chỉ tiêu (default): exceeded only, by name', () => {
    const ev = evaluate(cluster(units as never));
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang', 'Thái Nguyên']);
  });
  test('Theo xếp hạng: by rank', () => {
    const ev = evaluate(cluster(units as never, { keys: [['Thứ tự danh sách đề nghị', 'Theo xếp hạng']] }));
    expect(ev.nominations.map((n) => [n.rank, n.sheet])).toEqual([
      [1, 'Thái Nguyên'],
      [2, 'Bắc Giang'],
    ]);
  });
  test('Hoàn thành chỉ tiêu: met units qualify too', () => {
    const ev = evaluate(cluster(units as never, { keys: [['Điều kiện đề nghị', 'Hoàn thành chỉ tiêu']] }));
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang', 'Hà Giang', 'Thái Nguyên']);
  });
  test('achievement sentence with the lead from the settings', () => {
    const ev = evaluate(cluster({ 'Phú Thọ': [3, 4, 8, 12] }, { keys: [['Mở đầu câu thành tích', 'Đã phát hiện']] }));
    expect(ev.nominations[0].achievement).toBe('Đã phát hiện 04 vụ án (đạt 133,3%), 12 vụ việc (đạt 150%)');
  });
});

describe('totals', () => {
  test('sum of targets and results over the ranked units, and units per status', () => {
    const ev = evaluate(cluster({ A: [1, 2, 1, 2], B: [2, 2, 1, 1], C: [3, 1, 2, 0] }));
    expect(ev.totals).toEqual([
      { code: 'VA', unitWord: 'vụ án', target: 6, result: 5 },
      { code: 'VV', unitWord: 'vụ việc', target: 4, result: 3 },
    ]);
    expect(ev.statusCounts).toEqual({ exceeded: 1, met: 1, not_met: 1 });
  });
});
