/**
 * The 2019 figures of emulation cluster no. 1 (14 provincial Internal Affairs Boards of the northern
 * mountainous provinces). From the report: Bắc Giang 03/02 cases and 03/03 incidents, Lạng Sơn and Thái
 * Nguyên 02/01 and 02/01; cluster totals 22 cases and 14 incidents; exactly these three exceed. The report
 * gives no figures for the other eleven units: theirs are invented, chosen to be plausible and to add up
 * to the report's totals (SAMPLE_NOTE says so in the workbook).
 */
export const SAMPLE_UNITS = [
  'Hà Giang', 'Cao Bằng', 'Bắc Kạn', 'Lạng Sơn', 'Tuyên Quang', 'Thái Nguyên', 'Bắc Giang',
  'Phú Thọ', 'Lào Cai', 'Yên Bái', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Hòa Bình',
];

/**
 * The roster of the year (WORKBOOK.md §5 v2): on 1 July 2025 (Nghị quyết 202/2025/QH15) the 14 provinces of
 * cluster no. 1 became 10. Unchanged: Cao Bằng, Điện Biên, Lai Châu, Lạng Sơn, Sơn La; merged: Tuyên Quang
 * (with Hà Giang), Lào Cai (with Yên Bái), Thái Nguyên (with Bắc Kạn), Phú Thọ (with Hòa Bình and Vĩnh
 * Phúc), Bắc Ninh (with Bắc Giang).
 */
export const SUCCESSOR_UNITS = ['Cao Bằng', 'Điện Biên', 'Lai Châu', 'Lạng Sơn', 'Sơn La', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh'];
export const SUCCESSORS_FROM_YEAR = 2025;

type Counts = Record<string, { target: number; result: number }>;
const u = (vaT: number, vaR: number, vvT: number, vvR: number): Counts => ({ VA: { target: vaT, result: vaR }, VV: { target: vvT, result: vvR } });

export const SAMPLE: Record<string, Counts> = {
  // From the report
  'Bắc Giang': u(2, 3, 3, 3),
  'Lạng Sơn': u(1, 2, 1, 2),
  'Thái Nguyên': u(1, 2, 1, 2),
  // Invented (see above): none exceeds; Hà Giang and Lào Cai exactly meet their targets.
  'Hà Giang': u(2, 2, 1, 1),
  'Cao Bằng': u(2, 1, 1, 1),
  'Bắc Kạn': u(1, 1, 1, 0),
  'Tuyên Quang': u(2, 2, 2, 1),
  'Phú Thọ': u(3, 2, 2, 1),
  'Lào Cai': u(2, 2, 1, 1),
  'Yên Bái': u(2, 1, 1, 1),
  'Điện Biên': u(1, 1, 1, 0),
  'Lai Châu': u(1, 1, 1, 0),
  'Sơn La': u(2, 1, 1, 1),
  'Hòa Bình': u(2, 1, 1, 0),
};

export const SAMPLE_SETTINGS = {
  clusterName: 'Cụm thi đua số 1 - Ban Nội chính Tỉnh ủy 14 tỉnh miền núi phía Bắc',
  award: 'Bằng khen của Trưởng ban Nội chính Trung ương',
  // A Party body (Hướng dẫn 36-HD/VPTW): the list is signed by the deputy head of the cluster, the Internal
  // Affairs Board of Tuyên Quang (from the report); its number, signer and recipients are invented.
  bodyType: 'Đảng',
  parentBody: 'Tỉnh ủy Tuyên Quang',
  issuedBy: 'BAN NỘI CHÍNH',
  docNumber: 'Số 15-DS/BNCTU',
  motto: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  place: 'Tuyên Quang',
  signedBy: 'T/M CỤM THI ĐUA SỐ 1\nCỤM PHÓ\n\nNguyễn Văn An',
  recipients: '- Ban Nội chính Trung ương (Vụ Địa phương),\n- Các đơn vị trong Cụm thi đua số 1,\n- Lưu Văn phòng.',
};

export const SAMPLE_NOTE =
  'Dữ liệu mẫu theo bản tin ngày 10/12/2019 về Hội nghị bình xét thi đua chuyên đề năm 2019 của Cụm thi đua số 1: ' +
  'số liệu của Bắc Giang, Lạng Sơn, Thái Nguyên và tổng số toàn Cụm (22 vụ án, 14 vụ việc) lấy từ bản tin; ' +
  'bản tin không nêu số liệu của 11 đơn vị còn lại, nên số liệu của các đơn vị này là giả định, chỉ để thử công cụ. ' +
  'Số ký hiệu, họ tên người ký và nơi nhận của danh sách cũng là giả định.';

/** The optional 2019 vote (the report: "tiến hành bỏ phiếu, bình xét"): 14 ballots, all three candidates pass. */
export const SAMPLE_BALLOTS: { voter: string; votes: string[] }[] = SAMPLE_UNITS.map((voter, i) => ({
  voter,
  votes: ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'].filter((c, k) => !((i === 4 && k === 0) || (i === 9 && k === 2) || (i === 12 && k === 2))),
}));
