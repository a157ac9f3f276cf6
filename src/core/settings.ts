/** The settings sheet (WORKBOOK.md §1.1): key/value rows, the criteria table and the roster. */
import type { BodyType, CellType, CellValue, Criterion, Issue, RosterEntry, SettingKey, SettingSource, Settings, SheetSnapshot, Snapshot } from './types';
import { a1, cellType, cellValue, displayValue, isBlank, parseDateText, ymdFromSerial } from './snapshot';
import { cleanText, labelKey, findLabel, unitKey } from './text';
import { makeIssue } from './issues';
import { dataRows, headerRoles, textOf } from './tables';

export const SETTINGS_SHEET_NAMES = ['Cấu hình', 'Cau hinh', 'Settings'];

const DEFAULT_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
/** The top-right header of a Party document (Hướng dẫn 36-HD/VPTW). */
const PARTY_MOTTO = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const MOTTO_OF: Record<BodyType, string> = { party: PARTY_MOTTO, state: DEFAULT_MOTTO };
/**
 * Default recipients: each line ends as the body type's rules write it (Party: `,` and `.` at the last;
 * State: `;` and `.`, the archive line `Lưu: VT`).
 */
const RECIPIENTS_OF: Record<BodyType, string> = { party: '- Như trên,\n- Lưu Văn phòng.', state: '- Như trên;\n- Lưu: VT.' };
const DEFAULT_CLUSTER_NAME = 'Cụm thi đua';

