/**
 * The .xlsx door with the real pipeline: the sample written as a file, run, and run again on its own
 * output. Checks what belongs to the door: marks, replacement in place, input sheets untouched, the
 * custom-function formula stored the way Excel stores it (DESIGN.md §3).
 */
import { evaluate, planOutputs, planSample } from '../../src/core';
import { readSnapshot } from '../../src/xlsx/read';
import { writeNewWorkbook, writeWithPlans } from '../../src/xlsx/write';
import { worksheetXml } from './zip';

// Files are built, zipped and read in each test: on a shared 2-core machine 5 s is not always enough.
jest.setTimeout(60_000);

const TODAY = 43802; // 03/12/2019

test('sample → run → run again: outputs appended, then replaced in place; inputs untouched', async () => {
  const sample = await writeNewWorkbook(planSample({}));
  const xml = (await worksheetXml(sample)).join('');
  expect(xml).toMatch(/<f>IFERROR\(_xldudf_THIDUA_ATTAINMENT\(F7,E7\),IF\(OR\(E7=&quot;&quot;,F7=&quot;&quot;\),&quot;&quot;,F7\/E7\)\)<\/f><v>[\d.]+<\/v>/);
  expect(xml).not.toContain('<f>THIDUA.');

  const first = await readSnapshot(sample);
  const inputNames = first.snapshot.sheets.map((s) => s.name);
  const ev1 = evaluate(first.snapshot);
  expect(ev1.blocked).toBe(false);
  const out1 = await writeWithPlans(first.pkg, planOutputs(first.snapshot, ev1, { today: TODAY }));

  const second = await readSnapshot(out1);
  expect(second.snapshot.sheets.map((s) => s.name)).toEqual([...inputNames, 'Xếp hạng', 'Đề nghị khen thưởng']);
  expect(second.snapshot.sheets.slice(0, inputNames.length)).toEqual(first.snapshot.sheets);
  expect(second.snapshot.marks).toEqual({ ranking: 'Xếp hạng', nominations: 'Đề nghị khen thưởng' });

  const plans2 = planOutputs(second.snapshot, evaluate(second.snapshot), { today: TODAY });
  expect(plans2.map((p) => p.replaces)).toEqual(['Xếp hạng', 'Đề nghị khen thưởng']);
  const out2 = await writeWithPlans(second.pkg, plans2);

  const third = await readSnapshot(out2);
  expect(third.snapshot).toEqual(second.snapshot);
});
