/** Messages of the pipeline's issues (src/core/issues.ts), built from the issue's code and parameters. */
import { sharePercentVi, type Issue, type IssueCode } from '../core';
import { DECIMAL_MARK, fill, type Lang } from './index';

type Messages = Record<IssueCode, string>;

const vi: Messages = {
  SETTINGS_MISSING: 'Không có trang tính "{name}": dùng cài đặt mặc định và hai chỉ tiêu vụ án, vụ việc.',
  SETTING_INVALID: 'Giá trị "{found}" của mục "{key}" không hợp lệ: cần {expected}.',
  SETTING_DUPLICATE: 'Mục "{key}" xuất hiện lần nữa (lần đầu ở ô {first}); dòng này bị bỏ qua.',
  CRITERIA_DEFAULT: 'Không có bảng chỉ tiêu (tiêu đề Mã, Nội dung chỉ tiêu): dùng hai chỉ tiêu mặc định vụ án, vụ việc.',
  CRITERION_CODE_MISSING: 'Chỉ tiêu "{label}" chưa có mã.',
  CRITERION_DUPLICATE_CODE: 'Mã chỉ tiêu "{code}" bị trùng (đã có ở ô {first}).',
  CRITERION_WEIGHT_INVALID: 'Trọng số "{found}" của chỉ tiêu {code} không hợp lệ: cần một số dương.',
  ROSTER_MISSING: 'Không có danh sách đơn vị (bảng Tên trang tính): mọi trang tính có bảng chỉ tiêu được coi là đơn vị, nên không phát hiện được đơn vị thiếu.',
  ROSTER_SHEET_MISSING: 'Đơn vị "{name}" trong danh sách chưa ghi tên trang tính.',
  ROSTER_DUPLICATE: 'Trang tính "{sheet}" được ghi hai lần trong danh sách đơn vị (lần đầu ở dòng {first}).',
  NO_UNITS: 'Không tìm thấy trang tính đơn vị nào.',
  UNIT_SHEET_MISSING: 'Thiếu trang tính của đơn vị "{sheet}".',
  UNIT_SHEET_AMBIGUOUS: 'Có nhiều trang tính cùng ứng với đơn vị "{sheet}": {sheets}.',
  UNIT_SHEET_LOOSE_MATCH: 'Trang tính "{sheet}" được nhận là "{expected}" dù khác dấu; nên sửa tên cho đúng.',
  SHEET_NOT_IN_ROSTER: 'Trang tính "{sheet}" có bảng chỉ tiêu nhưng không có trong danh sách đơn vị: bỏ qua.',
  TABLE_NOT_FOUND: 'Không tìm thấy bảng chỉ tiêu trong {rows} dòng đầu (cần dòng tiêu đề có cột Chỉ tiêu đăng ký, Kết quả thực hiện và Mã hoặc Nội dung chỉ tiêu).',
  UNIT_NAME_MISMATCH: 'Tên đơn vị "{found}" khác với danh sách đơn vị ("{expected}").',
  AS_OF_MISMATCH: 'Ngày số liệu {found} khác ngày chốt số liệu {expected}.',
  AS_OF_INVALID: 'Ngày số liệu "{found}" không phải là ngày (dd/mm/yyyy).',
  ROW_UNKNOWN_CRITERION: 'Dòng "{text}" không ứng với chỉ tiêu nào: bỏ qua.',
  CRITERION_ROW_MISSING: 'Thiếu dòng của chỉ tiêu {code} ({label}).',
  CRITERION_ROW_DUPLICATE: 'Chỉ tiêu {code} có hai dòng (dòng đầu là dòng {first}).',
  UNIT_NOT_REGISTERED: '{sheet} chưa đăng ký chỉ tiêu.',
  UNIT_NOT_REPORTED: '{sheet} chưa báo cáo kết quả.',
  TARGET_MISSING: 'Thiếu chỉ tiêu đăng ký của chỉ tiêu {code}.',
  RESULT_MISSING: 'Thiếu kết quả thực hiện của chỉ tiêu {code}.',
  COUNT_AS_TEXT: 'Số "{found}" ({role} {code}) được lưu dạng văn bản; vẫn được tính.',
  COUNT_NEGATIVE: '{role} {code} là số âm ({found}): cần số nguyên không âm.',
  COUNT_FRACTION: '{role} {code} là số lẻ ({found}): cần số nguyên.',
  COUNT_NOT_A_NUMBER: '{role} {code} không phải là số ("{found}"): cần số nguyên không âm.',
  COUNT_BOOLEAN: '{role} {code} là giá trị logic ({found}): cần số nguyên không âm.',
  COUNT_ERROR_VALUE: '{role} {code} là lỗi {found}: sửa công thức hoặc nhập số.',
  COUNT_NO_VALUE: '{role} {code} là công thức chưa được tính (tệp do một chương trình không tính công thức ghi ra): mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để có giá trị.',
  TARGET_ZERO: 'Chỉ tiêu đăng ký {code} bằng 0: mỗi đơn vị phải đăng ký ít nhất 1.',
  RESULT_SUSPICIOUS: 'Kết quả {code} ({result}) gấp hơn {factor} lần chỉ tiêu ({target}): kiểm tra lỗi nhập.',
  ATTAINMENT_MISMATCH: 'Tỷ lệ đạt {code} ghi {found} nhưng tính ra {computed}.',
  QUOTA_TIE: 'Các đơn vị {units} cùng hạng {rank} vượt quá số đơn vị đề nghị tối đa ({quota}): chưa đề nghị đơn vị nào trong nhóm này, Cụm cần quyết định.',
  NO_NOMINEES: 'Không có đơn vị nào đủ điều kiện đề nghị khen thưởng.',
  OUTPUT_RENAMED: 'Đã có trang tính "{name}" của người dùng: kết quả được ghi vào "{used}".',
  BALLOT_HEADER_MISSING: 'Không tìm thấy dòng tiêu đề của phiếu bầu (cần cột {labels}).',
  BALLOT_MARK_INVALID: 'Ô phiếu "{found}" không hợp lệ: ghi x, 1, có, đồng ý (bầu) hoặc để trống, 0, không (không bầu).',
  BALLOT_DUPLICATE_VOTER: '"{voter}" bỏ phiếu hai lần (ô {first} và {second}): cả hai phiếu không được tính.',
  BALLOT_OVER_QUOTA: 'Phiếu của "{voter}" bầu {votes} đơn vị, quá số tối đa {quota}: phiếu không hợp lệ, không được tính.',
  BALLOT_UNKNOWN_CANDIDATE: 'Cột phiếu bầu "{text}" không ứng với đơn vị nào.',
  BALLOT_DUPLICATE_CANDIDATE: 'Đơn vị "{sheet}" có hai cột phiếu bầu (cột đầu ở ô {first}).',
  BALLOT_NOT_QUALIFIED: 'Đơn vị "{sheet}" được {votes} phiếu nhưng không đủ điều kiện về kết quả: phiếu không có tác dụng.',
  BALLOT_NO_VALID: 'Không có phiếu bầu hợp lệ nào.',
  BALLOT_NOT_ENTERED: 'Chưa nhập kết quả bỏ phiếu: chưa đề nghị đơn vị nào cho tới khi nhập phiếu (hoặc xóa trang phiếu bầu nếu Cụm không bỏ phiếu).',
  BALLOT_TALLY_COUNT_INVALID: '"{label}": "{found}" không phải là số phiếu (cần số nguyên không âm).',
  BALLOT_TALLY_COUNT_MISSING: 'Thiếu số phiếu của "{label}".',
  BALLOT_TALLY_KEY_MISSING: 'Biên bản kiểm phiếu thiếu dòng "{label}".',
  BALLOT_TALLY_VOTES_OVER_VALID: '"{sheet}" được {votes} phiếu đồng ý, nhiều hơn số phiếu hợp lệ ({valid}).',
  BALLOT_TALLY_VALID_OVER_RETURNED: 'Số phiếu hợp lệ ({valid}) nhiều hơn số phiếu thu về ({returned}).',
  BALLOT_TALLY_RETURNED_OVER_ISSUED: 'Số phiếu thu về ({returned}) nhiều hơn số phiếu phát ra ({issued}).',
  VOTE_FAILED: 'Đơn vị "{sheet}" đủ điều kiện về kết quả nhưng chỉ được {votes}/{ballots} phiếu, không đạt tỷ lệ tối thiểu: không được đề nghị.',
};

