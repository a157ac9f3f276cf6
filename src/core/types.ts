/**
 * Shared types of the pure pipeline (WORKBOOK.md). Nothing here knows about Excel, exceljs, the file
 * system or React: the three doors (src/excel, src/xlsx + src/cli, src/functions) and the task pane
 * all speak in these shapes.
 */

import type { IssueCode } from './issues';

// ───────────────────────────── Snapshot (input) ─────────────────────────────

/**
 * One cell as the pipeline sees it.
 * - numbers, strings and booleans as they are;
 * - a date as its Excel serial number (days since 1899-12-30) with type `date`;
 * - an error value as its text (`#REF!`) with type `error`;
 * - a formula as its cached result (the formula text itself is never needed by the pipeline);
 * - a formula the file holds without a computed value (written by a program that does not calculate):
 *   value null, type `uncomputed` (WORKBOOK.md §1.3: an error saying so, not "missing").
 */
export type CellValue = string | number | boolean | null;
export type CellType = 'empty' | 'string' | 'number' | 'boolean' | 'date' | 'error' | 'uncomputed';

export interface SheetSnapshot {
  /** The sheet's name exactly as it stands in the file. */
  name: string;
  /** Row-major grid from A1. Rows may have different lengths; missing cells are empty. */
  values: CellValue[][];
  /** Same shape as values when known. Without it, types are inferred (see snapshot.ts `cellType`). */
  types?: CellType[][];
}

/** Which existing sheets the tool itself generated before (its marks in the file). */
export interface ToolMarks {
  ranking?: string;
  nominations?: string;
}

export interface Snapshot {
  sheets: SheetSnapshot[];
  marks?: ToolMarks;
}

// ───────────────────────────── Issues ─────────────────────────────

export type Severity = 'error' | 'warning' | 'info';
export type IssueParams = Record<string, string | number>;

/**
 * A finding of the pipeline. `code` is one of a code table's keys (core's issue table, src/core/issues.ts,
 * by default; the import's table for ImportIssue): a misspelt code does not compile.
 */
export interface Issue<Code extends string = IssueCode> {
  code: Code;
  severity: Severity;
  /** Sheet name as it stands in the file, or null. */
  sheet: string | null;
  /** A1 address (`F8`), or null. */
  cell: string | null;
  params: IssueParams;
}

// ───────────────────────────── Settings ─────────────────────────────

type NominationRule = 'exceeded' | 'met';
type NominationOrder = 'name' | 'rank';
/** Whose layout the signed documents follow (WORKBOOK.md §1.1 v2): Hướng dẫn 36-HD/VPTW or Nghị định 30/2020/NĐ-CP. */
export type BodyType = 'party' | 'state';

export interface Criterion {
  code: string;
  label: string;
  unitWord: string;
  weight: number;
}

export interface RosterEntry {
  no: number | null;
  sheet: string;
  name: string;
  /** Row of the roster entry in the settings sheet (A1 row number), for issues. */
  row: number | null;
  /** The entry's sheet-name cell (A1), for issues. */
  cell?: string;
}

export interface Settings {
  clusterName: string;
  year: number | null;
  /** Excel serial date, or null. */
  cutoffDate: number | null;
  award: string;
  maxNominees: number | null;
  nominationRule: NominationRule;
  nominationOrder: NominationOrder;
  /** 0..1 */
  minVoteShare: number;
  achievementLead: string;
  /** Party or State layout; by default from the issuing and parent bodies' names. */
  bodyType: BodyType;
  /** First line of the top-left header, above the issuing body, or null. */
  parentBody: string | null;
  issuedBy: string;
  /** The document's number and symbol without the leading `Số` (`15-DS/BNCTU`), or null (written by hand). */
  docNumber: string | null;
  /** By default the body type's motto. */
  motto: string;
  place: string | null;
  /** Excel serial date, or null (= the day it is generated). */
  listDate: number | null;
  signedBy: string | null;
  /** The recipients block, one line each; by default `- Như trên` and `- Lưu …` punctuated per body type. */
  recipients: string;
}

