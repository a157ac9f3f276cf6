/**
 * The pane's state and actions over a WorkbookPort: read → check → (write | create | select). One place
 * decides the progress step and catches every failure, so views only render state and call actions.
 */
import { useCallback, useRef, useState } from 'react';
import { ballotRows, BALLOT_SHEET_NAMES, compareVi, evaluate, findBallotSheet } from '../core';

/** The sheet plans, in their own chunk (see ./plans). */
const loadPlans = () => import(/* webpackChunkName: "pane-plans" */ './plans');
import type { Evaluation, Issue, SheetPlan, Snapshot, WorkbookPort } from '../core';
import { firstError } from './groupIssues';

export type Step = 'reading' | 'checking' | 'writing' | 'creating' | 'selecting';
export type Action = 'check' | 'generate' | 'template' | 'ballots' | 'select' | 'import';

export interface Failure {
  action: Action;
  error: unknown;
}

export type GenerateOutcome =
  | { kind: 'blocked'; evaluation: Evaluation }
  | { kind: 'done'; evaluation: Evaluation; sheets: { role: SheetPlan['role']; name: string }[] };

/** What "create the ballots sheet" did, decided on a fresh read of the workbook. */
export type BallotsOutcome =
  | { kind: 'created'; sheet: string; candidates: string[]; voters: number }
  /** A ballots sheet is there already: it is never overwritten. */
  | { kind: 'exists'; sheet: string }
  /** Errors first: the candidates are the units that qualify on checked results. */
  | { kind: 'blocked'; errors: number; first: Issue | null }
  /** No unit qualifies on its results: nobody to vote on yet. */
  | { kind: 'none' };

export interface TemplateRequest {
  sample: boolean;
  units: string[];
  year: number | null;
}

/** The import chunk (src/taskpane/importFiles.tsx), loaded when the user first imports. */
export type ImportModule = typeof import('./importFiles');

/** Returned files read and planned, waiting for the user's confirmation; or written. */
export type ImportOutcome =
  | { kind: 'review'; mod: ImportModule; read: import('./importFiles').ReadFiles; plan: import('../core').ImportPlan; changed: boolean }
  | { kind: 'done'; mod: ImportModule; written: number }
  /** The write failed part-way (the failure says why): which cells went in, read back (null: unreadable). */
  | { kind: 'failed'; mod: ImportModule; edits: import('../core').CellWrite[]; landed: ReturnType<ImportModule['landed']> | null };

export interface PaneState {
  step: Step | null;
  evaluation: Evaluation | null;
  failure: Failure | null;
  generated: GenerateOutcome | null;
  created: string[] | null;
  ballots: BallotsOutcome | null;
  imported: ImportOutcome | null;
}

// Lets React paint the progress step before a synchronous pipeline stage runs.
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's first check, done before the pane first renders: its evaluation, or why there is none. */
export type FirstCheck = { evaluation: Evaluation } | { error: unknown };

/**
 * Reads and checks the workbook as soon as Office is ready, while React mounts, so that the pane's first
 * render already shows the check (one render instead of reading → checking → checked). Never rejects: a
 * failure is the first check's, shown as the failure of a check.
 */
export async function firstCheck(port: WorkbookPort): Promise<FirstCheck> {
  try {
    const snapshot = await port.readSnapshot();
    globalThis.performance?.mark?.('thidua:read');
    return { evaluation: evaluate(snapshot) };
  } catch (error) {
    return { error };
  }
}

const EMPTY: PaneState = { step: null, evaluation: null, failure: null, generated: null, created: null, ballots: null, imported: null };

/** The pane's state before any action: the first check's outcome when it was done ahead (firstCheck). */
function initialState(first?: FirstCheck): PaneState {
  if (!first) return EMPTY;
  return 'evaluation' in first ? { ...EMPTY, evaluation: first.evaluation } : { ...EMPTY, failure: { action: 'check', error: first.error } };
}