const en: Messages = {
  SETTINGS_MISSING: 'No "{name}" sheet: default settings and the two default criteria (cases, incidents) apply.',
  SETTING_INVALID: 'The value "{found}" of "{key}" is not valid: expected {expected}.',
  SETTING_DUPLICATE: '"{key}" appears again (first at {first}); this row is ignored.',
  CRITERIA_DEFAULT: 'No criteria table (headers Mã, Nội dung chỉ tiêu): the two default criteria (cases, incidents) apply.',
  CRITERION_CODE_MISSING: 'Criterion "{label}" has no code.',
  CRITERION_DUPLICATE_CODE: 'Criterion code "{code}" is repeated (first at {first}).',
  CRITERION_WEIGHT_INVALID: 'Weight "{found}" of criterion {code} is not valid: expected a positive number.',
  ROSTER_MISSING: 'No roster (a "Tên trang tính" table): every sheet with a criteria table is taken as a unit, so missing units cannot be detected.',
  ROSTER_SHEET_MISSING: 'Roster unit "{name}" has no sheet name.',
  ROSTER_DUPLICATE: 'Sheet "{sheet}" is listed twice in the roster (first at row {first}).',
  NO_UNITS: 'No unit sheet was found.',
  UNIT_SHEET_MISSING: 'The sheet of unit "{sheet}" is missing.',
  UNIT_SHEET_AMBIGUOUS: 'Several sheets match unit "{sheet}": {sheets}.',
  UNIT_SHEET_LOOSE_MATCH: 'Sheet "{sheet}" was taken as "{expected}" although its diacritics differ; better fix the name.',
  SHEET_NOT_IN_ROSTER: 'Sheet "{sheet}" holds a criteria table but is not in the roster: ignored.',
  TABLE_NOT_FOUND: 'No criteria table in the first {rows} rows (a header row with target, result and code or criterion columns is needed).',
  UNIT_NAME_MISMATCH: 'Unit name "{found}" differs from the roster ("{expected}").',
  AS_OF_MISMATCH: 'Data date {found} differs from the cut-off date {expected}.',
  AS_OF_INVALID: 'Data date "{found}" is not a date (dd/mm/yyyy).',
  ROW_UNKNOWN_CRITERION: 'Row "{text}" matches no criterion: ignored.',
  CRITERION_ROW_MISSING: 'The row of criterion {code} ({label}) is missing.',
  CRITERION_ROW_DUPLICATE: 'Criterion {code} has two rows (the first is row {first}).',
  UNIT_NOT_REGISTERED: '{sheet} has not registered its targets yet.',
  UNIT_NOT_REPORTED: '{sheet} has not reported its results yet.',
  TARGET_MISSING: 'Target of criterion {code} is missing.',
  RESULT_MISSING: 'Result of criterion {code} is missing.',
  COUNT_AS_TEXT: 'The number "{found}" ({role} {code}) is stored as text; it is counted.',
  COUNT_NEGATIVE: '{role} {code} is negative ({found}): a whole number ≥ 0 is needed.',
  COUNT_FRACTION: '{role} {code} is a fraction ({found}): a whole number is needed.',
  COUNT_NOT_A_NUMBER: '{role} {code} is not a number ("{found}"): a whole number ≥ 0 is needed.',
  COUNT_BOOLEAN: '{role} {code} is a logical value ({found}): a whole number ≥ 0 is needed.',
  COUNT_ERROR_VALUE: '{role} {code} is the error {found}: fix the formula or type a number.',
  COUNT_NO_VALUE: '{role} {code} is a formula with no computed value (the file was written by a program that does not calculate): open it in Excel or LibreOffice and save it, so the value is computed.',
  TARGET_ZERO: 'Target {code} is 0: every unit must register at least 1.',
  RESULT_SUSPICIOUS: 'Result {code} ({result}) is more than {factor} times the target ({target}): check for a typo.',
  ATTAINMENT_MISMATCH: 'Attainment {code} says {found} but computes to {computed}.',
  QUOTA_TIE: 'Units {units} share rank {rank} and would cross the quota ({quota}): none of them is nominated; the cluster must decide.',
  NO_NOMINEES: 'No unit qualifies for nomination.',
  OUTPUT_RENAMED: 'A sheet of yours is named "{name}": the output is written to "{used}".',
  BALLOT_HEADER_MISSING: 'No header row found on the ballots sheet (a {labels} column is needed).',
  BALLOT_MARK_INVALID: 'Ballot mark "{found}" is not valid: use x, 1, có, đồng ý (vote) or blank, 0, không (no vote).',
  BALLOT_DUPLICATE_VOTER: '"{voter}" voted twice ({first} and {second}): neither ballot is counted.',
  BALLOT_OVER_QUOTA: 'The ballot of "{voter}" votes for {votes} units, more than the quota {quota}: invalid, not counted.',
  BALLOT_UNKNOWN_CANDIDATE: 'Ballot column "{text}" matches no unit.',
  BALLOT_DUPLICATE_CANDIDATE: 'Unit "{sheet}" has two ballot columns (the first at {first}).',
  BALLOT_NOT_QUALIFIED: 'Unit "{sheet}" got {votes} votes but does not qualify on results: the votes cannot nominate it.',
  BALLOT_NO_VALID: 'There is no valid ballot.',
  BALLOT_NOT_ENTERED: 'The vote has not been entered yet: no unit is nominated until it is (or remove the ballots sheet if the cluster does not vote).',
  BALLOT_TALLY_COUNT_INVALID: '"{label}": "{found}" is not a number of ballots (a whole number ≥ 0 is needed).',
  BALLOT_TALLY_COUNT_MISSING: 'The number of ballots for "{label}" is missing.',
  BALLOT_TALLY_KEY_MISSING: 'The tally has no "{label}" row.',
  BALLOT_TALLY_VOTES_OVER_VALID: '"{sheet}" has {votes} votes for, more than the valid ballots ({valid}).',
  BALLOT_TALLY_VALID_OVER_RETURNED: 'Valid ballots ({valid}) exceed the ballots returned ({returned}).',
  BALLOT_TALLY_RETURNED_OVER_ISSUED: 'Ballots returned ({returned}) exceed the ballots issued ({issued}).',
  VOTE_FAILED: 'Unit "{sheet}" qualifies on results but got only {votes}/{ballots} votes, below the minimum share: not nominated.',
};

