/**
 * An in-memory workbook: sheets as value grids, workbook-level defined names (the tool's marks), the
 * active sheet and the selection. It stands in for Excel wherever the pane runs without it (component
 * tests, demos); pure TypeScript, no DOM.
 */
import type { CellType, CellValue, SheetPlan, Snapshot, ToolMarks } from '../core';
import { snapshotFromPlans } from '../core';
import { sameSheetName, sheetNameProblem, TOOL_MARK_NAMES } from '../core';

export interface MemorySheet {
  name: string;
  values: CellValue[][];
  types?: CellType[][];
  /** The plan this sheet was written from, when the tool wrote it (formats, merges, print setup). */
  plan?: SheetPlan;
}

export interface Selection {
  sheet: string;
  cell: string;
}

const clone2 = <T>(g: T[][] | undefined): T[][] | undefined => g?.map((row) => row.slice());

export class MemoryWorkbook {
  sheets: MemorySheet[] = [];
  /** Defined name → the sheet its `'<sheet>'!$A$1` refers to. */
  names: Record<string, string> = {};
  active: string | null = null;
  /** Every selection made, oldest first; the last one is the current selection. */
  selections: Selection[] = [];

  constructor(snapshot?: Snapshot) {
    if (!snapshot) return;
    for (const s of snapshot.sheets) this.sheets.push({ name: s.name, values: clone2(s.values) ?? [], types: clone2(s.types) });
    const marks: ToolMarks = snapshot.marks ?? {};
    for (const role of Object.keys(TOOL_MARK_NAMES) as (keyof typeof TOOL_MARK_NAMES)[]) {
      const sheet = marks[role];
      if (sheet) this.names[TOOL_MARK_NAMES[role]] = sheet;
    }
    this.active = this.sheets[0]?.name ?? null;
  }

  /** A workbook holding the sheets that plans describe (e.g. `planSample()`), as if written by the tool. */
  static fromPlans(plans: SheetPlan[]): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const p of plans) wb.insert(sheetFromPlan(p, p.name));
    wb.active = wb.sheets[0]?.name ?? null;
    return wb;
  }

  get selection(): Selection | null {
    return this.selections[this.selections.length - 1] ?? null;
  }

  /** Sheet names compare as Excel compares them: without regard to case (and Unicode form). */
  find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  indexOf(name: string): number {
    return this.sheets.findIndex((s) => sameSheetName(s.name, name));
  }

  /** Adds a sheet; refuses, as Excel does, a name taken or one Excel would not accept (core's rule). */
  insert(sheet: MemorySheet, index = -1): void {
    if (this.find(sheet.name)) throw new Error(`duplicate sheet ${sheet.name}`);
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new Error(`invalid sheet name ${sheet.name} (${problem})`);
    if (index < 0 || index > this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
  }

  /** Removes a sheet and the names that referred to it (as Excel turns them into #REF!). */
  remove(name: string): void {
    const i = this.indexOf(name);
    if (i < 0) return;
    const gone = this.sheets[i].name;
    this.sheets.splice(i, 1);
    for (const [k, v] of Object.entries(this.names)) if (v === gone) delete this.names[k];
    if (this.active === gone) this.active = this.sheets[0]?.name ?? null;
  }

  /** The tool's marks that still point at an existing sheet. */
  marks(): ToolMarks {
    const marks: ToolMarks = {};
    for (const role of Object.keys(TOOL_MARK_NAMES) as (keyof typeof TOOL_MARK_NAMES)[]) {
      const target = this.names[TOOL_MARK_NAMES[role]];
      const sheet = target ? this.find(target) : undefined;
      if (sheet) marks[role] = sheet.name;
    }
    return marks;
  }

  /** What a reader of this workbook sees: copies, so later writes never change a snapshot already taken. */
  snapshot(): Snapshot {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, values: clone2(s.values) ?? [], types: clone2(s.types) })),
      marks: this.marks(),
    };
  }

  /** The text of a cell as a flat string (for tests and for display), '' when empty. */
  text(sheet: string, row0: number, col0: number): string {
    const v = this.find(sheet)?.values[row0]?.[col0];
    return v === null || v === undefined ? '' : String(v);
  }
}

/** A sheet as written from a plan: formulas keep their cached result, plain strings stay literal text. */
export function sheetFromPlan(plan: SheetPlan, name: string): MemorySheet {
  const read = snapshotFromPlans([plan]).sheets[0];
  return { name, values: read.values, types: read.types, plan };
}