export function usePane(port: WorkbookPort, first?: FirstCheck) {
  const [state, setState] = useState<PaneState>(() => initialState(first));
  const busy = useRef(false);
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  /**
   * Runs one action at a time; any failure ends in `failure`, never in an unhandled rejection. Returns
   * nothing: the actions are fire-and-forget for the views (a button's onClick), their outcome is state.
   */
  const run = useCallback(
    (action: Action, body: () => Promise<void>): void => {
      if (busy.current) return;
      busy.current = true;
      patch({ failure: null });
      body()
        .catch((error: unknown) => patch({ failure: { action, error } }))
        .finally(() => {
          busy.current = false;
          patch({ step: null });
        });
    },
    [patch],
  );

  const readAndCheck = useCallback(async (): Promise<{ snapshot: Snapshot; evaluation: Evaluation }> => {
    patch({ step: 'reading' });
    const snapshot = await port.readSnapshot();
    globalThis.performance?.mark?.('thidua:read');
    patch({ step: 'checking' });
    await paint();
    const evaluation = evaluate(snapshot);
    patch({ evaluation });
    return { snapshot, evaluation };
  }, [port, patch]);

  // A new check answers anew; an older "create ballots" message would describe a workbook that may have changed.
  const check = useCallback(
    () =>
      run('check', async () => {
        // An import's outcome describes the workbook as it was; a review waiting for confirmation stays.
        setState((s) => ({ ...s, ballots: null, imported: s.imported?.kind === 'review' ? s.imported : null }));
        await readAndCheck();
      }),
    [run, readAndCheck],
  );

  const generate = useCallback(
    () =>
      run('generate', async () => {
        patch({ generated: null });
        const { snapshot, evaluation } = await readAndCheck();
        if (evaluation.blocked) {
          patch({ generated: { kind: 'blocked', evaluation } });
          return;
        }
        patch({ step: 'writing' });
        const { planOutputs } = await loadPlans();
        const plans = planOutputs(snapshot, evaluation);
        const names = await port.writePlans(plans);
        patch({ generated: { kind: 'done', evaluation, sheets: plans.map((p, i) => ({ role: p.role, name: names[i] ?? p.name })) } });
      }),
    [port, run, patch, readAndCheck],
  );

  const createTemplate = useCallback(
    (req: TemplateRequest) =>
      run('template', async () => {
        patch({ created: null, step: 'creating' });
        const { planSample, planTemplate } = await loadPlans();
        const plans = req.sample ? planSample() : planTemplate({ units: req.units, year: req.year ?? undefined });
        const names = await port.createTemplate(plans);
        patch({ created: names });
        // The workbook changed under the header and the check: read it again.
        await readAndCheck();
      }),
    [port, run, patch, readAndCheck],
  );

  const createBallots = useCallback(
    () =>
      run('ballots', async () => {
        patch({ ballots: null });
        const { snapshot, evaluation } = await readAndCheck();
        // Any sheet the reader takes for the ballots counts as existing (planBallots matches names more narrowly).
        const existing = findBallotSheet(snapshot);
        const plan = existing ? null : (await loadPlans()).planBallots(snapshot, evaluation);
        if (!plan) {
          patch({ ballots: { kind: 'exists', sheet: existing?.name ?? BALLOT_SHEET_NAMES[0] } });
          return;
        }
        if (evaluation.blocked) {
          const errors = evaluation.issues.filter((i) => i.severity === 'error').length;
          patch({ ballots: { kind: 'blocked', errors, first: firstError(evaluation.issues) } });
          return;
        }
        const candidates = evaluation.units.filter((u) => u.qualifies).map((u) => u.sheet).sort(compareVi);
        if (candidates.length === 0) {
          patch({ ballots: { kind: 'none' } });
          return;
        }
        patch({ step: 'creating' });
        const sheet = await port.createBallots(plan);
        patch({ ballots: { kind: 'created', sheet: sheet ?? plan.name, candidates, voters: ballotRows(evaluation) } });
        // The new sheet is part of the check from now on (an empty vote): read it again.
        await readAndCheck();
      }),
    [port, run, patch, readAndCheck],
  );

  const select = useCallback(
    (sheet: string, cell: string | null) =>
      run('select', async () => {
        patch({ step: 'selecting' });
        await port.select(sheet, cell);
      }),
    [port, run, patch],
  );

  /** Reads the picked files in the pane (the reader loads now, as its own chunk) and lists what would change. */
  const importFiles = useCallback(
    (picked: File[]) =>
      run('import', async () => {
        patch({ imported: null, step: 'reading' });
        const mod = await import(/* webpackChunkName: "pane-import" */ './importFiles');
        const read = await mod.readFiles(picked);
        const { snapshot } = await readAndCheck();
        patch({ imported: { kind: 'review', mod, read, plan: mod.plan(snapshot, read), changed: false } });
      }),
    [run, patch, readAndCheck],
  );

  /**
   * Writes the listed cells in one batch, after reading the workbook again: if what would be written is no
   * longer what the user saw, the new list is shown instead, to be confirmed anew.
   */
  const confirmImport = useCallback(
    (shown: Extract<ImportOutcome, { kind: 'review' }>, overwrite: boolean) =>
      run('import', async () => {
        const { mod, read } = shown;
        const { snapshot } = await readAndCheck();
        const now = mod.plan(snapshot, read);
        if (!mod.samePlan(now, shown.plan)) {
          patch({ imported: { ...shown, plan: now, changed: true } });
          return;
        }
        const edits = mod.edits(now, overwrite);
        patch({ step: 'writing' });
        let written: number;
        try {
          written = await port.writeCells(edits);
        } catch (error) {
          // Excel does not roll a failed batch back: read the workbook again to say which cells went in.
          const got = await readAndCheck().then(
            (r) => mod.landed(r.snapshot, edits),
            () => null,
          );
          patch({ imported: { kind: 'failed', mod, edits, landed: got } });
          throw error;
        }
        patch({ imported: { kind: 'done', mod, written } });
        await readAndCheck();
      }),
    [port, run, patch, readAndCheck],
  );

  const cancelImport = useCallback(() => patch({ imported: null }), [patch]);

  const dismissFailure = useCallback(() => patch({ failure: null }), [patch]);

  return { state, check, generate, createTemplate, createBallots, select, importFiles, confirmImport, cancelImport, dismissFailure };
}