export const ISSUE_MESSAGES: Record<Lang, Messages> = { vi, en };

const ROLE: Record<Lang, Record<string, string>> = {
  vi: { target: 'Chỉ tiêu', result: 'Kết quả' },
  en: { target: 'Target', result: 'Result' },
};
const EXPECTED: Record<Lang, Record<string, string>> = {
  vi: { date: 'một ngày (dd/mm/yyyy)', whole: 'một số nguyên dương', share: 'một tỷ lệ từ 0% đến dưới 100% (ví dụ 50%)', text: 'một đoạn văn bản', choice: 'một trong các lựa chọn' },
  en: { date: 'a date (dd/mm/yyyy)', whole: 'a positive whole number', share: 'a share from 0% to below 100% (e.g. 50%)', text: 'some text', choice: 'one of the choices' },
};

const percent = (x: number, lang: Lang) => sharePercentVi(x, DECIMAL_MARK[lang]);

/** The issue's message in the language, without its location (sheet and cell are shown beside it). */
export function issueMessage(issue: Issue, lang: Lang = 'vi'): string {
  const t = ISSUE_MESSAGES[lang][issue.code];
  if (!t) return issue.code;
  const p: Record<string, string | number> = { ...issue.params };
  if (typeof p.role === 'string') p.role = ROLE[lang][p.role] ?? p.role;
  if (typeof p.expected === 'string' && EXPECTED[lang][p.expected]) p.expected = EXPECTED[lang][p.expected];
  if (issue.code === 'ATTAINMENT_MISMATCH') {
    if (typeof p.computed === 'number') p.computed = percent(p.computed, lang);
    // A typed 1.3 means 130%; a typed 130 probably means 130% too.
    if (typeof p.found === 'number') p.found = percent(Math.abs(p.found) < 10 ? p.found : p.found / 100, lang);
  }
  return fill(t, p);
}

/** `Lai Châu!E7`, `Lai Châu`, or '' — where an issue is. */
export function issueLocation(issue: Issue): string {
  if (issue.sheet && issue.cell) return `${issue.sheet}!${issue.cell}`;
  return issue.sheet ?? '';
}
