/**
 * Messages of the THIDUA custom functions (shown in Excel's error indicator menu next to `#VALUE!` and
 * `#N/A`). Vietnamese first, English second; same keys in both (a test checks it). The status labels the
 * functions return are workbook words and come from core (src/core/words.ts, `STATUS_LABEL_VI`).
 */
import { fill, type Lang } from './index';

const vi = {
  target: 'Chỉ tiêu',
  result: 'Kết quả',
  weight: 'Trọng số',
  /** prefix when the argument is a range of several cells: which cell (1-based, row by row) */
  cellPrefix: 'Ô thứ {n}: ',
  TARGET_BLANK: 'Chỉ tiêu để trống: đơn vị chưa đăng ký chỉ tiêu.',
  RESULT_BLANK: 'Kết quả để trống: đơn vị chưa báo cáo kết quả.',
  TARGET_ZERO: 'Chỉ tiêu bằng 0: mỗi đơn vị phải đăng ký ít nhất 1.',
  NEGATIVE: '{what} là số âm ({found}): số vụ phải là số nguyên từ 0 trở lên.',
  FRACTION: '{what} là số lẻ ({found}): số vụ phải là số nguyên từ 0 trở lên.',
  NOT_A_NUMBER: '{what} không phải là số ({found}): hãy nhập một số nguyên, ví dụ 3.',
  BOOLEAN: '{what} là giá trị đúng/sai ({found}): hãy nhập một số nguyên, ví dụ 3.',
  ERROR_VALUE: '{what} là lỗi {found}: hãy sửa ô đó trước.',
  WEIGHT_INVALID: 'Trọng số phải là số dương ({found}); để trống nghĩa là 1.',
  SHAPE_MISMATCH: 'Hai vùng phải cùng kích thước: {a} và {b}.',
  COUNT_MISMATCH: 'Số ô của {a} ({n}) và {b} ({m}) phải bằng nhau.',
  NOTHING: 'Không có chỉ tiêu nào để tính.',
};

export type FunctionsKey = keyof typeof vi;

const en: Record<FunctionsKey, string> = {
  target: 'The target',
  result: 'The result',
  weight: 'The weight',
  cellPrefix: 'Cell {n}: ',
  TARGET_BLANK: 'The target is blank: the unit has not registered a target.',
  RESULT_BLANK: 'The result is blank: the unit has not reported a result.',
  TARGET_ZERO: 'The target is 0: every unit must register at least 1.',
  NEGATIVE: '{what} is negative ({found}): a count is a whole number, 0 or more.',
  FRACTION: '{what} is a fraction ({found}): a count is a whole number, 0 or more.',
  NOT_A_NUMBER: '{what} is not a number ({found}): type a whole number, e.g. 3.',
  BOOLEAN: '{what} is TRUE/FALSE ({found}): type a whole number, e.g. 3.',
  ERROR_VALUE: '{what} is the error {found}: fix that cell first.',
  WEIGHT_INVALID: 'A weight must be a positive number ({found}); blank means 1.',
  SHAPE_MISMATCH: 'Both ranges must have the same size: {a} and {b}.',
  COUNT_MISMATCH: '{a} ({n} cells) and {b} ({m} cells) must have as many cells.',
  NOTHING: 'There is no criterion to compute.',
};

export const FUNCTIONS_TEXT: Record<Lang, Record<FunctionsKey, string>> = { vi, en };

export function ft(lang: Lang, key: FunctionsKey, params?: Record<string, string | number>): string {
  return fill(FUNCTIONS_TEXT[lang][key], params);
}