export const DEFAULT_CRITERIA: Criterion[] = [
  { code: 'VA', label: 'Phát hiện, tham mưu xử lý vụ án tham nhũng', unitWord: 'vụ án', weight: 1 },
  { code: 'VV', label: 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"', unitWord: 'vụ việc', weight: 1 },
];

/** Keys of the settings sheet, Vietnamese label first (the one the template writes). */
export const SETTING_LABELS: Record<SettingKey, readonly [string, string, ...string[]]> = {
  clusterName: ['Tên cụm thi đua', 'Cluster name'],
  year: ['Năm', 'Year'],
  cutoffDate: ['Ngày chốt số liệu', 'Cut-off date'],
  award: ['Hình thức khen thưởng', 'Award'],
  maxNominees: ['Số đơn vị đề nghị tối đa', 'Max nominees'],
  nominationRule: ['Điều kiện đề nghị', 'Nomination rule'],
  nominationOrder: ['Thứ tự danh sách đề nghị', 'Nomination order'],
  minVoteShare: ['Tỷ lệ phiếu tối thiểu', 'Min vote share'],
  achievementLead: ['Mở đầu câu thành tích', 'Achievement lead'],
  bodyType: ['Loại cơ quan', 'Body type'],
  parentBody: ['Cơ quan cấp trên', 'Parent body'],
  issuedBy: ['Cơ quan lập danh sách', 'Issued by'],
  docNumber: ['Số ký hiệu', 'Document number'],
  motto: ['Tiêu ngữ', 'Motto', 'Tiêu đề'],
  place: ['Địa danh', 'Place'],
  listDate: ['Ngày lập', 'Date'],
  signedBy: ['Người ký', 'Signed by'],
  recipients: ['Nơi nhận', 'Recipients'],
};
const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

export const RULE_LABELS = { exceeded: ['Vượt chỉ tiêu', 'Exceeded'], met: ['Hoàn thành chỉ tiêu', 'Met', 'Met or exceeded'] } as const;
export const BODY_TYPE_LABELS = { party: ['Đảng', 'Party'], state: ['Nhà nước', 'State'] } as const;
export const ORDER_LABELS = { name: ['Theo tên', 'By name', 'Name'], rank: ['Theo xếp hạng', 'By rank', 'Rank'] } as const;

const CRITERIA_ROLES = [
  { role: 'code', labels: ['Mã', 'Mã chỉ tiêu', 'Code'] },
  { role: 'label', labels: ['Nội dung chỉ tiêu', 'Nội dung', 'Tên chỉ tiêu', 'Criterion'] },
  { role: 'unitWord', labels: ['Đơn vị tính', 'ĐVT', 'Unit'] },
  { role: 'weight', labels: ['Trọng số', 'Weight'] },
] as const;

const ROSTER_ROLES = [
  { role: 'no', labels: ['STT', 'TT', 'No.'] },
  { role: 'sheet', labels: ['Tên trang tính', 'Sheet name', 'Sheet'] },
  { role: 'name', labels: ['Tên đơn vị', 'Unit name'] },
] as const;

export interface SettingsResult {
  sheet: SheetSnapshot | null;
  settings: Settings;
  sources: Record<SettingKey, SettingSource>;
  criteria: Criterion[];
  roster: RosterEntry[] | null;
  issues: Issue[];
}

export function findSettingsSheet(snapshot: Snapshot): SheetSnapshot | null {
  const keys = new Set(SETTINGS_SHEET_NAMES.map(labelKey));
  return snapshot.sheets.find((s) => keys.has(labelKey(s.name))) ?? null;
}

function defaultSettings(): Settings {
  return {
    clusterName: DEFAULT_CLUSTER_NAME,
    year: null,
    cutoffDate: null,
    award: 'Bằng khen',
    maxNominees: null,
    nominationRule: 'exceeded',
    nominationOrder: 'name',
    minVoteShare: 0.5,
    achievementLead: 'Phát hiện',
    bodyType: 'state',
    parentBody: null,
    issuedBy: DEFAULT_CLUSTER_NAME,
    docNumber: null,
    motto: DEFAULT_MOTTO,
    place: null,
    listDate: null,
    signedBy: null,
    recipients: RECIPIENTS_OF.state,
  };
}

/** Words in a body's name that make it a Party body (WORKBOOK.md §1.1): `Tỉnh ủy`, `Thành ủy`, `Đảng`, `Ban … Trung ương`. */
function partyByName(...names: (string | null)[]): boolean {
  return names.some((n) => {
    if (!n) return false;
    const k = ` ${unitKey(n.replace(/[\s,.;:()\-–]+/g, ' '))} `;
    return [' tỉnh ủy ', ' thành ủy ', ' đảng '].some((w) => k.includes(w)) || / ban .* trung ương /.test(k);
  });
}

/** `Số 15-DS/BNCTU`, `Số: 15/DS-X`, `15-DS/BNCTU` → the number and symbol alone. */
function docNumberOf(v: string): string {
  return v.replace(/^\s*số\s*:?\s*/i, '').trim();
}

/** Text with line breaks kept: each line cleaned, empty edge lines dropped. */
function multiline(v: CellValue): string {
  return String(v)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => cleanText(l))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

function asDate(v: CellValue, t: CellType): Parsed<number> {
  if (typeof v === 'number' && (t === 'date' || t === 'number') && v > 0 && v < 2958466) return { ok: true, value: Math.floor(v) };
  if (typeof v === 'string') {
    const s = parseDateText(v);
    if (s !== null) return { ok: true, value: s };
  }
  return { ok: false, expected: 'date' };
}

function asWhole(v: CellValue, min: number, max: number): Parsed<number> {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? parseInt(v, 10) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return { ok: true, value: n };
  return { ok: false, expected: 'whole' };
}

function asShare(v: CellValue): Parsed<number> {
  let n = NaN;
  if (typeof v === 'number') n = v > 1 ? v / 100 : v;
  else if (typeof v === 'string') {
    const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(v);
    if (m) {
      n = parseFloat(m[1].replace(',', '.'));
      if (m[2] || n > 1) n /= 100;
    }
  }
  if (Number.isFinite(n) && n >= 0 && n < 1) return { ok: true, value: n };
  return { ok: false, expected: 'share' };
}

function asChoice<T extends string>(v: CellValue, choices: Record<T, readonly string[]>): Parsed<T> {
  if (typeof v !== 'string') return { ok: false, expected: 'choice' };
  const k = labelKey(v);
  for (const [value, labels] of Object.entries(choices) as [T, readonly string[]][]) {
    if (labels.some((l) => labelKey(l) === k)) return { ok: true, value };
  }
  return { ok: false, expected: 'choice' };
}

function asText(v: CellValue): Parsed<string> {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? multiline(v) : '';
  return s ? { ok: true, value: s } : { ok: false, expected: 'text' };
}

/** Parses one setting's value; the Parsed result says what was expected when it fails. */
function parseSetting(key: SettingKey, v: CellValue, t: CellType): Parsed<Settings[SettingKey]> {
  switch (key) {
    case 'year':
      return asWhole(v, 1900, 2200);
    case 'cutoffDate':
    case 'listDate':
      return asDate(v, t);
    case 'maxNominees':
      return asWhole(v, 1, 100000);
    case 'minVoteShare':
      return asShare(v);
    case 'nominationRule':
      return asChoice(v, RULE_LABELS);
    case 'nominationOrder':
      return asChoice(v, ORDER_LABELS);
    case 'bodyType':
      return asChoice(v, BODY_TYPE_LABELS);
    case 'docNumber': {
      const t = asText(v);
      return t.ok && docNumberOf(t.value) ? { ok: true, value: docNumberOf(t.value) } : { ok: false, expected: 'text' };
    }
    default:
      return asText(v);
  }
}

const EXPECTED_CHOICES: Partial<Record<SettingKey, string>> = {
  nominationRule: `${RULE_LABELS.exceeded[0]} | ${RULE_LABELS.met[0]}`,
  nominationOrder: `${ORDER_LABELS.name[0]} | ${ORDER_LABELS.rank[0]}`,
  bodyType: `${BODY_TYPE_LABELS.party[0]} | ${BODY_TYPE_LABELS.state[0]}`,
};

/** Value of a key row: the cell right of the key (column B when the key is in A), per WORKBOOK.md §1.1. */
function valueCol(_sheet: SheetSnapshot, _r: number, keyCol: number): number {
  return keyCol + 1;
}

function findHeaderRow(sheet: SheetSnapshot, roles: readonly { role: string; labels: readonly string[] }[], need: string[]) {
  for (let r = 0; r < sheet.values.length; r++) {
    const m = headerRoles(sheet, r, roles);
    if (need.every((n) => m.has(n))) return { row: r, cols: m };
  }
  return null;
}

/** The defaults that follow the body: its type from the names, then the type's motto and recipients. */
function bodyDefaults(settings: Settings, sources: Record<SettingKey, SettingSource>): void {
  if (sources.bodyType === 'default') settings.bodyType = partyByName(settings.issuedBy, settings.parentBody) ? 'party' : 'state';
  if (sources.motto === 'default') settings.motto = MOTTO_OF[settings.bodyType];
  if (sources.recipients === 'default') settings.recipients = RECIPIENTS_OF[settings.bodyType];
}

export function parseSettings(snapshot: Snapshot): SettingsResult {
  const sheet = findSettingsSheet(snapshot);
  const settings = defaultSettings();
  const sources = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as Record<SettingKey, SettingSource>;
  const issues: Issue[] = [];
  if (!sheet) {
    issues.push(makeIssue('SETTINGS_MISSING', null, null, { name: SETTINGS_SHEET_NAMES[0] }));
    issues.push(makeIssue('ROSTER_MISSING', null, null, {}));
    settings.issuedBy = settings.clusterName;
    bodyDefaults(settings, sources);
    return { sheet: null, settings, sources, criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })), roster: null, issues };
  }

  // Tables first, so that their rows are not read as key rows.
  const tableRows = new Set<number>();
  const crit = findHeaderRow(sheet, CRITERIA_ROLES, ['code', 'label']);
  const rost = findHeaderRow(sheet, ROSTER_ROLES, ['sheet']);
  let criteria: Criterion[] = [];
  if (crit) {
    tableRows.add(crit.row);
    const cols = [...crit.cols.values()];
    const seen = new Map<string, number>();
    for (const r of dataRows(sheet, crit.row + 1, cols)) {
      tableRows.add(r);
      const codeCol = crit.cols.get('code')!;
      const code = cleanText(textOf(sheet, r, codeCol));
      const label = cleanText(textOf(sheet, r, crit.cols.get('label')));
      if (!code) {
        issues.push(makeIssue('CRITERION_CODE_MISSING', sheet.name, a1(r, codeCol), { label }));
        continue;
      }
      const k = labelKey(code);
      if (seen.has(k)) {
        issues.push(makeIssue('CRITERION_DUPLICATE_CODE', sheet.name, a1(r, codeCol), { code, first: a1(seen.get(k)!, codeCol) }));
        continue;
      }
      seen.set(k, r);
      let weight = 1;
      const wc = crit.cols.get('weight');
      if (wc !== undefined && !isBlank(cellValue(sheet, r, wc))) {
        const w = cellValue(sheet, r, wc);
        const n = typeof w === 'number' ? w : typeof w === 'string' ? Number(w.trim().replace(',', '.')) : NaN;
        if (!(Number.isFinite(n) && n > 0) || cellType(sheet, r, wc) === 'error') {
          issues.push(makeIssue('CRITERION_WEIGHT_INVALID', sheet.name, a1(r, wc), { code, found: displayValue(sheet, r, wc) }));
        } else weight = n;
      }
      const unitWord = cleanText(textOf(sheet, r, crit.cols.get('unitWord'))) || code;
      criteria.push({ code, label: label || code, unitWord: unitWord.toLowerCase() === unitWord ? unitWord : unitWord, weight });
    }
  }
  if (criteria.length === 0) {
    if (!issues.some((i) => i.code === 'CRITERION_CODE_MISSING')) issues.push(makeIssue('CRITERIA_DEFAULT', sheet.name, null, {}));
    criteria = DEFAULT_CRITERIA.map((c) => ({ ...c }));
  }

  let roster: RosterEntry[] | null = null;
  if (rost) {
    tableRows.add(rost.row);
    roster = [];
    const cols = [...rost.cols.values()];
    const sc = rost.cols.get('sheet')!;
    for (const r of dataRows(sheet, rost.row + 1, cols)) {
      tableRows.add(r);
      const sheetName = cleanText(textOf(sheet, r, sc));
      const name = cleanText(textOf(sheet, r, rost.cols.get('name')));
      const noCol = rost.cols.get('no');
      const noV = noCol === undefined ? null : cellValue(sheet, r, noCol);
      if (!sheetName) {
        if (name) issues.push(makeIssue('ROSTER_SHEET_MISSING', sheet.name, a1(r, sc), { name }));
        continue;
      }
      roster.push({ no: typeof noV === 'number' ? noV : null, sheet: sheetName, name: name || sheetName, row: r + 1, cell: a1(r, sc) });
    }
  } else {
    issues.push(makeIssue('ROSTER_MISSING', sheet.name, null, {}));
  }

  // Key/value rows anywhere outside the tables; a key in any column (column A in the template).
  const allLabels = SETTING_KEYS.flatMap((k) => SETTING_LABELS[k]);
  const seenKeys = new Map<SettingKey, string>();
  for (let r = 0; r < sheet.values.length; r++) {
    if (tableRows.has(r)) continue;
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 3); c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      // A key cell must be the whole label (optionally with a trailing colon), not just start with it.
      const hit = findLabel(v, allLabels);
      if (!hit || labelKey(hit) !== labelKey(v)) continue;
      const key = SETTING_KEYS.find((k) => SETTING_LABELS[k].includes(hit as never))!;
      const vc = valueCol(sheet, r, c);
      const value = cellValue(sheet, r, vc);
      if (seenKeys.has(key)) {
        issues.push(makeIssue('SETTING_DUPLICATE', sheet.name, a1(r, c), { key: SETTING_LABELS[key][0], first: seenKeys.get(key)! }));
        break;
      }
      seenKeys.set(key, a1(r, c));
      if (!isBlank(value)) {
        const parsed = parseSetting(key, value, cellType(sheet, r, vc));
        if (parsed.ok) {
          (settings as unknown as Record<string, unknown>)[key] = parsed.value;
          sources[key] = 'sheet';
        } else {
          issues.push(
            makeIssue('SETTING_INVALID', sheet.name, a1(r, vc), {
              key: SETTING_LABELS[key][0],
              found: displayValue(sheet, r, vc),
              expected: EXPECTED_CHOICES[key] ?? parsed.expected,
            }),
          );
        }
      }
      break;
    }
  }
  if (sources.year === 'default' && settings.cutoffDate !== null) settings.year = ymdFromSerial(settings.cutoffDate).y;
  if (sources.issuedBy === 'default') settings.issuedBy = settings.clusterName;
  bodyDefaults(settings, sources);
  return { sheet, settings, sources, criteria, roster, issues };
}
