/** The THIDUA custom functions called as plain functions (no Excel): values, spills and every error. */
import { ATTAINMENT, SCORE, STATUS } from '../../src/functions/functions';
import { FunctionError } from '../../src/functions/errors';

/** What a cell shows: a number/string, or the error code and its message. */
function shown(v: unknown): unknown {
  return v instanceof FunctionError ? { error: v.code, message: v.message } : v;
}

function thrown(f: () => unknown): { error: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof FunctionError) return { error: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('THIDUA.ATTAINMENT', () => {
  test('single values: result ÷ target (Bắc Giang 2019: 3 of 2 = 150%)', () => {
    expect(ATTAINMENT([[3]], [[2]])).toEqual([[1.5]]);
    expect(ATTAINMENT([[0]], [[4]])).toEqual([[0]]);
    expect(ATTAINMENT([[2]], [[3]])[0][0]).toBeCloseTo(2 / 3, 12);
  });

  test('bare values (called by hand) are treated as 1×1 ranges', () => {
    expect(ATTAINMENT(3 as unknown as unknown[][], 2 as unknown as unknown[][])).toEqual([[1.5]]);
  });

  test('text digits are accepted, spaces and no-break spaces trimmed', () => {
    expect(ATTAINMENT([['03']], [['2']])).toEqual([[1.5]]);
    expect(ATTAINMENT([[' 3\u00A0']], [[2]])).toEqual([[1.5]]);
  });

  test('two ranges of the same shape spill one attainment per cell', () => {
    expect(ATTAINMENT([[3], [3], [2]], [[2], [3], [1]])).toEqual([[1.5], [1], [2]]);
    expect(ATTAINMENT([[2, 4]], [[1, 4]])).toEqual([[2, 1]]);
  });

  test('a single value against a range applies to every cell', () => {
    expect(ATTAINMENT([[2], [4]], [[2]])).toEqual([[1], [2]]);
    expect(ATTAINMENT([[6]], [[2, 3]])).toEqual([[3, 2]]);
  });

  test('errors stay in their own cell of a spill', () => {
    const out = ATTAINMENT([[3], [1], [2]], [[2], [0], [null]]).map((row) => row.map(shown));
    expect(out[0][0]).toBe(1.5);
    expect(out[1][0]).toMatchObject({ error: '#DIV/0!' });
    expect(out[2][0]).toMatchObject({ error: '#N/A' });
  });

  test('ranges of different shapes: #VALUE! naming both sizes', () => {
    const e = thrown(() => ATTAINMENT([[1], [2]], [[1, 2]]));
    expect(e.error).toBe('#VALUE!');
    expect(e.message).toContain('2×1');
    expect(e.message).toContain('1×2');
  });

  test.each([
    ['blank target (null)', [[3]], [[null]], '#N/A', /Chỉ tiêu để trống/],
    ['blank target (empty string)', [[3]], [['']], '#N/A', /Chỉ tiêu để trống/],
    ['blank target (spaces)', [[3]], [['  ']], '#N/A', /Chỉ tiêu để trống/],
    ['blank result', [[null]], [[2]], '#N/A', /Kết quả để trống/],
    ['target 0', [[3]], [[0]], '#DIV/0!', /bằng 0/],
    ['negative target', [[3]], [[-2]], '#VALUE!', /Chỉ tiêu là số âm \(-2\)/],
    ['negative result', [[-1]], [[2]], '#VALUE!', /Kết quả là số âm \(-1\)/],
    ['fractional result', [[1.5]], [[2]], '#VALUE!', /Kết quả là số lẻ \(1,5\)/],
    ['fractional target', [[1]], [[2.5]], '#VALUE!', /Chỉ tiêu là số lẻ \(2,5\)/],
    ['text that is not a count', [['ba']], [[2]], '#VALUE!', /Kết quả không phải là số \(ba\)/],
    ['count with a unit word', [['3 vụ']], [[2]], '#VALUE!', /không phải là số \(3 vụ\)/],
    ['boolean', [[true]], [[2]], '#VALUE!', /đúng\/sai \(TRUE\)/],
    ['an error value passed in', [[{ code: '#REF!' }]], [[2]], '#VALUE!', /lỗi #REF!/],
  ])('%s', (_label, result, target, code, message) => {
    const [[cell]] = ATTAINMENT(result as unknown[][], target as unknown[][]).map((row) => row.map(shown));
    expect(cell).toMatchObject({ error: code });
    expect((cell as { message: string }).message).toMatch(message);
  });

  test('messages follow Office display language', () => {
    const g = globalThis as { Office?: unknown };
    g.Office = { context: { displayLanguage: 'en-US' } };
    try {
      const [[cell]] = ATTAINMENT([[-1]], [[2]]).map((row) => row.map(shown));
      expect(cell).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^The result is negative \(-1\)/) });
    } finally {
      delete g.Office;
    }
  });
});

