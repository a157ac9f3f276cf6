/** Words of the import of returned files (WORKBOOK.md §6): issue messages and the change list. */
import type { CellChange, ImportCode, ImportIssue } from '../core';
import { fill, type Lang } from './index';

type Messages = Record<ImportCode, string>;

const vi: Messages = {
  IMPORT_NO_UNIT_SHEET: 'Tệp không có trang tính đơn vị nào (trang có bảng chỉ tiêu).',
  IMPORT_UNKNOWN_UNIT: 'Trang "{sheet}" không ứng với đơn vị nào trong danh sách đơn vị của Cụm.',
  IMPORT_UNKNOWN_CRITERION: 'Dòng "{text}" không ứng với chỉ tiêu nào của Cụm.',
  IMPORT_COUNT_INVALID: '{role} {code} không hợp lệ ("{found}"): cần số nguyên không âm; ô này không được chép.',
  IMPORT_DUPLICATE_UNIT: 'Hai tệp cho đơn vị "{sheet}" có số liệu khác nhau ({sheet}!{cell}: {a} trong "{first}", {b} trong "{second}"): hãy bỏ bớt một tệp.',
  IMPORT_CLUSTER_SHEET_MISSING: 'Sổ của Cụm chưa có trang (có bảng chỉ tiêu) của đơn vị "{sheet}" để chép số liệu từ tệp "{file}".',
  IMPORT_CLUSTER_ROW_MISSING: 'Trang "{sheet}" của sổ Cụm không có dòng của chỉ tiêu {code} để chép số liệu từ tệp "{file}".',
  IMPORT_CONFLICT: 'Ô đã có {before}, tệp ghi {after} ({fileSheet}!{fileCell}): chỉ ghi đè khi bạn xác nhận.',
  IMPORT_SAME_FILE_TWICE: 'Tệp giống hệt tệp "{first}": chỉ đọc một lần.',
};

const en: Messages = {
  IMPORT_NO_UNIT_SHEET: 'The file has no unit sheet (a sheet with a criteria table).',
  IMPORT_UNKNOWN_UNIT: 'Sheet "{sheet}" matches no unit of the cluster’s roster.',
  IMPORT_UNKNOWN_CRITERION: 'Row "{text}" matches no criterion of the cluster.',
  IMPORT_COUNT_INVALID: '{role} {code} is not valid ("{found}"): a whole number ≥ 0 is needed; this cell is not copied.',
  IMPORT_DUPLICATE_UNIT: 'Two files for unit "{sheet}" hold different figures ({sheet}!{cell}: {a} in "{first}", {b} in "{second}"): leave one out.',
  IMPORT_CLUSTER_SHEET_MISSING: 'The cluster workbook has no sheet (with a criteria table) for unit "{sheet}" to take the figures of "{file}".',
  IMPORT_CLUSTER_ROW_MISSING: 'Sheet "{sheet}" of the cluster workbook has no row for criterion {code} to take the figures of "{file}".',
  IMPORT_CONFLICT: 'The cell holds {before}, the file says {after} ({fileSheet}!{fileCell}): overwritten only when you confirm.',
  IMPORT_SAME_FILE_TWICE: 'The same file as "{first}": read once.',
};

const ROLE: Record<Lang, Record<string, string>> = {
  vi: { target: 'Chỉ tiêu', result: 'Kết quả' },
  en: { target: 'Target', result: 'Result' },
};

/** Exported for the guide's message page test (test/docs). */
export const IMPORT_MESSAGES: Record<Lang, Messages> = { vi, en };

export function importMessage(i: ImportIssue, lang: Lang = 'vi'): string {
  const p: Record<string, string | number> = { ...i.params };
  if (typeof p.role === 'string') p.role = ROLE[lang][p.role] ?? p.role;
  return fill(IMPORT_MESSAGES[lang][i.code], p);
}

/** `bac-kan.xlsx › Bắc Kạn!F8`, `bac-kan.xlsx`, `Bắc Kạn` — where an import issue is. */
export function importLocation(i: ImportIssue): string {
  const where = i.sheet ? (i.cell ? `${i.sheet}!${i.cell}` : i.sheet) : '';
  if (i.file) return where ? `${i.file} › ${where}` : i.file;
  return where;
}

const BLANK: Record<Lang, string> = { vi: '(trống)', en: '(blank)' };

/** `Bắc Kạn!F8: (trống) → 2` (§6). */
export function changeLine(c: CellChange, lang: Lang = 'vi'): string {
  const before = c.before === null || c.before === '' ? BLANK[lang] : String(c.before);
  return `${c.sheet}!${c.cell}: ${before} → ${c.after}`;
}
