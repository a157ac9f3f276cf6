/** Which sheets are unit sheets (WORKBOOK.md §1, §2): by the roster, or by their criteria table. */
import type { Issue, RosterEntry, SheetSnapshot, Snapshot } from './types';
import { makeIssue } from './issues';
import { labelKey, unitKey, stripDiacritics, cleanText } from './text';
import { findHeader } from './unitSheet';
import { BALLOT_SHEET_NAMES } from './ballots';
import { OUTPUT_NAMES } from './plan/names';

interface UnitSheetRef {
  sheet: SheetSnapshot;
  entry: RosterEntry | null;
  /** Full unit name: roster's, else the sheet name. */
  name: string;
}

export interface Discovery {
  units: UnitSheetRef[];
  expected: number;
  issues: Issue[];
  /** Roster units (sheet names as the roster writes them) without a sheet. */
  missing: string[];
}

/** Sheets that are never unit sheets: settings, ballots, the tool's own outputs. */
function reserved(snapshot: Snapshot, settingsSheet: SheetSnapshot | null): Set<string> {
  const out = new Set<string>();
  if (settingsSheet) out.add(settingsSheet.name);
  const ballots = new Set(BALLOT_SHEET_NAMES.map(labelKey));
  for (const s of snapshot.sheets) if (ballots.has(labelKey(s.name))) out.add(s.name);
  if (snapshot.marks?.ranking) out.add(snapshot.marks.ranking);
  if (snapshot.marks?.nominations) out.add(snapshot.marks.nominations);
  return out;
}

/** `Xếp hạng`, `Xếp hạng (2)` …: names the outputs take, skipped when there is no roster. */
function looksLikeOutput(name: string): boolean {
  const k = labelKey(name.replace(/\s*\(\d+\)\s*$/, ''));
  return Object.values(OUTPUT_NAMES).some((n) => labelKey(n) === k);
}

export function discoverUnits(snapshot: Snapshot, roster: RosterEntry[] | null, settingsSheet: SheetSnapshot | null): Discovery {
  const issues: Issue[] = [];
  const skip = reserved(snapshot, settingsSheet);
  const candidates = snapshot.sheets.filter((s) => !skip.has(s.name));

  if (!roster) {
    const units = candidates
      .filter((s) => !looksLikeOutput(s.name) && findHeader(s) !== null)
      .map((s) => ({ sheet: s, entry: null, name: cleanText(s.name) }));
    if (units.length === 0) issues.push(makeIssue('NO_UNITS', null, null, {}));
    return { units, expected: units.length, issues, missing: [] };
  }

  const settingsName = settingsSheet?.name ?? null;
  // Indexes by key, so that matching n roster entries against n sheets stays linear.
  const byKey = new Map<string, SheetSnapshot[]>();
  const byLoose = new Map<string, SheetSnapshot[]>();
  const push = (m: Map<string, SheetSnapshot[]>, k: string, s: SheetSnapshot) => {
    const list = m.get(k);
    if (list) list.push(s);
    else m.set(k, [s]);
  };
  for (const s of candidates) {
    push(byKey, unitKey(s.name), s);
    push(byLoose, stripDiacritics(unitKey(s.name)), s);
  }
  const units: UnitSheetRef[] = [];
  const missing: string[] = [];
  const taken = new Map<string, RosterEntry>();
  const seenEntries = new Map<string, RosterEntry>();
  for (const entry of roster) {
    const cell = entry.cell ?? null;
    const ek = unitKey(entry.sheet);
    const dup = seenEntries.get(ek);
    if (dup) {
      issues.push(makeIssue('ROSTER_DUPLICATE', settingsName, cell, { sheet: entry.sheet, first: dup.row ?? '' }));
      continue;
    }
    seenEntries.set(ek, entry);
    const exact = byKey.get(ek) ?? [];
    if (exact.length > 1) {
      issues.push(makeIssue('UNIT_SHEET_AMBIGUOUS', settingsName, cell, { sheet: entry.sheet, sheets: exact.map((s) => s.name).join(', ') }));
      continue;
    }
    let sheet = exact[0] ?? null;
    if (!sheet) {
      // No exact match: the unique sheet equal without diacritics, or named with the unit's full name.
      const found = [...new Set([...(byLoose.get(stripDiacritics(ek)) ?? []), ...(byKey.get(unitKey(entry.name)) ?? [])])];
      if (found.length === 1) {
        sheet = found[0];
        issues.push(makeIssue('UNIT_SHEET_LOOSE_MATCH', sheet.name, null, { sheet: sheet.name, expected: entry.sheet }));
      } else if (found.length > 1) {
        issues.push(makeIssue('UNIT_SHEET_AMBIGUOUS', settingsName, cell, { sheet: entry.sheet, sheets: found.map((s) => s.name).join(', ') }));
        continue;
      }
    }
    if (!sheet) {
      issues.push(makeIssue('UNIT_SHEET_MISSING', settingsName, cell, { sheet: entry.sheet }));
      missing.push(entry.sheet);
      continue;
    }
    if (taken.has(sheet.name)) {
      issues.push(makeIssue('ROSTER_DUPLICATE', settingsName, cell, { sheet: entry.sheet, first: taken.get(sheet.name)!.row ?? '' }));
      continue;
    }
    taken.set(sheet.name, entry);
    units.push({ sheet, entry, name: entry.name });
  }
  for (const s of candidates) {
    if (!taken.has(s.name) && !looksLikeOutput(s.name) && findHeader(s) !== null) {
      issues.push(makeIssue('SHEET_NOT_IN_ROSTER', s.name, null, { sheet: s.name }));
    }
  }
  if (roster.length === 0) issues.push(makeIssue('NO_UNITS', settingsName, null, {}));
  return { units, expected: roster.length, issues, missing };
}
