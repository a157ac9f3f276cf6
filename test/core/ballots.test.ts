/** Ballots (WORKBOOK.md §1.4): marks, errors and warnings with their cells; the strict threshold; the vote deciding nominations. */
import { evaluate, planOutputs } from '../../src/core';
import { readMark } from '../../src/core/ballots';
import type { Snapshot } from '../../src/core/types';
import { cluster } from './build';

/** Bắc Giang, Lạng Sơn and Thái Nguyên exceed; Cao Bằng does not. */
function withVotes(rows: unknown[][], keys: [string, unknown][] = []): Snapshot {
  const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Lạng Sơn': [1, 2, 1, 2], 'Thái Nguyên': [1, 2, 1, 2], 'Cao Bằng': [2, 1, 1, 1] }, { keys: keys as never });
  s.sheets.push({ name: 'Phiếu bầu', values: [['PHIẾU BẦU'], [], ['STT', 'Đơn vị bỏ phiếu', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên'], ...rows] as never });
  return s;
}

describe('marks', () => {
  test.each(['x', 'X', '1', 1, '✓', '✔', 'có', 'Có', 'đồng ý', 'Đồng ý', 'yes', 'YES', true])('%j is a vote', (m) => expect(readMark(m)).toBe('yes'));
  test.each([null, '', '  ', '0', 0, 'không', 'Không', 'no', false])('%j is no vote', (m) => expect(readMark(m)).toBe('no'));
  test.each(['co', 'v', '2', 2, 'x x', 'đồng ý?', 'bầu'])('%j is invalid', (m) => expect(readMark(m)).toBe('invalid'));
});

describe('tally', () => {
  test('votes, valid ballots, shares over valid ballots only', () => {
    const ev = evaluate(
      withVotes(
        [
          [1, 'Bắc Giang', null, 'x', 'x'],
          [2, 'Lạng Sơn', 'x', null, 'x'],
          [3, 'Thái Nguyên', 'x', 'x', null],
          [4, 'Cao Bằng', 'x', 'x', 'x'], // over the quota of 2: not counted
        ],
        [['Số đơn vị đề nghị tối đa', 2]],
      ),
    );
    expect(ev.ballots).toMatchObject({ sheet: 'Phiếu bầu', validBallots: 3, totalBallots: 4 });
    expect(ev.ballots!.candidates.map((c) => [c.sheet, c.votes, c.share])).toEqual([
      ['Bắc Giang', 2, 2 / 3],
      ['Lạng Sơn', 2, 2 / 3],
      ['Thái Nguyên', 2, 2 / 3],
    ]);
    expect(ev.ballots!.rejected).toEqual([{ row: 7, voter: 'Cao Bằng', reason: 'over_quota' }]);
    expect(ev.issues.find((i) => i.code === 'BALLOT_OVER_QUOTA')).toMatchObject({ severity: 'warning', sheet: 'Phiếu bầu', cell: 'B7' });
  });

  test('the threshold is strict: exactly 50% fails under the default', () => {
    const ev = evaluate(
      withVotes([
        [1, 'Bắc Giang', null, 'x', 'x'],
        [2, 'Lạng Sơn', 'x', null, 'x'],
        [3, 'Thái Nguyên', null, 'x', null],
        [4, 'Cao Bằng', 'x', 'x', null],
      ]),
    );
    // Bắc Giang 2/4 = 50% → fails; Lạng Sơn 3/4 passes; Thái Nguyên 2/4 fails
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Lạng Sơn']);
    expect(ev.failedVote.sort()).toEqual(['Bắc Giang', 'Thái Nguyên']);
    const failed = ev.issues.filter((i) => i.code === 'VOTE_FAILED');
    expect(failed.map((i) => [i.severity, i.sheet, i.cell, i.params.sheet])).toEqual([
      ['info', 'Phiếu bầu', 'E3', 'Thái Nguyên'],
      ['info', 'Phiếu bầu', 'C3', 'Bắc Giang'],
    ]);
    expect(ev.units.find((u) => u.sheet === 'Bắc Giang')!.votes).toEqual({ for: 2, ballots: 4, share: 0.5 });
  });

  test('a lower threshold from the settings lets 50% pass', () => {
    const ev = evaluate(withVotes([[1, 'A', 'x', null, null], [2, 'B', null, 'x', 'x']], [['Tỷ lệ phiếu tối thiểu', '40%']]));
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
  });

  test('a unit that qualifies but fails the vote is named in the ranking sheet note', () => {
    const s = withVotes([
      [1, 'Bắc Giang', null, 'x', 'x'],
      [2, 'Lạng Sơn', 'x', null, 'x'],
      [3, 'Thái Nguyên', null, 'x', 'x'],
    ]);
    const ev = evaluate(s);
    expect(ev.nominations.map((n) => n.sheet)).toEqual(['Lạng Sơn', 'Thái Nguyên']);
    const [ranking, nominations] = planOutputs(s, ev, { today: 46000 });
    const texts = ranking.values.flat().filter((v) => typeof v === 'string') as string[];
    expect(texts.find((t) => t.startsWith('Ghi chú: đủ điều kiện về kết quả'))).toContain('Ban Nội chính Tỉnh ủy Bắc Giang');
    expect(texts).toContain('Phiếu bầu');
    expect(texts).toContain('3/3 (100%)');
    expect(texts).toContain('1/3 (33,3%)');
    // no word twice: `Số phiếu: 3/3 (100%)`, not `Số phiếu: 3/3 phiếu`
    expect(nominations.values.flat()).toContain('Số phiếu: 3/3 (100%)');
  });

  test('errors: unknown mark, duplicate voter (both rows), unknown candidate; warnings: vote for a non-qualifying unit', () => {
    const s = withVotes([
      [1, 'Bắc Giang', 'ok', 'x', null],
      [2, 'Lạng Sơn', 'x', null, null],
      [3, 'lạng sơn', 'x', null, null],
    ]);
    const b = s.sheets.find((x) => x.name === 'Phiếu bầu')!;
    b.values[2].push('Hải Phòng', 'Cao Bằng');
    b.values.push([4, 'Thái Nguyên', null, null, null, null, 'x']);
    const ev = evaluate(s);
    const pick = (code: string) => ev.issues.filter((i) => i.code === code).map((i) => [i.severity, i.cell]);
    expect(pick('BALLOT_MARK_INVALID')).toEqual([['error', 'C4']]);
    expect(pick('BALLOT_DUPLICATE_VOTER')).toEqual([['error', 'B6']]);
    expect(ev.issues.find((i) => i.code === 'BALLOT_DUPLICATE_VOTER')!.params).toMatchObject({ first: 'B5', second: 'B6' });
    expect(pick('BALLOT_UNKNOWN_CANDIDATE')).toEqual([['error', 'F3']]);
    expect(pick('BALLOT_NOT_QUALIFIED')).toEqual([['warning', 'G3']]);
    expect(ev.blocked).toBe(true);
    expect(ev.ballots!.rejected.map((r) => [r.row, r.reason])).toEqual([
      [4, 'invalid_mark'],
      [5, 'duplicate_voter'],
      [6, 'duplicate_voter'],
    ]);
  });

  test('candidates headed by full name or in another Unicode form match their unit', () => {
    const s = withVotes([[1, 'Cao Bằng', 'x', 'x', 'x']]);
    const b = s.sheets.find((x) => x.name === 'Phiếu bầu')!;
    b.values[2] = ['STT', 'Voter', 'Ban Nội chính Tỉnh ủy Bắc Giang', 'Lạng Sơn'.normalize('NFD'), '\u00D0ơn vị lạ'];
    const ev = evaluate(s);
    expect(ev.ballots!.candidates.map((c) => c.sheet)).toEqual(['Bắc Giang', 'Lạng Sơn']);
    expect(ev.issues.find((i) => i.code === 'BALLOT_UNKNOWN_CANDIDATE')).toMatchObject({ cell: 'E3' });
  });
});

describe('the ballots sheet the tool creates', () => {
  test('offers every accepted mark in its in-cell list, and each of them reads as a vote or no vote', async () => {
    const { planBallots, OFFERED_MARKS } = await import('../../src/core/plan/ballots');
    const s = cluster({ 'Bắc Giang': [2, 3, 3, 3], 'Cao Bằng': [2, 1, 1, 1] });
    const plan = planBallots(s, evaluate(s))!;
    expect(plan.validations![0].list).toEqual(OFFERED_MARKS);
    expect(OFFERED_MARKS).toEqual(expect.arrayContaining(['x', '1', '✓', 'có', 'đồng ý', 'yes', '0', 'không', 'no']));
    for (const m of OFFERED_MARKS) expect(readMark(m)).not.toBe('invalid');
    // the list fits Excel's 255-character limit for an inline list
    expect(OFFERED_MARKS.join(',').length).toBeLessThan(255);
  });
});
