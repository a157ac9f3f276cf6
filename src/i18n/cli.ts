/** Command-line messages (WORKBOOK.md §5): one line each, Vietnamese by default. */
import type { Lang } from './index';

const vi = {
  usage:
    'Cách dùng: thidua <lệnh> …\n' +
    '  thidua sample -o TỆP.xlsx [--with-ballots]        ghi sổ mẫu năm 2019 (14 đơn vị Cụm thi đua số 1)\n' +
    '  thidua template -o TỆP.xlsx [--units "A,B,…"] [--year N]   ghi mẫu trống (mặc định: các đơn vị của năm đó; từ 2025 là 10 tỉnh sau sáp nhập)\n' +
    '  thidua check TỆP.xlsx [--json]                     kiểm tra dữ liệu\n' +
    '  thidua run TỆP.xlsx -o KẾT_QUẢ.xlsx [--json]       kiểm tra; nếu không có lỗi thì ghi bản sao có trang Xếp hạng và Đề nghị khen thưởng\n' +
    '  thidua ballots TỆP.xlsx -o KẾT_QUẢ.xlsx [--named]  ghi bản sao có trang Phiếu bầu (phiếu kín; --named: ghi tên đơn vị bỏ phiếu) cho các đơn vị đủ điều kiện\n' +
    '  thidua import SỔ_CỤM.xlsx TỆP… -o KẾT_QUẢ.xlsx [--overwrite]   chép chỉ tiêu, kết quả từ các tệp đơn vị gửi về vào bản sao sổ của Cụm (--overwrite: ghi đè ô đã có số khác)\n' +
    '  thidua demo [--out THƯ_MỤC]                        chạy toàn bộ trên sổ mẫu và in kết quả\n' +
    'Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help.\n' +
    'Mã thoát: 0 không có lỗi; 1 sổ tính có lỗi (không ghi gì); 2 không chạy được lệnh.',
  unknownCommand: 'Lệnh không hợp lệ: "{cmd}". Gõ "thidua --help" để xem cách dùng.',
  unknownOption: 'Tùy chọn không hợp lệ: "{opt}". Gõ "thidua --help" để xem cách dùng.',
  missingValue: 'Tùy chọn {opt} cần một giá trị.',
  missingInput: 'Thiếu tệp đầu vào (.xlsx).',
  missingOutput: 'Thiếu tệp kết quả: thêm -o TỆP.xlsx.',
  extraArgument: 'Thừa tham số: "{arg}".',
  sameAsInput: 'Tệp kết quả trùng với tệp đầu vào: chọn một tên khác, tệp đầu vào không bao giờ bị ghi đè.',
  notXlsxOutput: 'Tệp kết quả phải có đuôi .xlsx: "{path}".',
  badYear: 'Năm không hợp lệ: "{value}".',
  badUnits: 'Danh sách đơn vị không hợp lệ: {detail}.',
  badLang: 'Ngôn ngữ không hỗ trợ: "{value}" (dùng vi hoặc en).',
  FILE_NOT_FOUND: 'Không tìm thấy tệp "{path}".',
  FILE_UNREADABLE: 'Không đọc được tệp "{path}".',
  IS_FOLDER: '"{path}" là một thư mục, không phải tệp .xlsx.',
  NO_PERMISSION: 'Không có quyền đọc tệp "{path}".',
  TOO_LARGE: 'Tệp "{path}" khi giải nén sẽ lớn hơn 200 MB: từ chối đọc (chưa giải nén gì). Hãy kiểm tra lại tệp.',
  NOT_XLSX: 'Tệp "{path}" không phải là sổ tính Excel .xlsx.',
  OLE_FILE: 'Tệp "{path}" là sổ tính .xls cũ hoặc có mật khẩu: hãy lưu lại dưới dạng .xlsx không mật khẩu.',
  CORRUPT_XLSX: 'Tệp "{path}" bị hỏng hoặc không phải sổ tính Excel.',
  outputNoFolder: 'Không ghi được tệp "{path}": thư mục "{folder}" không tồn tại.',
  outputIsFolder: 'Không ghi được tệp "{path}": đó là một thư mục.',
  outputNoPermission: 'Không ghi được tệp "{path}": không có quyền ghi vào thư mục "{folder}".',
  outputReadOnly: 'Không ghi được tệp "{path}": ổ đĩa chỉ cho phép đọc.',
  outputNoSpace: 'Không ghi được tệp "{path}": ổ đĩa đã đầy.',
  outputFailed: 'Không ghi được tệp "{path}" (lỗi hệ thống {detail}). Tệp đầu vào không bị thay đổi.',
  copyFailed: 'Không tạo được bản sao "{path}": {detail}. Tệp đầu vào không bị thay đổi.',
  folderFailed: 'Không tạo được thư mục "{folder}": {reason}.',
  reasonNotFolder: 'đã có một tệp cùng tên',
  reasonNoPermission: 'không có quyền ghi',
  reasonOther: 'lỗi hệ thống {detail}',
  internal: 'Lỗi không mong đợi: {detail}. Tệp đầu vào không bị thay đổi.',
  severity_error: 'lỗi',
  severity_warning: 'cảnh báo',
  severity_info: 'ghi chú',
  summary: '{errors}, {warnings}, {infos}; {found}/{expected} trang tính đơn vị.',
  count_error_one: '{n} lỗi',
  count_error_other: '{n} lỗi',
  count_warning_one: '{n} cảnh báo',
  count_warning_other: '{n} cảnh báo',
  count_info_one: '{n} ghi chú',
  count_info_other: '{n} ghi chú',
  count_unit_one: '{n} đơn vị',
  count_unit_other: '{n} đơn vị',
  missingReturned: 'Thiếu các tệp đơn vị gửi về: thidua import SỔ_CỤM.xlsx TỆP… -o KẾT_QUẢ.xlsx.',
  importKept: '(xung đột: giữ nguyên; dùng --overwrite để ghi đè)',
  importOverwritten: '(xung đột: ghi đè)',
  importSummary: '{changes} ô sẽ được chép, {conflicts} ô xung đột, {unchanged} ô đã có đúng số.',
  importBlocked: 'Có lỗi: chưa ghi gì. Hãy sửa hoặc bỏ bớt tệp có lỗi rồi chạy lại.',
  importNothing: 'Không có ô nào cần chép: không ghi tệp.',
  importWrote: 'Đã ghi {path}: {n} ô được chép.',
  progress: 'Tiến độ: đã đăng ký {registered}/{total}, đã báo cáo {reported}/{total}.',
  progressToRegister: 'Chưa đăng ký chỉ tiêu: {units}.',
  progressToReport: 'Chưa báo cáo kết quả: {units}.',
  progressPartial: 'Mới điền một phần: {units}.',
  blocked: 'Sổ tính có lỗi: chưa ghi gì. Sửa các ô đã nêu rồi chạy lại.',
  checkBlocked: 'Sổ tính có lỗi: chưa xếp hạng được. Sửa các ô đã nêu rồi kiểm tra lại.',
  noErrors: 'Không có lỗi.',
  wrote: 'Đã ghi "{path}".',
  wroteSheets: 'Đã ghi "{path}" (trang "{ranking}" và "{nominations}").',
  ballotsExists: 'Sổ tính đã có trang Phiếu bầu: không ghi đè. Tệp kết quả không được tạo.',
  noCandidates: 'Chưa có đơn vị nào đủ điều kiện về kết quả để bầu: không tạo trang Phiếu bầu.',
  rankingHeading: 'XẾP HẠNG',
  nominationsHeading: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ({units})',
  noNominees: '(không có đơn vị nào)',
  colRank: 'Hạng',
  colUnit: 'Đơn vị',
  colScore: 'Điểm',
  colStatus: 'Xếp loại',
  colVotes: 'Phiếu',
  totalRow: 'Tổng cộng',
  demoSample: 'Sổ mẫu: {path}',
  demoResult: 'Kết quả: {path}',
};

