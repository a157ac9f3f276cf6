/** The sample with changed settings: the State-body variant of the documents' tests, the PDF test and the e2e. */
import { planSample, snapshotFromPlans } from '../../src/core';
import type { CellValue, Snapshot } from '../../src/core/types';

/** The sample with some settings changed (null: the row's value cleared, so the default applies). */
export function sampleWith(changes: Record<string, CellValue>, opts: { withBallots?: boolean } = {}): Snapshot {
  const snap = snapshotFromPlans(planSample(opts));
  const settings = snap.sheets.find((s) => s.name === 'Cấu hình')!;
  for (const [key, value] of Object.entries(changes)) {
    const row = settings.values.find((r) => r[0] === key);
    if (row) row[1] = value;
    else settings.values.splice(3, 0, [key, value]);
  }
  // the types were computed for the old values
  delete settings.types;
  return snap;
}

export const STATE_VARIANT: Record<string, CellValue> = {
  'Loại cơ quan': 'Nhà nước',
  'Cơ quan cấp trên': 'Ủy ban nhân dân tỉnh Tuyên Quang',
  'Cơ quan lập danh sách': 'Sở Nội vụ',
  'Số ký hiệu': 'Số: 15/DS-SNV',
  'Tiêu ngữ': null,
  'Nơi nhận': null,
  'Người ký': 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Bình',
};

