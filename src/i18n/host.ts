/**
 * What the pane says when its host cannot run it (src/taskpane/host.ts): outside Excel, or an Excel
 * without a requirement set the add-in needs. Vietnamese first, English second, same keys (a test checks).
 */
import { fill, type Lang } from './index';

const vi = {
  hostNotExcelTitle: 'Ngăn này chỉ chạy bên trong Excel',
  hostNotExcelBody: 'Đây là ngăn tác vụ của add-in Thi đua: hãy mở nó trong Excel (thẻ Trang đầu › Thi đua), không mở trực tiếp trong trình duyệt.',
  hostOtherAppBody: 'Đây là ngăn tác vụ của add-in Thi đua cho Excel, nhưng nó đang được mở trong {host}. Hãy mở nó trong Excel (thẻ Trang đầu › Thi đua).',
  hostTooOldTitle: 'Phiên bản Excel này chưa chạy được add-in Thi đua',
  hostTooOldBody:
    'Add-in cần {missing}. Các phần này có trong Excel cho Microsoft 365 (Windows phiên bản 2002 trở lên, máy Mac 16.35 trở lên), Excel 2021 và 2024 đã cập nhật, và Excel trên web; Excel 2016, Excel 2019 và Excel trên iPad không có.',
  hostWebPage:
    'Không có Excel như vậy? Trang web Thi đua làm cùng công việc ngay trong trình duyệt: mở tệp .xlsx của cụm, kiểm tra, xếp hạng và tải về tệp kết quả. Tệp không rời khỏi máy tính.',
  hostWebLink: 'Mở trang web Thi đua',
  set_SharedRuntime: 'SharedRuntime 1.1 (ngăn tác vụ và các hàm dùng chung một trang)',
  set_CustomFunctionsRuntime: 'CustomFunctionsRuntime 1.2 (các hàm THIDUA.*)',
  set_ExcelApi: 'ExcelApi 1.9 (đọc và ghi trang tính)',
  listJoin: ', ',
};

export type HostKey = keyof typeof vi;

const en: Record<HostKey, string> = {
  hostNotExcelTitle: 'This pane runs inside Excel',
  hostNotExcelBody: 'This is the task pane of the Thi đua add-in: open it in Excel (Home tab › Thi đua), not directly in a browser.',
  hostOtherAppBody: 'This is the task pane of the Thi đua add-in for Excel, but it was opened in {host}. Open it in Excel (Home tab › Thi đua).',
  hostTooOldTitle: 'This version of Excel cannot run the Thi đua add-in',
  hostTooOldBody:
    'The add-in needs {missing}. Excel for Microsoft 365 (Windows version 2002 or later, Mac 16.35 or later), up-to-date Excel 2021 and 2024, and Excel on the web have them; Excel 2016, Excel 2019 and Excel on iPad do not.',
  hostWebPage:
    'No such Excel? The Thi đua web page does the same job in the browser: open the cluster’s .xlsx file, check it, rank the units and download the result workbook. The file never leaves your computer.',
  hostWebLink: 'Open the Thi đua web page',
  set_SharedRuntime: 'SharedRuntime 1.1 (the pane and the functions share one page)',
  set_CustomFunctionsRuntime: 'CustomFunctionsRuntime 1.2 (the THIDUA.* functions)',
  set_ExcelApi: 'ExcelApi 1.9 (reading and writing sheets)',
  listJoin: ', ',
};

export const HOST_TEXT: Record<Lang, Record<HostKey, string>> = { vi, en };

export function ht(lang: Lang, key: HostKey, params?: Record<string, string | number | null | undefined>): string {
  return fill(HOST_TEXT[lang][key], params);
}
