/**
 * A roster as a user types it (the pane's template box, one unit a line; the command line's `--units`,
 * separated by commas or semicolons): each unit becomes a sheet, so each must be a name Excel accepts
 * (core's sheetNameProblem, `History` included), and no two may denote the same unit. Checked before
 * anything is written.
 */
import { sheetNameProblem } from './plan/names';
import { unitKey } from './text';
import { WB } from './words';
import { SAMPLE_UNITS, SUCCESSOR_UNITS, SUCCESSORS_FROM_YEAR } from './plan/sampleData';

export type RosterProblem = { kind: 'empty' } | { kind: 'duplicate'; name: string } | { kind: 'invalid'; name: string };

/** The units in order (NFC, white space folded) and the first problem, or null. */
export function parseRoster(text: string, separator: RegExp = /\r?\n/): { units: string[]; problem: RosterProblem | null } {
  const units = text
    .split(separator)
    .map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  if (units.length === 0) return { units, problem: { kind: 'empty' } };
  const seen = new Set<string>();
  for (const name of units) {
    if (sheetNameProblem(name) !== null) return { units, problem: { kind: 'invalid', name } };
    const k = unitKey(name);
    if (seen.has(k)) return { units, problem: { kind: 'duplicate', name } };
    seen.add(k);
  }
  return { units, problem: null };
}

export interface TemplateUnit {
  sheet: string;
  name?: string;
}

/**
 * The units a template lists by default: for a year up to 2024 the 14 units of 2019, from 2025 on the 10
 * successor provinces; with no year, today's (the successors).
 */
export function rosterForYear(year: number | null): Required<TemplateUnit>[] {
  const units = year !== null && year < SUCCESSORS_FROM_YEAR ? SAMPLE_UNITS : SUCCESSOR_UNITS;
  return units.map((s) => ({ sheet: s, name: WB.unitNamePrefix + s }));
}