describe('THIDUA.STATUS', () => {
  test.each([
    [[[3], [3]], [[2], [3]], 'Vượt chỉ tiêu'],
    [[[2], [2]], [[2], [2]], 'Hoàn thành chỉ tiêu'],
    [[[1], [5]], [[2], [2]], 'Chưa hoàn thành'],
    [[['02', '02']], [[1, 1]], 'Vượt chỉ tiêu'],
  ])('%j against %j → %s', (results, targets, label) => {
    expect(STATUS(results, targets)).toBe(label);
  });

  test('results and targets in different layouts pair cell by cell', () => {
    expect(STATUS([[3, 3]], [[2], [3]])).toBe('Vượt chỉ tiêu');
  });

  test('an invalid cell is named by its position', () => {
    const e = thrown(() => STATUS([[3], [-1]], [[2], [3]]));
    expect(e).toEqual({ error: '#VALUE!', message: expect.stringMatching(/^Ô thứ 2: Kết quả là số âm/) });
  });

  test('blank target → #N/A, zero target → #DIV/0!', () => {
    expect(thrown(() => STATUS([[3], [3]], [[2], [null]])).error).toBe('#N/A');
    expect(thrown(() => STATUS([[3], [3]], [[2], [0]])).error).toBe('#DIV/0!');
  });

  test('different cell counts → #VALUE!', () => {
    const e = thrown(() => STATUS([[3], [3], [1]], [[2], [3]]));
    expect(e.error).toBe('#VALUE!');
    expect(e.message).toMatch(/\(3\).*\(2\)/);
  });

  test('an empty argument → #N/A', () => {
    expect(thrown(() => STATUS([], [])).error).toBe('#N/A');
  });
});

describe('THIDUA.SCORE', () => {
  test('plain mean of attainments without weights', () => {
    expect(SCORE([[3], [3]], [[2], [3]])).toBeCloseTo(1.25, 12);
    expect(SCORE([[2], [2]], [[1], [1]])).toBe(2);
  });

  test('weighted mean; a blank weight counts as 1', () => {
    expect(SCORE([[3], [3]], [[2], [3]], [[3], [1]])).toBeCloseTo((3 * 1.5 + 1) / 4, 12);
    expect(SCORE([[3], [3]], [[2], [3]], [[null], [1]])).toBeCloseTo(1.25, 12);
  });

  test('an omitted optional argument that Excel passes as a blank cell means no weights', () => {
    expect(SCORE([[3], [3]], [[2], [3]], [[null]])).toBeCloseTo(1.25, 12);
  });

  test('bad weights → #VALUE! naming the cell and what was found', () => {
    const e = thrown(() => SCORE([[3], [3]], [[2], [3]], [[1], [-2]]));
    expect(e).toEqual({ error: '#VALUE!', message: expect.stringMatching(/^Ô thứ 2: Trọng số phải là số dương \(-2\)/) });
    expect(thrown(() => SCORE([[3], [3]], [[2], [3]], [[1], ['nặng']])).error).toBe('#VALUE!');
    expect(thrown(() => SCORE([[3], [3]], [[2], [3]], [[0], [1]])).error).toBe('#VALUE!');
  });

  test('weights of another size → #VALUE!', () => {
    expect(thrown(() => SCORE([[3], [3]], [[2], [3]], [[1], [1], [1]])).error).toBe('#VALUE!');
  });

  test('count errors as in ATTAINMENT', () => {
    expect(thrown(() => SCORE([[3], [1.5]], [[2], [3]])).message).toMatch(/số lẻ \(1,5\)/);
    expect(thrown(() => SCORE([['03'], [3]], [[2], [0]])).error).toBe('#DIV/0!');
  });
});
