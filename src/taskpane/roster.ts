/** The template's roster as typed in the pane: one unit per line, checked before anything is written. */
import { unitKey } from '../core';

export type RosterProblem = { kind: 'empty' } | { kind: 'duplicate'; name: string } | { kind: 'invalid'; name: string };

/** Excel refuses these characters in a sheet name, and names longer than 31 characters. */
const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

export function parseRoster(text: string): { units: string[]; problem: RosterProblem | null } {
  const units = text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((l) => l !== '');
  if (units.length === 0) return { units, problem: { kind: 'empty' } };
  const seen = new Set<string>();
  for (const u of units) {
    if (u.length > 31 || BAD_SHEET_CHARS.test(u) || u.startsWith("'") || u.endsWith("'")) return { units, problem: { kind: 'invalid', name: u } };
    const k = unitKey(u);
    if (seen.has(k)) return { units, problem: { kind: 'duplicate', name: u } };
    seen.add(k);
  }
  return { units, problem: null };
}