export type SettingKey = keyof Settings;
export type SettingSource = 'sheet' | 'default';

// ───────────────────────────── Evaluation ─────────────────────────────

export type Status = 'exceeded' | 'met' | 'not_met';

export interface CriterionResult {
  code: string;
  target: number;
  result: number;
  /** result ÷ target */
  attainment: number;
}

interface Votes {
  for: number;
  /** valid ballots */
  ballots: number;
  share: number;
}

export interface UnitResult {
  /** The sheet's name as it stands in the file. */
  sheet: string;
  /** Full unit name (roster's `Tên đơn vị`, else the sheet name). */
  name: string;
  rank: number;
  status: Status;
  score: number;
  criteria: CriterionResult[];
  resultSum: number;
  votes?: Votes;
  /** Qualifies on results (status per the nomination rule). */
  qualifies: boolean;
  /** Qualifies and passes the vote where there is one. */
  eligible: boolean;
}

export interface Nomination {
  sheet: string;
  name: string;
  rank: number;
  achievement: string;
  award: string;
  votes?: Votes;
}

export interface Total {
  code: string;
  unitWord: string;
  target: number;
  result: number;
}

export interface StatusCounts {
  exceeded: number;
  met: number;
  not_met: number;
}

export interface BallotCandidate {
  sheet: string;
  name: string;
  column: string;
  votes: number;
  share: number;
  passes: boolean;
  qualifies: boolean;
}

/** How the vote is recorded (§1.4 v2): named ballots, anonymous ballots, or the counting minutes' tally. */
export type BallotForm = 'named' | 'anonymous' | 'tally';

export interface BallotTally {
  sheet: string;
  form: BallotForm;
  /** False while nothing is entered (no mark, no count): nominations are withheld. */
  entered: boolean;
  /** Tally form: ballots issued and returned, when given. */
  issued: number | null;
  returned: number | null;
  validBallots: number;
  totalBallots: number;
  candidates: BallotCandidate[];
  /** Ballots not counted (over quota or duplicate voter), with their row. */
  rejected: { row: number; voter: string; reason: 'over_quota' | 'duplicate_voter' | 'invalid_mark' }[];
}

/** WORKBOOK.md §1.3 units still to come, §5 `progress`: sheet names as they stand in the file. */
export interface Progress {
  /** Units expected (the roster's size, or the unit sheets found without a roster). */
  total: number;
  /** Units whose every target is filled. */
  registered: number;
  /** Units whose every target and result is filled. */
  reported: number;
  /** Unit sheets with every target and result blank. */
  toRegister: string[];
  /** Unit sheets with every target filled and every result blank. */
  toReport: string[];
  /** Unit sheets filled in part (one error per blank cell). */
  partial: string[];
  /** Roster units without a sheet. */
  missing: string[];
}

export interface Evaluation {
  settings: Settings;
  settingSources: Record<SettingKey, SettingSource>;
  settingsSheet: string | null;
  criteria: Criterion[];
  /** Units expected (roster size), or found when there is no roster. */
  expectedUnits: number;
  /** Unit sheets found in the workbook. */
  foundUnits: number;
  progress: Progress;
  issues: Issue[];
  /** In ranking order; only units whose data parsed without error are ranked. */
  units: UnitResult[];
  totals: Total[];
  statusCounts: StatusCounts;
  nominations: Nomination[];
  /** Units that qualify on results but fail the vote (named in a note). */
  failedVote: string[];
  ballots: BallotTally | null;
  /** True when there is at least one error: generation is blocked. */
  blocked: boolean;
}

// ───────────────────────────── Sheet plans (output) ─────────────────────────────

