/** A synthetic cluster of n units in the template's layout, with deterministic counts. */
import { planTemplate, snapshotFromPlans } from '../src/core';
import type { SheetPlan, Snapshot } from '../src/core';

export function syntheticPlans(n: number): SheetPlan[] {
  const units = Array.from({ length: n }, (_, i) => `Đơn vị ${String(i + 1).padStart(5, '0')}`);
  const plans = planTemplate({ units, year: 2019 });
  let seed = 12345;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  for (const p of plans) {
    if (p.role !== 'unit') continue;
    for (const r of [6, 7]) {
      const target = 1 + rnd(4);
      const result = rnd(6);
      p.values[r][4] = target;
      p.values[r][5] = result;
      const f = p.values[r][6];
      if (f && typeof f === 'object') f.result = result / target;
    }
  }
  return plans;
}

export function syntheticSnapshot(n: number): Snapshot {
  return snapshotFromPlans(syntheticPlans(n));
}
