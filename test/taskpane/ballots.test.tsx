import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MemoryWorkbook } from '../../src/memory';
import { ballotsWorkbook, brokenWorkbook, contestedBallotsWorkbook, deferred, idle, renderPane, sampleWorkbook } from './helpers';
import { tallySheet } from '../e2e/workbooks';

const candidates = () => screen.getAllByTestId('candidate');
const candidateTexts = () => candidates().map((c) => c.textContent);

/** The sample where no unit exceeds its targets: the three that did now only meet them. */
function noCandidateWorkbook(): MemoryWorkbook {
  const wb = sampleWorkbook();
  for (const name of ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']) {
    const sheet = wb.find(name)!;
    for (const r of [6, 7]) sheet.values[r][5] = sheet.values[r][4];
  }
  return wb;
}

describe('ballots section: the tally', () => {
  it('shows the 2019 vote: three candidates, 13/14, 14/14, 12/14, all pass and qualify, nothing rejected', async () => {
    renderPane(ballotsWorkbook());
    await idle();
    expect(screen.getByRole('heading', { name: 'Bỏ phiếu bình xét' })).toBeTruthy();
    expect(screen.getByTestId('ballots-summary').textContent).toBe('Trang “Phiếu bầu”: 14/14 phiếu hợp lệ. Đơn vị cần được trên 50% số phiếu hợp lệ.');
    expect(candidateTexts()).toEqual([
      'Bắc GiangĐạt13/14 phiếu (92,9%) · đủ điều kiện về kết quả',
      'Lạng SơnĐạt14/14 phiếu (100%) · đủ điều kiện về kết quả',
      'Thái NguyênĐạt12/14 phiếu (85,7%) · đủ điều kiện về kết quả',
    ]);
    expect(candidates().map((c) => c.getAttribute('data-passes'))).toEqual(['true', 'true', 'true']);
    expect(screen.getByRole('list', { name: 'Số phiếu của từng đơn vị' })).toBeTruthy();
    expect(screen.queryByTestId('failed-vote')).toBeNull();
    expect(screen.queryByTestId('rejected')).toBeNull();
    expect(screen.queryByTestId('ballots-unmarked')).toBeNull();
  });

  it('clicking a candidate selects its header cell on the ballots sheet', async () => {
    const { wb } = renderPane(ballotsWorkbook());
    await idle();
    const laiSon = candidates()[1];
    expect(laiSon.getAttribute('title')).toBe('Đi tới cột Lạng Sơn (ô D4) trên trang Phiếu bầu');
    fireEvent.click(laiSon);
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Phiếu bầu', cell: 'D4' });
  });

  it('names the unit that qualifies but fails the vote, and shows why each candidate passes or not', async () => {
    renderPane(contestedBallotsWorkbook());
    await idle();
    expect(screen.getByTestId('ballots-summary').textContent).toContain('13/14 phiếu hợp lệ');
    expect(screen.getByTestId('failed-vote').textContent).toBe('Không đạt tỷ lệ phiếu tối thiểu nên không được đề nghị, dù đủ điều kiện về kết quả: Thái Nguyên.');
    expect(candidateTexts()).toEqual([
      'Bắc GiangĐạt12/13 phiếu (92,3%) · đủ điều kiện về kết quả',
      'Lạng SơnĐạt13/13 phiếu (100%) · đủ điều kiện về kết quả',
      'Thái NguyênKhông đạt6/13 phiếu (46,2%) · đủ điều kiện về kết quả',
      'Tuyên QuangKhông đạt0/13 phiếu (0%) · không đủ điều kiện về kết quả: phiếu không có tác dụng',
    ]);
  });

  it('lists the ballot not counted with its reason; a click (or Enter on the native button) selects its row', async () => {
    const { wb } = renderPane(contestedBallotsWorkbook());
    await idle();
    const rejected = screen.getByTestId('rejected');
    expect(screen.getByRole('heading', { name: 'Phiếu không được tính (1)' })).toBeTruthy();
    const [ballot] = within(rejected).getAllByTestId('rejected-ballot');
    expect(ballot.textContent).toBe('Hà Giang: bầu quá số đơn vị tối đa (3)hàng 5');
    expect(ballot.getAttribute('data-reason')).toBe('over_quota');
    expect(ballot.getAttribute('title')).toBe('Đi tới phiếu ở hàng 5 trên trang Phiếu bầu');
    expect(ballot.tagName).toBe('BUTTON');
    expect(ballot.tabIndex).toBe(0);
    fireEvent.click(ballot);
    await idle();
    // the whole ballot: from column A to the last candidate column (F)
    expect(wb.selection).toEqual({ sheet: 'Phiếu bầu', cell: 'A5:F5' });
    expect(wb.active).toBe('Phiếu bầu');
  });

  it.each([
    ['duplicate_voter', 'Cao Bằng: bỏ phiếu hai lần, cả hai phiếu không được tính'],
    ['invalid_mark', 'Cao Bằng: có ô đánh dấu không hợp lệ'],
  ])('says why a ballot is not counted: %s', async (reason, text) => {
    const wb = ballotsWorkbook();
    const sheet = wb.find('Phiếu bầu')!;
    if (reason === 'duplicate_voter') sheet.values[4][1] = 'Cao Bằng'; // Hà Giang's row now says Cao Bằng, as row 6 does
    else sheet.values[5][2] = 'v'; // not a mark
    renderPane(wb);
    await idle();
    const texts = screen.getAllByTestId('rejected-ballot').map((b) => b.textContent);
    expect(texts).toContain(`${text}hàng 6`);
  });

  it('speaks English, with English percentages', async () => {
    renderPane(contestedBallotsWorkbook(), { lang: 'en' });
    await idle();
    expect(screen.getByRole('heading', { name: 'Vote' })).toBeTruthy();
    expect(candidateTexts()[0]).toBe('Bắc GiangPasses12/13 votes (92.3%) · qualifies on results');
    expect(candidateTexts()[2]).toContain('Fails6/13 votes (46.2%)');
    expect(screen.getByTestId('rejected-ballot').textContent).toBe('Hà Giang: votes for more units than the quota (3)row 5');
    expect(screen.getByTestId('failed-vote').textContent).toContain('Thái Nguyên');
  });

  it('the nominees show their votes, and only the units that passed are nominated', async () => {
    const { wb } = renderPane(contestedBallotsWorkbook(), { view: 'generate' });
    await idle();
    fireEvent.click(screen.getByTestId('generate'));
    await screen.findByTestId('generate-done');
    await idle();
    const nominees = screen.getAllByTestId('nominee');
    expect(nominees.map((n) => within(n).getByTestId('nominee-votes').textContent)).toEqual(['Số phiếu: 12/13 (92,3%)', 'Số phiếu: 13/13 (100%)']);
    expect(nominees[0].textContent).toContain('Bắc Giang');
    expect(nominees[1].textContent).toContain('Lạng Sơn');
    const list = wb.find('Đề nghị khen thưởng')!.values.flat().join('|');
    expect(list).not.toContain('Thái Nguyên');
  });
});

