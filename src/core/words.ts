/**
 * Words written into the workbook. The workbook's language is Vietnamese (WORKBOOK.md): generated
 * sheets, the template and the sample are always in Vietnamese, whatever the UI language. They belong to
 * core, which writes them; the UI and command-line words live in src/i18n (which may import these, not
 * the reverse).
 */
import type { Status } from './types';

/** `{name}` placeholders filled from params; unknown placeholders are left as they are. */
export function fill(template: string, params?: Record<string, string | number | null | undefined>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined || v === null ? m : String(v);
  });
}

export const STATUS_LABEL_VI: Record<Status, string> = {
  exceeded: 'Vượt chỉ tiêu',
  met: 'Hoàn thành chỉ tiêu',
  not_met: 'Chưa hoàn thành',
};

export const WB = {
  rankingTitle: 'BẢNG XẾP HẠNG THI ĐUA',
  rankingYear: 'BẢNG XẾP HẠNG THI ĐUA NĂM {year}',
  asOf: 'Số liệu tính đến ngày {date}',
  colRank: 'Hạng',
  colUnit: 'Đơn vị',
  colTarget: 'Chỉ tiêu',
  colResult: 'Kết quả',
  colAttainment: 'Tỷ lệ đạt',
  colScore: 'Điểm (tỷ lệ đạt bình quân)',
  colStatus: 'Xếp loại',
  colVotes: 'Phiếu bầu',
  votes: '{for}/{ballots} ({share})',
  noVotes: '—',
  totalRow: 'Tổng cộng',
  summary: 'Tổng số: {totals}; {exceeded}/{units} đơn vị vượt chỉ tiêu',
  summaryMet: ', {met} đơn vị hoàn thành chỉ tiêu',
  noteVoteFailed: 'Ghi chú: đủ điều kiện về kết quả nhưng không đạt tỷ lệ phiếu tối thiểu ({min}): {units}.',
  noteQuotaTie: 'Ghi chú: {units} cùng hạng {rank} vượt quá số đơn vị đề nghị tối đa ({quota}); đề nghị Cụm xem xét, quyết định.',
  markComment: 'Thi đua: trang tính do công cụ tạo ra, được thay thế khi chạy lại.',
  generatedBy: 'Lập bằng Thi đua ngày {date}. Trang tính này do công cụ tạo ra và sẽ được thay thế khi chạy lại.',
  listTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  listSubtitle: 'Đề nghị tặng {award}',
  listContext: '(Kèm theo kết quả bình xét thi đua năm {year} của {cluster})',
  listContextNoYear: '(Kèm theo kết quả bình xét thi đua của {cluster})',
  dateLine: '{place}, ngày {dd} tháng {mm} năm {yyyy}',
  dateLineNoPlace: 'Ngày {dd} tháng {mm} năm {yyyy}',
  colNo: 'STT',
  colUnitName: 'Tên đơn vị',
  colAchievement: 'Tóm tắt thành tích',
  colAward: 'Hình thức khen thưởng',
  colNotes: 'Ghi chú',
  listEmpty: 'Không có đơn vị đủ điều kiện đề nghị khen thưởng.',
  listVotes: 'Số phiếu: {votes}',
  listTotal: 'Danh sách có {n} đơn vị.',
  /** One criterion in a nomination's achievement sentence: `05 vụ án (đạt 125,0%)`. */
  achievementPart: '{result} {word} (đạt {percent})',
  // the signed documents (WORKBOOK.md §4 v2)
  partyStar: '*',
  numberParty: 'Số {n}',
  numberState: 'Số: {n}',
  numberBlank: '..........',
  recipientsLabel: 'Nơi nhận:',
  annexTitle: 'Phụ lục',
  annexOf: '(Kèm theo Danh sách số {number} ngày {date})',
  // template
  settingsTitle: 'CẤU HÌNH THI ĐUA',
  settingsHint: 'Mỗi dòng: tên mục ở cột A, giá trị ở cột B. Ô để trống thì dùng giá trị mặc định.',
  criteriaTitle: 'CÁC CHỈ TIÊU THI ĐUA',
  rosterTitle: 'DANH SÁCH ĐƠN VỊ TRONG CỤM',
  unitTitle: 'BIỂU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA',
  unitTitleYear: 'BIỂU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM {year}',
  unitLabel: 'Đơn vị:',
  asOfLabel: 'Tính đến ngày:',
  countError: 'Nhập một số nguyên không âm (0, 1, 2, …).',
  countPrompt: 'Số nguyên ≥ 0',
  unitNamePrefix: 'Ban Nội chính Tỉnh ủy ',
  ballotsTitle: 'PHIẾU BẦU BÌNH XÉT THI ĐUA',
  ballotsHint: 'Mỗi dòng là một phiếu. Đánh dấu x (hoặc 1, có, đồng ý) vào ô của đơn vị được bầu; để trống là không bầu.',
  voterHeader: 'Đơn vị bỏ phiếu',
  ballotsHintAnonymous:
    'Phiếu kín: mỗi dòng là một phiếu thu về, không ghi tên người bỏ phiếu. Đánh dấu x (hoặc 1, có, đồng ý) vào ô của đơn vị được bầu; phiếu không bầu đơn vị nào thì để trống các ô. Thu về ít phiếu hơn thì xóa các dòng thừa. Chưa nhập phiếu nào thì chưa đề nghị đơn vị nào.',
  ballotNoHeader: 'Phiếu số',
  ballotNo: 'Phiếu số {n}',
  markError: 'Chỉ nhập x, 1, có, đồng ý (bầu) hoặc để trống, 0, không (không bầu).',
} as const;