/**
 * A formula written with its cached result, as users type it, e.g. `THIDUA.ATTAINMENT(F7,E7)`, without a
 * leading `=`. Each door writes it in its own form (the .xlsx door stores Excel's file form).
 */
export interface PlanFormula {
  formula: string;
  result?: number | string | null;
}

/**
 * A planned cell value. Strings are always literal text, whatever they start with: writers must make sure
 * that `=x`, `+x`, `-x`, `@x` stay text. Formulas only ever come from the tool itself as PlanFormula.
 */
export type PlanValue = string | number | boolean | null | PlanFormula;

type HAlign = 'left' | 'center' | 'right';
type VAlign = 'top' | 'middle' | 'bottom';

export interface PlanStyle {
  /** A1 range, e.g. `A5:H5` or `C7`. */
  range: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string; // #RRGGBB
  fill?: string; // #RRGGBB
  horizontal?: HAlign;
  vertical?: VAlign;
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: 'thin';
}

export interface PlanValidation {
  range: string;
  type: 'wholeNumber' | 'list';
  /** for wholeNumber */
  min?: number;
  /** for list */
  list?: string[];
  /** message shown when the value is refused (Vietnamese) */
  error?: string;
  prompt?: string;
}

export interface PlanPrint {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** rows repeated at the top of every printed page, e.g. `5:5` */
  titleRows?: string;
  /** margins in inches (header: from the top edge to the page header) */
  margins?: { left: number; right: number; top: number; bottom: number; header?: number; footer?: number };
  centerHorizontally?: boolean;
  /** the printed part of the sheet (A1 range); everything else stays on screen only */
  area?: string;
  /**
   * The page header's centre, in Excel's header codes (`&P` = page number), on every page but the first
   * when `firstPageBlank` (a document's page numbers start on page 2).
   */
  header?: { center: string; firstPageBlank: boolean };
}

export type PlanRole = 'ranking' | 'nominations' | 'settings' | 'unit' | 'ballots';

export interface SheetPlan {
  role: PlanRole;
  /** The name to write the sheet under (already made free where needed). */
  name: string;
  /** When set, the existing sheet of that name is the tool's own and is replaced. */
  replaces?: string;
  /** Row-major from A1. */
  values: PlanValue[][];
  styles: PlanStyle[];
  merges: string[];
  /** Column widths in characters (Excel's column width unit), from column A. */
  columnWidths: number[];
  /** Row heights in points: row number (1-based) → height. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  dataBars?: { range: string; color: string }[];
  validations?: PlanValidation[];
  print?: PlanPrint;
  tabColor?: string;
}

/** A number into an existing cell: what an import of returned files writes (WORKBOOK.md §6). */
export interface CellWrite {
  sheet: string;
  /** A1, e.g. `F8` */
  cell: string;
  value: number;
}

/** What the pane and the doors need from a workbook (implemented over Office.js and in memory). */
export interface WorkbookPort {
  readSnapshot(): Promise<Snapshot>;
  /** Writes the generated sheets (replacing only the tool's own), marks them, returns the names written. */
  writePlans(plans: SheetPlan[]): Promise<string[]>;
  /** Creates the template's sheets (settings, units); refuses (throws a localized error) if any name exists. */
  createTemplate(plans: SheetPlan[]): Promise<string[]>;
  /** Creates the ballots sheet, its own action; refuses (throws a localized error) if the name exists. */
  createBallots(plan: SheetPlan): Promise<string>;
  /** Activates a sheet and selects a cell (A1 when cell is null). */
  select(sheet: string, cell: string | null): Promise<void>;
  /**
   * Writes numbers into cells of existing sheets, all in one batch: an import's target and result cells of
   * unit sheets, the one exception to "unit sheets are read, never changed" (WORKBOOK.md §6). Refuses
   * (a localized error, nothing written) when a sheet is missing. Returns the number of cells written.
   */
  writeCells(edits: CellWrite[]): Promise<number>;
}
