/** Cluster workbooks made elsewhere (not by our template): clean, messy but valid, and broken, as .xlsx bytes. */
import { buildWorkbook, type FixtureCell, type FixtureSheet } from '../fixtures/workbooks';

type Counts = [FixtureCell, FixtureCell, FixtureCell, FixtureCell];

const VA = 'Phát hiện, tham mưu xử lý vụ án tham nhũng';
const VV = 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"';

function settings(roster: [string, string][], keys: [string, FixtureCell][] = []): FixtureSheet {
  return {
    name: 'Cấu hình',
    rows: [
      ['Tên cụm thi đua', 'Cụm thi đua số 5'],
      ['Năm', 2024],
      ['Ngày chốt số liệu', new Date(Date.UTC(2024, 10, 30))],
      ...keys,
      [],
      ['STT', 'Tên trang tính', 'Tên đơn vị'],
      ...roster.map(([s, n], i) => [i + 1, s, n]),
    ],
  };
}

/** The usual layout, as a unit would type it. */
function unit(name: string, c: Counts, notes: [FixtureCell, FixtureCell] = [null, null]): FixtureSheet {
  return {
    name,
    rows: [
      ['BÁO CÁO KẾT QUẢ THI ĐUA'],
      ['Đơn vị:', `Ban Nội chính Tỉnh ủy ${name.normalize('NFC')}`],
      [],
      ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Ghi chú'],
      [1, 'VA', VA, 'vụ án', c[0], c[1], null, notes[0]],
      [2, 'VV', VV, 'vụ việc', c[2], c[3], null, notes[1]],
    ],
  };
}

const CLEAN_UNITS: [string, Counts][] = [
  ['Quảng Ninh', [2, 3, 1, 2]],
  ['Hải Phòng', [1, 1, 1, 1]],
  ['Thái Bình', [2, 1, 2, 2]],
];

export function cleanWorkbook(): Promise<Buffer> {
  return buildWorkbook([settings(CLEAN_UNITS.map(([s]) => [s, `Ban Nội chính Tỉnh ủy ${s}`])), ...CLEAN_UNITS.map(([s, c]) => unit(s, c))]);
}

/**
 * Valid but messy: sheet names in other Unicode forms (NFD, old tone placement, Eth), the header row
 * moved down with columns reordered, English headers, numbers stored as text, a user's own sheet named
 * `Xếp hạng`, and notes / a unit name that start with `=`, `+`, `-`, `@`.
 */
export function messyWorkbook(): Promise<Buffer> {
  return buildWorkbook([
    settings([
      ['Hòa Bình', '=Ban Nội chính Tỉnh ủy Hòa Bình'],
      ['Điện Biên', 'Ban Nội chính Tỉnh ủy Điện Biên'],
      ['Thủy Nguyên', '+Ban Nội chính Thủy Nguyên'],
      ['Lai Châu', '@Ban Nội chính Tỉnh ủy Lai Châu'],
    ]),
    // NFD and old-style tone: "Hoà Bình"
    unit('Hoà Bình'.normalize('NFD'), [1, 2, 1, 2], ['=1+1', '+84 912 345 678']),
    // Eth look-alike; header moved to row 9, columns reordered, a title block above
    {
      name: '\u00D0iện Biên',
      rows: [
        ['BAN NỘI CHÍNH TỈNH ỦY ĐIỆN BIÊN'],
        [],
        ['Đơn vị:', null, 'Ban Nội chính Tỉnh ủy Điện Biên'],
        ['Tính đến ngày:', '30/11/2024'],
        [],
        [],
        [],
        [],
        ['Kết quả thực hiện', 'Ghi chú', 'Chỉ tiêu đăng ký năm 2024', 'Mã', 'Tỷ lệ đạt'],
        [3, '-trên kế hoạch', 2, 'VA', { formula: '_xldudf_THIDUA_ATTAINMENT(A10,C10)', result: 1.5 }],
        ['02', '@ghi chú', '1', 'VV', { formula: 'THIDUA.ATTAINMENT(A11,C11)', result: { error: '#NAME?' } }],
      ],
    },
    // English headers, old-style "Thuỷ"
    {
      name: 'Thuỷ Nguyên',
      rows: [
        ['Unit:', 'Ban Nội chính Thủy Nguyên'],
        ['No.', 'Code', 'Criterion', 'Unit', 'Target', 'Result', 'Notes'],
        [1, 'VA', 'Corruption cases', 'cases', 1, 1, null],
        [2, 'VV', 'Petty corruption', 'incidents', 2, 1, null],
      ],
    },
    // Report-style headers: "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ" (bare Chỉ tiêu is the criterion)
    {
      name: 'Lai Châu',
      rows: [
        ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
        [VA, 1, 1, 1],
        [VV, 1, 1, 1],
      ],
    },
    { name: 'Xếp hạng', rows: [['Bảng xếp hạng tự làm của tôi'], ['không được ghi đè']] },
  ]);
}

/** One defect per sheet; the roster names a unit whose sheet is missing. */
export const BROKEN_DEFECTS: { code: string; sheet: string; cell: string }[] = [
  { code: 'UNIT_SHEET_MISSING', sheet: 'Cấu hình', cell: 'B11' },
  { code: 'TARGET_MISSING', sheet: 'Sơn La', cell: 'E5' },
  { code: 'COUNT_NOT_A_NUMBER', sheet: 'Yên Bái', cell: 'F6' },
  { code: 'COUNT_NEGATIVE', sheet: 'Lào Cai', cell: 'F5' },
  { code: 'COUNT_FRACTION', sheet: 'Phú Thọ', cell: 'E6' },
  { code: 'COUNT_ERROR_VALUE', sheet: 'Tuyên Quang', cell: 'F5' },
];

export function brokenWorkbook(): Promise<Buffer> {
  const names = ['Sơn La', 'Yên Bái', 'Lào Cai', 'Phú Thọ', 'Tuyên Quang', 'Hà Giang'];
  return buildWorkbook([
    settings(names.map((n) => [n, `Ban Nội chính Tỉnh ủy ${n}`])),
    unit('Sơn La', [null, 1, 1, 1]),
    unit('Yên Bái', [1, 1, 1, 'ba']),
    unit('Lào Cai', [1, -1, 1, 1]),
    unit('Phú Thọ', [1, 1, 1.5, 1]),
    unit('Tuyên Quang', [1, { error: '#REF!' }, 1, 1]),
  ]);
}