/** The sample with the vote recorded as the counting minutes' tally: Thái Nguyên 6/13 fails. */
export function tallyWorkbook(): MemoryWorkbook {
  const wb = sampleWorkbook();
  wb.sheets.push(tallySheet());
  return wb;
}

describe('ballots section: the form it read', () => {
  it('the tally form: says so, the counts, each unit clickable to its votes cell, the failed unit named', async () => {
    const { wb } = renderPane(tallyWorkbook());
    await idle();
    expect(screen.getByTestId('ballots-form').textContent).toBe('Hình thức: biên bản kiểm phiếu');
    expect(screen.getByTestId('ballots-form').getAttribute('data-form')).toBe('tally');
    expect(screen.getByTestId('ballots-summary').textContent).toBe('Trang “Phiếu bầu”: 13 phiếu hợp lệ (phát ra 14, thu về 14). Đơn vị cần được trên 50% số phiếu hợp lệ.');
    expect(candidateTexts()).toEqual([
      'Bắc GiangĐạt12/13 phiếu (92,3%) · đủ điều kiện về kết quả',
      'Lạng SơnĐạt13/13 phiếu (100%) · đủ điều kiện về kết quả',
      'Thái NguyênKhông đạt6/13 phiếu (46,2%) · đủ điều kiện về kết quả',
    ]);
    expect(screen.getByTestId('failed-vote').textContent).toContain('Thái Nguyên');
    fireEvent.click(candidates()[2]);
    await idle();
    expect(wb.selections.at(-1)).toEqual({ sheet: 'Phiếu bầu', cell: 'C9' });
  });
  it('the named form of the sample, in English', async () => {
    renderPane(ballotsWorkbook(), { lang: 'en' });
    await idle();
    expect(screen.getByTestId('ballots-form').textContent).toBe('Form: named ballots (a voter column)');
  });
});

