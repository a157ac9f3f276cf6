/** The fake Excel behaves like Office.js where the adapter's correctness depends on it. */
import { createFakeExcel, FakeWorkbook, type FakeRequestContext } from './excel';
import type { FakeRange, FakeWorksheet } from './excel/proxies';

function host() {
  const wb = new FakeWorkbook();
  const s = wb.addSheet('Bắc Giang');
  wb.write(s, 0, 0, 'Chỉ tiêu');
  wb.write(s, 1, 0, 3);
  const excel = createFakeExcel(wb);
  return { wb, excel };
}

const range = (ctx: FakeRequestContext, address: string) => (ctx.workbook.worksheets.getItem('Bắc Giang') as FakeWorksheet).getRange(address) as FakeRange;

describe('proxies', () => {
  test('a property read before load, or after load but before sync, throws PropertyNotLoaded', async () => {
    const { excel } = host();
    await excel.run(async (ctx) => {
      const r = range(ctx, 'A1:A2');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([['Chỉ tiêu'], [3]]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a collection’s items need a load too; an empty load is counted', async () => {
    const { excel } = host();
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Bắc Giang']);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.items[0].load();
      await ctx.sync();
    });
    expect(excel.stats.emptyLoads).toBe(1);
  });

  test('writes are queued until sync; Excel.run sends what is left at its end', async () => {
    const { wb, excel } = host();
    await excel.run(async (ctx) => {
      range(ctx, 'B1').values = [[5]];
      expect(wb.sheet('Bắc Giang').at('B1')).toBeUndefined();
    });
    expect(excel.stats.syncs).toBe(1);
    expect(wb.sheet('Bắc Giang').at('B1')?.value).toBe(5);
  });

  test('a missing item fails the sync with ItemNotFound; an …OrNullObject is a null object', async () => {
    const { excel } = host();
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Hà Nội');
      missing.load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('Hà Nội').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('a failing command stops the batch; the commands before it stay applied', async () => {
    const { wb, excel } = host();
    await expect(
      excel.run(async (ctx) => {
        range(ctx, 'C1').values = [['trước']];
        ctx.workbook.worksheets.add('bắc giang');
        range(ctx, 'C2').values = [['sau']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(wb.sheet('Bắc Giang').at('C1')?.value).toBe('trước');
    expect(wb.sheet('Bắc Giang').at('C2')).toBeUndefined();
  });
});

describe('what Excel stores', () => {
  test.each([
    ['03', 3, 'Double'],
    ['50%', 0.5, 'Double'],
    ['TRUE', true, 'Boolean'],
    ['#N/A', '#N/A', 'Error'],
    ['1/2/2019', 43467, 'Double'],
    ['=SUM(1,2)', 3, 'Double'],
    ['+abc', '#NAME?', 'Error'],
    ['-abc', '#NAME?', 'Error'],
    ['@abc', '#NAME?', 'Error'],
    ['Hà Giang', 'Hà Giang', 'String'],
  ])('%p written as a value becomes %p (%s)', async (text, value, type) => {
    const { wb, excel } = host();
    await excel.run(async (ctx) => {
      range(ctx, 'D1').values = [[text]];
    });
    expect(wb.sheet('Bắc Giang').at('D1')).toMatchObject({ value, type });
  });

  test('a cell formatted as text keeps any string as it is', async () => {
    const { wb, excel } = host();
    await excel.run(async (ctx) => {
      const r = range(ctx, 'D1:E1');
      r.numberFormat = [['@', '@']];
      r.formulas = [['=SUM(1,2)', '03']];
    });
    expect(wb.sheet('Bắc Giang').at('D1')).toEqual({ value: '=SUM(1,2)', type: 'String', numberFormat: '@' });
    expect(wb.sheet('Bắc Giang').at('E1')).toEqual({ value: '03', type: 'String', numberFormat: '@' });
  });

  test('an array of the wrong size is refused', async () => {
    const { excel } = host();
    await expect(
      excel.run(async (ctx) => {
        range(ctx, 'A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('merging keeps the top-left value only; a protected sheet refuses changes', async () => {
    const { wb, excel } = host();
    await excel.run(async (ctx) => {
      range(ctx, 'A1:A2').merge(false);
    });
    expect(wb.grid('Bắc Giang')).toEqual([['Chỉ tiêu']]);
    wb.sheet('Bắc Giang').protected = true;
    await expect(excel.run(async (ctx) => void (range(ctx, 'B1').values = [[1]]))).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('a name follows its sheet when renamed and becomes #REF! when the sheet is deleted', async () => {
    const { wb, excel } = host();
    wb.addSheet('Xếp hạng');
    wb.defineName('ThiDua_XepHang', 'Xếp hạng');
    wb.sheet('Xếp hạng').name = 'BXH';
    expect(wb.nameFormula(wb.names[0])).toBe('=BXH!$A$1');
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('BXH').delete();
    });
    expect(wb.nameFormula(wb.names[0])).toBe('=#REF!$A$1');
    expect(wb.marks()).toEqual({});
  });

  test('payload limits fail the sync with the Office codes', async () => {
    const { wb, excel } = host();
    wb.flags.responseLimitBytes = 10;
    await expect(excel.run(async (ctx) => void range(ctx, 'A1:A2').load('values'))).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    wb.flags.requestLimitBytes = 10;
    await expect(excel.run(async (ctx) => void (range(ctx, 'A1').values = [['một chuỗi khá dài']]))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Bắc Giang').at('A1')?.value).toBe('Chỉ tiêu');
  });

  test('Excel on the web’s 5 MB limits are on by default: a larger request is refused before anything runs', async () => {
    const { wb, excel } = host();
    expect([wb.flags.requestLimitBytes, wb.flags.responseLimitBytes]).toEqual([5 * 1024 * 1024, 5 * 1024 * 1024]);
    const big = Array.from({ length: 2000 }, () => ['ô '.repeat(1000)]);
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('Mới');
        range(ctx, 'B1:B2000').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.findSheet('Mới')).toBeUndefined();
    expect(excel.stats.refused).toBe(1);
  });

  test('a response over 5 MB is refused', async () => {
    const { wb, excel } = host();
    const s = wb.sheet('Bắc Giang');
    for (let r = 0; r < 3000; r++) wb.write(s, r, 1, 'x'.repeat(2000));
    await expect(excel.run(async (ctx) => void range(ctx, 'B1:B3000').load('values'))).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await excel.run(async (ctx) => {
      const half = range(ctx, 'B1:B1500').load('values');
      await ctx.sync();
      expect(half.values).toHaveLength(1500);
    });
  });

  test('Excel’s reserved sheet name and row-height limit are refused', async () => {
    const { wb, excel } = host();
    await expect(excel.run(async (ctx) => void ctx.workbook.worksheets.add('history'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(excel.run(async (ctx) => void (range(ctx, '2:2').format.rowHeight = 410))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await excel.run(async (ctx) => void (range(ctx, '2:2').format.rowHeight = 409));
    expect(wb.sheet('Bắc Giang').rowHeights.get(1)).toBe(409);
  });
});

describe('the request, as office.js serializes it', () => {
  test('actions on object paths: each path listed once and instantiated before use, ids counting up', async () => {
    const { excel } = host();
    await excel.run(async (ctx) => {
      const font = range(ctx, 'A1:B2').format.font as unknown as { bold: boolean; color: string };
      font.bold = true;
      font.color = '#FF0000';
      await ctx.sync();
    });
    const body = excel.stats.lastRequest as { Actions: Record<string, unknown>[]; ObjectPaths: Record<string, Record<string, unknown>> };
    const paths = Object.values(body.ObjectPaths).map((p) => [p.ObjectPathType, p.Name, (p.ArgumentInfo as { Arguments?: unknown[] } | undefined)?.Arguments]);
    expect(paths).toEqual([
      [1, '', undefined],
      [4, 'Worksheets', undefined],
      [5, '', ['Bắc Giang']],
      [3, 'GetRange', ['A1:B2']],
      [4, 'Format', undefined],
      [4, 'Font', undefined],
    ]);
    const actions = body.Actions.map((a) => [a.ActionType, a.Name, (a.ArgumentInfo as { Arguments?: unknown[] } | undefined)?.Arguments]);
    expect(actions).toEqual([[1, '', undefined], [1, '', undefined], [1, '', undefined], [1, '', undefined], [1, '', undefined], [1, '', undefined], [4, 'Bold', [true]], [4, 'Color', ['#FF0000']]]);
    const ids = body.Actions.map((a) => a.Id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(excel.stats.requestBytes.at(-1)).toBe(Buffer.byteLength(JSON.stringify(body)));
  });

  test('a matrix of more than 1,500 cells goes in slices of rows, each on getRow(a).getBoundingRect(getRow(b))', async () => {
    const { excel } = host();
    await excel.run(async (ctx) => {
      range(ctx, 'C1:D1000').values = Array.from({ length: 1000 }, (_, i) => [i, `dòng ${i}`]);
      await ctx.sync();
    });
    const body = excel.stats.lastRequest as { Actions: Record<string, unknown>[]; ObjectPaths: Record<string, Record<string, unknown>> };
    const sets = body.Actions.filter((a) => a.ActionType === 4);
    expect(sets.map((a) => ((a.ArgumentInfo as { Arguments: unknown[][][] }).Arguments[0]).length)).toEqual([750, 250]);
    const slice = body.ObjectPaths[String(sets[1].ObjectPathId)];
    expect(slice).toMatchObject({ ObjectPathType: 3, Name: 'GetBoundingRect' });
    expect(body.ObjectPaths[String(slice.ParentObjectPathId)]).toMatchObject({ Name: 'GetRow', ArgumentInfo: { Arguments: [750] } });
    const last = (slice.ArgumentInfo as { ReferencedObjectPathIds: number[] }).ReferencedObjectPathIds[0];
    expect(body.ObjectPaths[String(last)]).toMatchObject({ Name: 'GetRow', ArgumentInfo: { Arguments: [999] } });
  });
});
