/**
 * Readers accept every form an attainment cell may have in a file (DESIGN.md §3, issue 12): the template's
 * `IFERROR(_xldudf_THIDUA_ATTAINMENT(…),…)`, Excel's bare `_xldudf_THIDUA_ATTAINMENT(…)`, the typed
 * `THIDUA.ATTAINMENT(…)`, and a blank cached by the fallback. Only the cached value counts.
 */
import { evaluate } from '../../src/core';
import { attainmentFormula as typed } from '../../src/core/plan/template';
import { fileFormula } from '../../src/xlsx/sheet';
import { buildWorkbook, roundTrip } from '../fixtures/workbooks';

/** The template's cell as the .xlsx door stores it. */
const attainmentFormula = (r: string, t: string) => fileFormula(typed(r, t));

const HEADER = ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt'];

test('each form reads as its cached value; a cached blank reads as blank; no mismatch, no error', async () => {
  const unit = (name: string, g7: unknown, g8: unknown, counts: [number, number, number, number]) => ({
    name,
    rows: [[], [], [], [], [], HEADER, [1, 'VA', 'Vụ án', 'vụ án', counts[0], counts[1], g7], [2, 'VV', 'Vụ việc', 'vụ việc', counts[2], counts[3], g8]],
  });
  const file = await buildWorkbook([
    unit('A', { formula: attainmentFormula('F7', 'E7'), result: 1.5 }, { formula: attainmentFormula('F8', 'E8'), result: 1 }, [2, 3, 1, 1]),
    unit('B', { formula: '_xldudf_THIDUA_ATTAINMENT(F7,E7)', result: 2 }, { formula: 'THIDUA.ATTAINMENT(F8,E8)', result: 1 }, [1, 2, 1, 1]),
    unit('C', { formula: attainmentFormula('F7', 'E7'), result: '' }, { formula: attainmentFormula('F8', 'E8'), result: 0.5 }, [1, 1, 2, 1]),
  ] as never);
  const snap = await roundTrip(file);
  const g = (name: string, r: number) => {
    const s = snap.sheets.find((x) => x.name === name)!;
    return [s.values[r]?.[6] ?? null, s.types?.[r]?.[6] ?? 'empty'];
  };
  expect([g('A', 6), g('A', 7), g('B', 6), g('B', 7), g('C', 7)]).toEqual([[1.5, 'number'], [1, 'number'], [2, 'number'], [1, 'number'], [0.5, 'number']]);
  expect([null, 'empty', '']).toContainEqual(g('C', 6)[0]);
  const issues = evaluate(snap).issues;
  expect(issues.filter((i) => i.code === 'ATTAINMENT_MISMATCH' || i.severity === 'error')).toEqual([]);
});
