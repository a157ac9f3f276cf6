/**
 * What the Office.js adapter (src/excel) tells the user when Excel refuses something: what happened and
 * what to do. Vietnamese first, English second, same keys and placeholders (a test checks it).
 */
import { fill, type Lang } from './index';

const vi = {
  SHEETS_EXIST: 'Bảng tính đã có trang {sheets}. Không ghi đè trang nào: hãy đổi tên hoặc xóa các trang đó, hoặc tạo mẫu trong một bảng tính mới.',
  BAD_SHEET_NAME: 'Excel không nhận tên trang “{sheet}”: tên trang phải có từ 1 đến 31 ký tự, không chứa [ ] : * ? / \\, không bắt đầu hay kết thúc bằng dấu nháy đơn, và không được là “History” (Excel dành riêng tên này). Hãy đổi tên rồi thử lại.',
  SHEET_MISSING: 'Không tìm thấy trang “{sheet}” (có thể đã bị xóa hoặc đổi tên). Hãy bấm Kiểm tra để đọc lại bảng tính.',
  ITEM_MISSING: 'Excel không tìm thấy một trang tính hoặc tên cần dùng: bảng tính vừa thay đổi. Hãy bấm Kiểm tra để đọc lại rồi thử lại.',
  NAME_TAKEN: 'Trong lúc công cụ đang ghi, bảng tính vừa có thêm một trang trùng tên. Hãy bấm Kiểm tra để đọc lại rồi thử lại.',
  CELL_EDIT_MODE: 'Excel đang ở chế độ sửa ô nên chưa thể đọc hay ghi. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi thử lại.',
  PAYLOAD_TOO_LARGE: 'Bảng tính quá lớn để Excel trao đổi một lần (Excel trên web giới hạn 5 MB mỗi lần). Hãy mở tệp bằng Excel trên máy tính, hoặc chuyển các trang không thuộc cụm thi đua sang tệp khác, rồi thử lại.',
  PROTECTED: 'Excel không cho phép thay đổi bảng tính: tệp đang mở ở chế độ chỉ đọc, hoặc sổ làm việc/trang tính đang được bảo vệ. Hãy bấm Bật chỉnh sửa, hoặc bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc), rồi thử lại.',
  INVALID_OPERATION: 'Excel từ chối thao tác này (có thể sổ làm việc đang được bảo vệ, đang được chia sẻ ở chế độ cũ, hoặc một hộp thoại đang mở). Hãy đóng hộp thoại, bỏ bảo vệ nếu có, rồi thử lại.',
  UNSUPPORTED: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy dùng Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.',
  GENERAL: 'Excel gặp lỗi khi thực hiện yêu cầu. Hãy lưu bảng tính, đóng rồi mở lại ngăn Thi đua và thử lại.',
  UNKNOWN: 'Excel báo lỗi: {detail}. Hãy thử lại; nếu lỗi lặp lại, hãy lưu bảng tính rồi mở lại.',
};

export type ExcelMessageKey = keyof typeof vi;

const en: Record<ExcelMessageKey, string> = {
  SHEETS_EXIST: 'The workbook already has the sheet(s) {sheets}. Nothing is overwritten: rename or delete those sheets, or create the template in a new workbook.',
  BAD_SHEET_NAME: 'Excel does not accept the sheet name “{sheet}”: a sheet name has 1 to 31 characters, none of [ ] : * ? / \\, no single quote first or last, and cannot be “History” (Excel reserves it). Rename it, then try again.',
  SHEET_MISSING: 'Sheet “{sheet}” was not found (it may have been deleted or renamed). Click Check to read the workbook again.',
  ITEM_MISSING: 'Excel could not find a sheet or name it needed: the workbook has just changed. Click Check to read it again, then retry.',
  NAME_TAKEN: 'A sheet with the same name was added while the tool was writing. Click Check to read the workbook again, then retry.',
  CELL_EDIT_MODE: 'Excel is editing a cell, so the workbook cannot be read or written. Press Enter or Esc to finish editing the cell, then try again.',
  PAYLOAD_TOO_LARGE: 'The workbook is too large for Excel to exchange at once (Excel on the web allows 5 MB at a time). Open the file in desktop Excel, or move the sheets that are not part of the cluster to another file, then try again.',
  PROTECTED: 'Excel does not allow changes to this workbook: it is open read-only, or the workbook or a sheet is protected. Click Enable Editing, or unprotect it (Review › Protect Workbook), then try again.',
  INVALID_OPERATION: 'Excel refused this operation (the workbook may be protected, shared in the legacy way, or a dialog may be open). Close any dialog, unprotect the workbook if needed, then try again.',
  UNSUPPORTED: 'This version of Excel lacks a feature the add-in needs. Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.',
  GENERAL: 'Excel hit an error while doing this. Save the workbook, close and reopen the Thi đua pane, then try again.',
  UNKNOWN: 'Excel reported an error: {detail}. Try again; if it happens again, save the workbook and reopen it.',
};

export const EXCEL_TEXT: Record<Lang, Record<ExcelMessageKey, string>> = { vi, en };

export function et(lang: Lang, key: ExcelMessageKey, params?: Record<string, string | number>): string {
  return fill(EXCEL_TEXT[lang][key], params);
}