type CliMessages = Record<keyof typeof vi, string>;

const en: CliMessages = {
  usage:
    'Usage: thidua <command> …\n' +
    '  thidua sample -o FILE.xlsx [--with-ballots]        write the 2019 sample workbook (14 units of cluster no. 1)\n' +
    '  thidua template -o FILE.xlsx [--units "A,B,…"] [--year N]   write an empty template (default: the units of that year; from 2025 the 10 merged provinces)\n' +
    '  thidua check FILE.xlsx [--json]                     validate\n' +
    '  thidua run FILE.xlsx -o OUT.xlsx [--json]           validate; without errors, write a copy with the ranking and nominations sheets\n' +
    '  thidua ballots FILE.xlsx -o OUT.xlsx [--named]      write a copy with a ballots sheet for the qualifying units (secret ballots; --named: a voter column)\n' +
    '  thidua import CLUSTER.xlsx FILE… -o OUT.xlsx [--overwrite]   copy targets and results from the units\' returned files into a copy of the cluster workbook (--overwrite: replace cells that hold another figure)\n' +
    '  thidua demo [--out DIR]                             run everything on the sample and print the result\n' +
    'Common options: --lang vi|en (message language), --help.\n' +
    'Exit codes: 0 no errors; 1 the workbook has errors (nothing written); 2 the command could not run.',
  unknownCommand: 'Unknown command "{cmd}". Type "thidua --help" for usage.',
  unknownOption: 'Unknown option "{opt}". Type "thidua --help" for usage.',
  missingValue: 'Option {opt} needs a value.',
  missingInput: 'The input file (.xlsx) is missing.',
  missingOutput: 'The output file is missing: add -o FILE.xlsx.',
  extraArgument: 'Unexpected argument "{arg}".',
  sameAsInput: 'The output file is the input file: choose another name; the input is never overwritten.',
  notXlsxOutput: 'The output file must end in .xlsx: "{path}".',
  badYear: 'Not a valid year: "{value}".',
  badUnits: 'Not a valid list of units: {detail}.',
  badLang: 'Unsupported language "{value}" (use vi or en).',
  FILE_NOT_FOUND: 'File "{path}" not found.',
  FILE_UNREADABLE: 'File "{path}" cannot be read.',
  IS_FOLDER: '"{path}" is a folder, not an .xlsx file.',
  NO_PERMISSION: 'No permission to read "{path}".',
  TOO_LARGE: 'File "{path}" would unpack to more than 200 MB: refused (nothing was unpacked). Check the file.',
  NOT_XLSX: 'File "{path}" is not an Excel .xlsx workbook.',
  OLE_FILE: 'File "{path}" is an old .xls workbook or is password-protected: save it as an .xlsx without a password.',
  CORRUPT_XLSX: 'File "{path}" is damaged or not an Excel workbook.',
  outputNoFolder: 'Could not write "{path}": folder "{folder}" does not exist.',
  outputIsFolder: 'Could not write "{path}": it is a folder.',
  outputNoPermission: 'Could not write "{path}": no permission to write in folder "{folder}".',
  outputReadOnly: 'Could not write "{path}": the disk is read-only.',
  outputNoSpace: 'Could not write "{path}": the disk is full.',
  outputFailed: 'Could not write "{path}" (system error {detail}). The input file was not changed.',
  copyFailed: 'Could not make the copy "{path}": {detail}. The input file was not changed.',
  folderFailed: 'Could not create folder "{folder}": {reason}.',
  reasonNotFolder: 'a file of that name exists',
  reasonNoPermission: 'no permission to write',
  reasonOther: 'system error {detail}',
  internal: 'Unexpected error: {detail}. The input file was not changed.',
  severity_error: 'error',
  severity_warning: 'warning',
  severity_info: 'note',
  summary: '{errors}, {warnings}, {infos}; {found}/{expected} unit sheets.',
  count_error_one: '{n} error',
  count_error_other: '{n} errors',
  count_warning_one: '{n} warning',
  count_warning_other: '{n} warnings',
  count_info_one: '{n} note',
  count_info_other: '{n} notes',
  count_unit_one: '{n} unit',
  count_unit_other: '{n} units',
  missingReturned: 'The returned files are missing: thidua import CLUSTER.xlsx FILE… -o OUT.xlsx.',
  importKept: '(conflict: kept; use --overwrite to replace)',
  importOverwritten: '(conflict: replaced)',
  importSummary: '{changes} cells to copy, {conflicts} conflicts, {unchanged} cells already right.',
  importBlocked: 'There are errors: nothing written. Fix or leave out the files with errors and run again.',
  importNothing: 'No cell to copy: no file written.',
  importWrote: 'Wrote {path}: {n} cells copied.',
  progress: 'Progress: {registered}/{total} registered, {reported}/{total} reported.',
  progressToRegister: 'Still to register: {units}.',
  progressToReport: 'Still to report: {units}.',
  progressPartial: 'Filled in part: {units}.',
  blocked: 'The workbook has errors: nothing was written. Fix the cells named above and run again.',
  checkBlocked: 'The workbook has errors: it cannot be ranked yet. Fix the cells named above and check again.',
  noErrors: 'No errors.',
  wrote: 'Wrote "{path}".',
  wroteSheets: 'Wrote "{path}" (sheets "{ranking}" and "{nominations}").',
  ballotsExists: 'The workbook already has a ballots sheet: not overwritten. No output was written.',
  noCandidates: 'No unit qualifies on results yet: no ballots sheet was written.',
  rankingHeading: 'RANKING',
  nominationsHeading: 'NOMINATION LIST ({units})',
  noNominees: '(none)',
  colRank: 'Rank',
  colUnit: 'Unit',
  colScore: 'Score',
  colStatus: 'Status',
  colVotes: 'Votes',
  totalRow: 'Total',
  demoSample: 'Sample workbook: {path}',
  demoResult: 'Result: {path}',
};

export type CliKey = keyof typeof vi;

export type CountNoun = 'error' | 'warning' | 'info' | 'unit';

/** `1 error`, `2 errors`, `1 lỗi`, `2 lỗi`: the plural form the language's rules pick for n. */
export function countWords(lang: Lang, noun: CountNoun, n: number): string {
  const form = new Intl.PluralRules(lang === 'vi' ? 'vi' : 'en').select(n) === 'one' ? 'one' : 'other';
  return CLI_MESSAGES[lang][`count_${noun}_${form}`].replace('{n}', String(n));
}
export const CLI_MESSAGES: Record<Lang, CliMessages> = { vi, en };

/** The line under the ranking table in English (in Vietnamese it is the ranking sheet's own line, WB.summary). */
export const TOTALS_LINE_EN = { line: 'Totals: {totals}; {exceeded}/{units} units exceeded their targets', met: ', {met} met them' } as const;

export const STATUS_LABEL_EN = { exceeded: 'Exceeded', met: 'Met', not_met: 'Not met' } as const;
