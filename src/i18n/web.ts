/**
 * The web page's words (src/web), Vietnamese first, English second, same keys (a test checks). The check,
 * ranking and nominee components bring their own words from ./ui.ts.
 */
import { fillCounted, type Lang } from './index';

const vi = {
  webTitle: 'Thi đua — kiểm tra, xếp hạng và đề nghị khen thưởng',
  webLead: 'Mở tệp Excel (.xlsx) của cụm thi đua: trang kiểm tra từng trang tính đơn vị, xếp hạng các đơn vị và ghi bảng xếp hạng cùng danh sách đề nghị khen thưởng vào một bản sao để bạn tải về. Dành cho máy không có Excel chạy được add-in (Excel 2016, 2019, WPS, LibreOffice…).',
  privacyTitle: 'Tệp không rời khỏi máy tính',
  privacyBody: 'Mọi việc diễn ra ngay trong trình duyệt này: tệp không được gửi đi đâu cả. Sau lần mở đầu tiên, trang vẫn dùng được khi không có mạng.',
  openHeading: 'Mở tệp của cụm',
  openButton: 'Chọn tệp .xlsx…',
  dropHint: 'hoặc kéo thả tệp vào đây',
  dropActive: 'Thả tệp để mở',
  fileLabel: 'Tệp: {name}',
  reading: 'Đang đọc tệp…',
  writing: 'Đang ghi tệp kết quả…',
  notOneFile: 'Hãy chọn đúng một tệp .xlsx.',
  readFailedTitle: 'Không đọc được tệp',
  read_NOT_XLSX: 'Tệp “{name}” không phải là sổ tính Excel .xlsx.',
  read_OLE_FILE: 'Tệp “{name}” là sổ tính .xls cũ hoặc có mật khẩu: hãy lưu lại dưới dạng .xlsx không mật khẩu rồi mở lại.',
  read_CORRUPT_XLSX: 'Tệp “{name}” bị hỏng hoặc không phải sổ tính Excel.',
  read_TOO_LARGE: 'Tệp “{name}” khi giải nén sẽ lớn hơn 200 MB: trang từ chối đọc. Hãy kiểm tra lại tệp.',
  read_OTHER: 'Tệp “{name}” không đọc được.',
  writeFailed: 'Không ghi được tệp kết quả. Tệp của bạn không bị thay đổi.',
  resultHeading: 'Kết quả',
  resultBlocked: 'Còn {n} lỗi: hãy sửa trong Excel (hoặc chương trình bảng tính bạn dùng), lưu lại rồi mở lại tệp ở đây. Chưa có tệp kết quả để tải về.',
  downloadResult: 'Tải về tệp kết quả',
  downloadResultHint: 'Một bản sao của tệp bạn mở, thêm hai trang “{ranking}” và “{nominations}”; các trang của bạn giữ nguyên.',
  resultFileName: '{base} - kết quả thi đua.xlsx',
  samplesHeading: 'Tệp mẫu',
  samplesIntro: 'Chưa có tệp? Tải một tệp mẫu, điền số liệu (công thức tỷ lệ đạt chạy cả khi không có add-in), rồi mở nó ở đây.',
  downloadSample: 'Tệp mẫu có số liệu năm 2019',
  downloadTemplate: 'Mẫu trống năm {year} ({n} đơn vị)',
  sampleFileName: 'thi-dua-mau-2019.xlsx',
  templateFileName: 'thi-dua-mau-trong.xlsx',
  unitsHeading: 'Xếp hạng các đơn vị',
  footer: 'Thi đua chạy cùng một bộ quy tắc trong Excel (add-in), ở dòng lệnh và trên trang này.',
  supportLink: 'Hỗ trợ',
};

export type WebKey = keyof typeof vi;

const en: Record<WebKey, string> = {
  webTitle: 'Thi đua — check, rank and nominate',
  webLead: 'Open the emulation cluster’s Excel file (.xlsx): the page checks every unit sheet, ranks the units, and writes the ranking and the nomination list into a copy for you to download. For computers whose Excel cannot run the add-in (Excel 2016, 2019, WPS, LibreOffice…).',
  privacyTitle: 'Your file never leaves your computer',
  privacyBody: 'Everything happens in this browser: the file is not sent anywhere. After the first visit the page works without a network connection.',
  openHeading: 'Open the cluster’s file',
  openButton: 'Choose an .xlsx file…',
  dropHint: 'or drop the file here',
  dropActive: 'Drop the file to open it',
  fileLabel: 'File: {name}',
  reading: 'Reading the file…',
  writing: 'Writing the result file…',
  notOneFile: 'Choose exactly one .xlsx file.',
  readFailedTitle: 'The file could not be read',
  read_NOT_XLSX: 'File “{name}” is not an Excel .xlsx workbook.',
  read_OLE_FILE: 'File “{name}” is an old .xls workbook or is password-protected: save it as an .xlsx without a password and open it again.',
  read_CORRUPT_XLSX: 'File “{name}” is damaged or not an Excel workbook.',
  read_TOO_LARGE: 'File “{name}” would unpack to more than 200 MB: refused. Check the file.',
  read_OTHER: 'File “{name}” could not be read.',
  writeFailed: 'The result file could not be written. Your file is unchanged.',
  resultHeading: 'Result',
  resultBlocked: '{n} {n|error|errors} left: fix them in Excel (or your spreadsheet program), save, and open the file here again. There is no result file to download yet.',
  downloadResult: 'Download the result file',
  downloadResultHint: 'A copy of the file you opened with two more sheets, “{ranking}” and “{nominations}”; your sheets are kept as they are.',
  resultFileName: '{base} - kết quả thi đua.xlsx',
  samplesHeading: 'Sample files',
  samplesIntro: 'No file yet? Download one, fill in the figures (the attainment formulas work without the add-in), then open it here.',
  downloadSample: 'Sample with the 2019 figures',
  downloadTemplate: 'Blank template for {year} ({n} {n|unit|units})',
  sampleFileName: 'thi-dua-mau-2019.xlsx',
  templateFileName: 'thi-dua-mau-trong.xlsx',
  unitsHeading: 'Ranking of the units',
  footer: 'Thi đua applies the same rules in Excel (the add-in), on the command line and on this page.',
  supportLink: 'Support',
};

export const WEB_TEXT: Record<Lang, Record<WebKey, string>> = { vi, en };

export function wt(lang: Lang, key: WebKey, params?: Record<string, string | number | null | undefined>): string {
  return fillCounted(lang, WEB_TEXT[lang][key], params);
}
