/** Snapshot builders for core tests: small cluster workbooks as plain grids. */
import type { CellValue, SheetSnapshot, Snapshot } from '../../src/core/types';
import { planSample, snapshotFromPlans } from '../../src/core';

export type Counts = [vaTarget: CellValue, vaResult: CellValue, vvTarget: CellValue, vvResult: CellValue];

/** A unit sheet in the template's layout: header at row 6, VA row 7, VV row 8 (E target, F result). */
export function unitSheet(name: string, c: Counts, extra: { unitName?: string; asOf?: CellValue } = {}): SheetSnapshot {
  return {
    name,
    values: [
      ['BIỂU ĐĂNG KÝ'],
      [],
      ['Đơn vị:', extra.unitName ?? null],
      ['Tính đến ngày:', extra.asOf ?? null],
      [],
      ['STT', 'Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu đăng ký', 'Kết quả thực hiện', 'Tỷ lệ đạt', 'Ghi chú'],
      [1, 'VA', 'Phát hiện, tham mưu xử lý vụ án tham nhũng', 'vụ án', c[0], c[1], null, null],
      [2, 'VV', 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"', 'vụ việc', c[2], c[3], null, null],
    ],
  };
}

export function settingsSheet(keys: [string, CellValue][], roster: string[] | null, criteria?: CellValue[][]): SheetSnapshot {
  const values: CellValue[][] = [['CẤU HÌNH'], []];
  for (const k of keys) values.push([k[0], k[1]]);
  values.push([]);
  if (criteria) {
    values.push(['Mã', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Trọng số']);
    values.push(...criteria);
    values.push([]);
  }
  if (roster) {
    values.push(['STT', 'Tên trang tính', 'Tên đơn vị']);
    roster.forEach((r, i) => values.push([i + 1, r, `Ban Nội chính Tỉnh ủy ${r}`]));
  }
  return { name: 'Cấu hình', values };
}

/** A cluster from unit → counts, with a roster of the same names unless given. */
export function cluster(units: Record<string, Counts>, opts: { keys?: [string, CellValue][]; roster?: string[] | null; criteria?: CellValue[][] } = {}): Snapshot {
  const roster = opts.roster === undefined ? Object.keys(units) : opts.roster;
  return {
    sheets: [settingsSheet(opts.keys ?? [['Tên cụm thi đua', 'Cụm thử']], roster, opts.criteria), ...Object.entries(units).map(([n, c]) => unitSheet(n, c))],
  };
}

export function sampleSnapshot(withBallots = false): Snapshot {
  return snapshotFromPlans(planSample({ withBallots }));
}

export function sheet(s: Snapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Sets a cell (A1) of a sheet in place. */
export function setCell(sh: SheetSnapshot, addr: string, v: CellValue, type?: SheetSnapshot['types'] extends (infer T)[][] | undefined ? T : never): void {
  const m = /^([A-Z])(\d+)$/.exec(addr)!;
  const c = m[1].charCodeAt(0) - 65;
  const r = Number(m[2]) - 1;
  while (sh.values.length <= r) sh.values.push([]);
  sh.values[r][c] = v;
  if (type) {
    sh.types ??= sh.values.map((row) => row.map(() => undefined as never));
    while (sh.types.length <= r) sh.types.push([]);
    sh.types[r][c] = type;
  } else if (sh.types?.[r]) {
    delete sh.types[r][c];
  }
}
