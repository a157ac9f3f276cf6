/** Words of the import of returned files (WORKBOOK.md §6): issue messages and the change list. */
import type { CellChange, ImportCode, ImportIssue } from '../core';
import { fill, fillCounted, type Lang } from './index';

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

/** The pane's import review (WORKBOOK.md §6), loaded with the import's chunk (src/taskpane/importFiles.tsx). */
const PANE_VI = {
  reviewHeading: 'Nhập số liệu từ tệp gửi về',
  fileUnits: '{file}: {units}',
  fileNoUnit: '{file}: không có đơn vị nào để nhập',
  unreadable: '{file}: không đọc được (không phải tệp Excel .xlsx hoặc tệp bị hỏng).',
  summary: '{changes} ô sẽ được ghi, {conflicts} ô khác với số đã có, {unchanged} ô đã đúng.',
  changesHeading: 'Các ô sẽ thay đổi ({n})',
  conflict: 'khác số đã có',
  from: 'từ {where}',
  blocked: 'Có lỗi trong các tệp: chưa ghi gì. Hãy sửa hoặc bỏ bớt tệp rồi nhập lại.',
  nothing: 'Không có ô nào cần ghi: bảng tính đã có đúng các số này.',
  overwrite: 'Ghi đè {n} ô đã có số khác',
  confirm: 'Ghi {n} ô vào bảng tính',
  cancel: 'Hủy',
  changed: 'Bảng tính đã thay đổi từ lúc đọc: danh sách dưới đây đã được lập lại, hãy xem lại rồi xác nhận.',
  done: 'Đã ghi {n} ô vào các trang đơn vị.',
  failedPart: 'Excel dừng giữa chừng: đã ghi {written}/{n} ô, Excel không hoàn tác phần đã ghi.',
  failedNone: 'Chưa ghi ô nào trong {n} ô.',
  failedUnknown: 'Không đọc lại được bảng tính để biết {n} ô đã được ghi hay chưa.',
  failedWritten: 'Đã ghi: {cells}',
  failedMissing: 'Chưa ghi: {cells}',
  failedNext: 'Hãy xử lý lỗi ở trên rồi nhập lại các tệp: ô nào đã đúng số sẽ không bị ghi lại.',
};
type PaneKey = keyof typeof PANE_VI;
const PANE_EN: Record<PaneKey, string> = {
  reviewHeading: 'Import figures from returned files',
  fileUnits: '{file}: {units}',
  fileNoUnit: '{file}: no unit to import',
  unreadable: '{file}: could not be read (not an Excel .xlsx file, or damaged).',
  summary: '{changes} {changes|cell|cells} to write, {conflicts} {conflicts|cell differs|cells differ} from the figure already there, {unchanged} already right.',
  changesHeading: 'Cells that change ({n})',
  conflict: 'differs from the figure there',
  from: 'from {where}',
  blocked: 'The files have errors: nothing written. Fix them or leave some out, then import again.',
  nothing: 'No cell to write: the workbook already holds these figures.',
  overwrite: 'Overwrite {n} {n|cell|cells} that hold another figure',
  confirm: 'Write {n} {n|cell|cells} into the workbook',
  cancel: 'Cancel',
  changed: 'The workbook changed since it was read: the list below was drawn up again; review it, then confirm.',
  done: '{n} {n|cell|cells} written into the unit sheets.',
  failedPart: 'Excel stopped part-way: {written} of {n} cells written, and Excel does not undo what it wrote.',
  failedNone: 'None of the {n} {n|cell was|cells were} written.',
  failedUnknown: 'The workbook could not be read again to tell whether the {n} {n|cell was|cells were} written.',
  failedWritten: 'Written: {cells}',
  failedMissing: 'Not written: {cells}',
  failedNext: 'Deal with the error above, then import the files again: cells that already hold the figure are not written again.',
};
export const IMPORT_PANE_TEXT: Record<Lang, Record<PaneKey, string>> = { vi: PANE_VI, en: PANE_EN };
export type ImportPaneKey = PaneKey;
export function importText(lang: Lang, key: PaneKey, params: Record<string, string | number> = {}): string {
  return fillCounted(lang, IMPORT_PANE_TEXT[lang][key], params);
}