describe('ballots section: creating the ballots sheet', () => {
  it('says what it will create, creates it with the three candidates and 14 voters, then checks again', async () => {
    const { wb } = renderPane(sampleWorkbook());
    await idle();
    expect(screen.getByTestId('ballots').textContent).toContain('Bảng tính chưa có trang phiếu bầu');
    const button = screen.getByTestId('create-ballots');
    expect(button.textContent).toBe('Tạo phiếu bầu');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByTestId('create-ballots-hint').textContent).toBe(
      'Tạo trang “Phiếu bầu” (phiếu kín): một cột cho mỗi đơn vị đủ điều kiện (Bắc Giang, Lạng Sơn, Thái Nguyên), 14 hàng phiếu. Không trang nào đã có bị ghi đè.',
    );
    const before = wb.sheets.map((s) => s.name);
    fireEvent.click(button);
    const done = await screen.findByTestId('ballots-created');
    await idle();
    expect(done.textContent).toContain('Đã tạo phiếu bầu');
    expect(done.textContent).toContain('3 cột đơn vị được bầu (Bắc Giang, Lạng Sơn, Thái Nguyên), 14 hàng phiếu');
    expect(wb.sheets.map((s) => s.name)).toEqual([...before, 'Phiếu bầu']);
    const sheet = wb.find('Phiếu bầu')!;
    expect(sheet.values[3]).toEqual(['Phiếu số', 'Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']);
    expect(sheet.values.slice(4).map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, i) => `Phiếu số ${i + 1}`));
    expect(sheet.plan?.validations?.[0].list).toContain('x');
    // the check now sees the vote not entered yet, which it says plainly (no "14 valid ballots")
    expect(screen.getByTestId('ballots-form').textContent).toBe('Hình thức: phiếu kín (không ghi tên)');
    expect(screen.queryByTestId('ballots-summary')).toBeNull();
    expect(screen.getByTestId('ballots-unmarked').textContent).toContain('Chưa nhập phiếu bầu');
    expect(screen.queryByTestId('failed-vote')).toBeNull();
    expect(candidateTexts()).toEqual([
      'Bắc GiangChưa có phiếuđủ điều kiện về kết quả',
      'Lạng SơnChưa có phiếuđủ điều kiện về kết quả',
      'Thái NguyênChưa có phiếuđủ điều kiện về kết quả',
    ]);
    fireEvent.click(screen.getByTestId('open-ballots'));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Phiếu bầu', cell: 'A1' });
  });

  it('refuses when a ballots sheet exists, writes nothing, and offers to open it', async () => {
    const { wb } = renderPane(ballotsWorkbook());
    await idle();
    const before = JSON.stringify(wb.sheets.map((s) => [s.name, s.values]));
    fireEvent.click(screen.getByTestId('create-ballots'));
    const bar = await screen.findByTestId('ballots-exists');
    await idle();
    expect(bar.textContent).toContain('Đã có trang phiếu bầu');
    expect(bar.textContent).toContain('Bảng tính đã có trang “Phiếu bầu”; công cụ không ghi đè trang này.');
    expect(JSON.stringify(wb.sheets.map((s) => [s.name, s.values]))).toBe(before);
    fireEvent.click(within(bar).getByRole('button', { name: 'Mở trang “Phiếu bầu”' }));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Phiếu bầu', cell: 'A1' });
  });

  it('counts any sheet the check reads as the ballots (“Phieu bau”, without diacritics) as existing', async () => {
    const wb = ballotsWorkbook();
    wb.find('Phiếu bầu')!.name = 'Phieu bau';
    renderPane(wb);
    await idle();
    fireEvent.click(screen.getByTestId('create-ballots'));
    expect(screen.getByTestId('ballots-summary').textContent).toContain('Trang “Phieu bau”');
    expect((await screen.findByTestId('ballots-exists')).textContent).toContain('“Phieu bau”');
    await idle();
    expect(wb.find('Phiếu bầu')).toBeUndefined();
  });

  it('is disabled, with the reason, while the check has not run', async () => {
    const hold = deferred();
    renderPane(sampleWorkbook(), { port: { before: (op) => (op === 'read' ? hold.promise : undefined) } });
    const button = screen.getByTestId('create-ballots');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('create-ballots-hint').textContent).toBe('Hãy kiểm tra dữ liệu trước: phiếu bầu có một cột cho mỗi đơn vị đủ điều kiện về kết quả.');
    expect(button.getAttribute('aria-describedby')).toBe('create-ballots-hint');
    hold.resolve();
    await idle();
    expect(screen.getByTestId('create-ballots').getAttribute('aria-disabled')).toBeNull();
  });

  it('is disabled while the check has errors, since the candidates come from checked results', async () => {
    const { wb } = renderPane(brokenWorkbook());
    await idle();
    const button = screen.getByTestId('create-ballots');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('create-ballots-hint').textContent).toBe('Hãy sửa 2 lỗi trước: danh sách đơn vị được bầu lấy từ kết quả đã kiểm tra.');
    fireEvent.click(button);
    await idle();
    expect(wb.find('Phiếu bầu')).toBeUndefined();
  });

  it('is disabled when no unit qualifies: there is no candidate yet', async () => {
    const { wb } = renderPane(noCandidateWorkbook());
    await idle();
    expect(screen.getByTestId('create-ballots').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('create-ballots-hint').textContent).toBe('Chưa có đơn vị nào đủ điều kiện về kết quả, nên chưa có đơn vị nào để bầu.');
    fireEvent.click(screen.getByTestId('create-ballots'));
    await idle();
    expect(wb.find('Phiếu bầu')).toBeUndefined();
  });

  it('decides on a fresh read: data changed since the check → no candidate, nothing created', async () => {
    const { wb } = renderPane(sampleWorkbook());
    await idle();
    for (const name of ['Bắc Giang', 'Lạng Sơn', 'Thái Nguyên']) {
      const sheet = wb.find(name)!;
      for (const r of [6, 7]) sheet.values[r][5] = sheet.values[r][4];
    }
    fireEvent.click(screen.getByTestId('create-ballots'));
    const bar = await screen.findByTestId('ballots-not-created');
    await idle();
    expect(bar.textContent).toContain('Chưa tạo phiếu bầu');
    expect(bar.textContent).toContain('chưa có đơn vị nào để bầu');
    expect(wb.find('Phiếu bầu')).toBeUndefined();
  });

  it('decides on a fresh read: an error appeared since the check → nothing created, jump to it', async () => {
    const { wb } = renderPane(sampleWorkbook());
    await idle();
    wb.find('Lai Châu')!.values[6][4] = null;
    wb.find('Lai Châu')!.types![6][4] = 'empty';
    fireEvent.click(screen.getByTestId('create-ballots'));
    const bar = await screen.findByTestId('ballots-not-created');
    await idle();
    expect(bar.textContent).toContain('Hãy sửa 1 lỗi trước');
    expect(wb.find('Phiếu bầu')).toBeUndefined();
    fireEvent.click(within(bar).getByRole('button', { name: 'Đi tới lỗi đầu tiên (Lai Châu!E7)' }));
    await idle();
    expect(wb.selection).toEqual({ sheet: 'Lai Châu', cell: 'E7' });
  });

  it('a sheet made in Excel between the read and the write: the port refuses and the pane says so', async () => {
    const { wb } = renderPane(sampleWorkbook(), {
      port: {
        before: (op) => {
          if (op === 'create') wb.insert({ name: 'phiếu bầu', values: [['của tôi']] });
        },
      },
    });
    await idle();
    fireEvent.click(screen.getByTestId('create-ballots'));
    const bar = await screen.findByTestId('failure');
    await idle();
    expect(bar.textContent).toContain('Không tạo phiếu bầu');
    expect(bar.textContent).toContain('Bảng tính đã có trang “phiếu bầu”');
    expect(wb.find('Phiếu bầu')!.values).toEqual([['của tôi']]);
    expect(screen.queryByTestId('ballots-created')).toBeNull();
  });

  it('a new check clears the last answer of the button', async () => {
    renderPane(ballotsWorkbook());
    await idle();
    fireEvent.click(screen.getByTestId('create-ballots'));
    await screen.findByTestId('ballots-exists');
    await idle();
    fireEvent.click(screen.getByTestId('recheck'));
    await idle();
    await waitFor(() => expect(screen.queryByTestId('ballots-exists')).toBeNull());
  });
});
