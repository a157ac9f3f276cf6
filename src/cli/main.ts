/**
 * The `thidua` command (WORKBOOK.md §5): the pipeline on .xlsx files. Exit 0 no errors, 1 the workbook has
 * errors (nothing written), 2 the command could not run. One line per message, never a stack trace.
 */
import { evaluate, planOutputs, planSample, planTemplate, planBallots } from '../core';
import type { Evaluation, SheetPlan } from '../core';
import { LANGS, fill, type Lang } from '../i18n';
import { CLI_MESSAGES, type CliKey } from '../i18n/cli';
import { XlsxReadError, XlsxWriteError } from '../xlsx/errors';
import { readWorkbookFile } from '../xlsx/file';
import { parseArgs, UsageError, type Args } from './args';
import { samePath, writeFileAtomic } from './files';
import { printEvaluation, printTables, toJson } from './report';
import { planImport, importEdits, type ReturnedFile } from '../core';
import { changeLine, importLocation, importMessage } from '../i18n/import';
import { SEVERITY_ORDER } from '../core';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// The writer (exceljs renders the generated sheets) is loaded only by the commands that write a file:
// `check` starts without it.
const writer = () => import('../xlsx/write');
const editor = () => import('../xlsx/edit');

export class CliError extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Record<string, string | number> = {},
    readonly exitCode = 2,
  ) {
    super(key);
  }
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

function msg(lang: Lang, key: CliKey, params?: Record<string, string | number>): string {
  return fill(CLI_MESSAGES[lang][key], params);
}

function requireXlsxOut(path: string | undefined): string {
  if (!path) throw new CliError('missingOutput');
  if (!/\.xlsx$/i.test(path)) throw new CliError('notXlsxOutput', { path });
  return path;
}

async function readInput(path: string) {
  try {
    return await readWorkbookFile(path);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(e.code, { path });
    throw e;
  }
}

async function write(path: string, bytes: Buffer | Uint8Array | Promise<Buffer | Uint8Array>): Promise<void> {
  try {
    await writeFileAtomic(path, await bytes);
  } catch (e) {
    // exceljs failing to serialize the copy (XlsxWriteError) or the file system refusing the file
    const detail = e instanceof XlsxWriteError ? e.code : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    throw new CliError('writeFailed', { path, detail: String(detail).split('\n')[0] });
  }
}

/** Checks `-o` against the input before anything is read or written. */
async function outputFor(args: Args): Promise<string> {
  const out = requireXlsxOut(args.output);
  if (args.input && (await samePath(args.input, out))) throw new CliError('sameAsInput');
  return out;
}

async function cmdCheckOrRun(args: Args, io: Io, lang: Lang, run: boolean): Promise<number> {
  if (!args.input) throw new CliError('missingInput');
  const out = run ? await outputFor(args) : null;
  const { snapshot, pkg } = await readInput(args.input);
  const ev = evaluate(snapshot);
  let plans: SheetPlan[] | null = null;
  if (run && !ev.blocked) {
    plans = planOutputs(snapshot, ev);
    await write(out!, (await writer()).writeWithPlans(pkg, plans));
  }
  const outputs = plans ? { ranking: plans[0].name, nominations: plans[1].name } : undefined;
  if (args.json) io.out(JSON.stringify(toJson(ev, lang, outputs)));
  else {
    printEvaluation(ev, lang, io.out);
    if (run && !ev.blocked) printTables(ev, lang, io.out);
    if (ev.blocked) io.out(msg(lang, 'blocked'));
    else if (outputs) io.out(msg(lang, 'wroteSheets', { path: out!, ...outputs }));
  }
  return ev.blocked ? 1 : 0;
}

async function cmdBallots(args: Args, io: Io, lang: Lang): Promise<number> {
  if (!args.input) throw new CliError('missingInput');
  const out = await outputFor(args);
  const { snapshot, pkg } = await readInput(args.input);
  const ev: Evaluation = evaluate(snapshot);
  const plan = planBallots(snapshot, ev, { named: args.named });
  if (!plan) throw new CliError('ballotsExists');
  // A unit with errors is not ranked, so it would be silently missing from the candidates: fix first.
  if (ev.blocked) {
    printEvaluation(ev, lang, io.out);
    io.out(msg(lang, 'blocked'));
    return 1;
  }
  if (!ev.units.some((u) => u.qualifies)) throw new CliError('noCandidates');
  await write(out, (await writer()).writeWithPlans(pkg, [plan]));
  io.out(msg(lang, 'wrote', { path: out }));
  return 0;
}

async function cmdSample(args: Args, io: Io, lang: Lang): Promise<number> {
  const out = requireXlsxOut(args.output);
  await write(out, (await writer()).writeNewWorkbook(planSample({ withBallots: args.withBallots })));
  io.out(msg(lang, 'wrote', { path: out }));
  return 0;
}

async function cmdTemplate(args: Args, io: Io, lang: Lang): Promise<number> {
  const out = requireXlsxOut(args.output);
  // A template made now is for this year's round (and this year's roster) unless told otherwise.
  const year = args.year ?? new Date().getFullYear();
  await write(out, (await writer()).writeNewWorkbook(planTemplate({ units: args.units, year })));
  io.out(msg(lang, 'wrote', { path: out }));
  return 0;
}

/**
 * `import CLUSTER.xlsx FILE… -o OUT.xlsx [--overwrite]` (§6): the returned files' targets and results
 * copied into a copy of the cluster workbook, which differs from the input only in those cells. The
 * change list first; conflicts kept unless --overwrite; any error (naming file, sheet and cell) writes nothing.
 */
async function cmdImport(args: Args, io: Io, lang: Lang): Promise<number> {
  if (!args.input) throw new CliError('missingInput');
  const out = await outputFor(args);
  for (const f of args.files) if (await samePath(f, out)) throw new CliError('sameAsInput');
  const { snapshot, pkg } = await readInput(args.input);
  const files: ReturnedFile[] = [];
  for (const f of args.files) files.push({ name: f, snapshot: (await readInput(f)).snapshot });
  const plan = planImport(snapshot, files);
  const edits = importEdits(plan, args.overwrite);
  const m = CLI_MESSAGES[lang];
  const issues = [...plan.issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const conflicts = plan.changes.filter((c) => c.conflict).length;
  if (args.json) {
    io.out(
      JSON.stringify({
        ok: !plan.blocked,
        issues: issues.map((i) => ({ severity: i.severity, code: i.code, file: i.file, sheet: i.sheet, cell: i.cell, message: importMessage(i, lang) })),
        changes: plan.changes.map((c) => ({ sheet: c.sheet, cell: c.cell, before: c.before, after: c.after, conflict: c.conflict, written: !plan.blocked && (!c.conflict || args.overwrite), file: c.file, fileSheet: c.fileSheet, fileCell: c.fileCell })),
        unchanged: plan.unchanged,
        ...(plan.blocked || edits.length === 0 ? {} : { output: out }),
      }),
    );
  } else {
    for (const i of issues) {
      const where = importLocation(i);
      io.out(`[${m[`severity_${i.severity}`]}] ${where ? `${where}: ` : ''}${importMessage(i, lang)}`);
    }
    for (const c of plan.changes) {
      const tag = c.conflict ? ` ${args.overwrite ? m.importOverwritten : m.importKept}` : '';
      io.out(`${changeLine(c, lang)}${tag}  ← ${c.file} › ${c.fileSheet}!${c.fileCell}`);
    }
    io.out(fill(m.importSummary, { changes: plan.changes.length - conflicts, conflicts, unchanged: plan.unchanged }));
  }
  if (plan.blocked) {
    if (!args.json) io.out(m.importBlocked);
    return 1;
  }
  if (edits.length === 0) {
    if (!args.json) io.out(m.importNothing);
    return 0;
  }
  const { applyCellEdits } = await editor();
  await write(out, applyCellEdits(pkg, edits));
  if (!args.json) io.out(fill(m.importWrote, { path: out, n: edits.length }));
  return 0;
}

/** `npm run demo`: the sample written, run, and printed as tables. */
async function cmdDemo(args: Args, io: Io, lang: Lang): Promise<number> {
  const dir = resolve(args.outDir ?? 'out');
  await mkdir(dir, { recursive: true });
  const samplePath = join(dir, 'mau-cum-thi-dua-so-1-2019.xlsx');
  const resultPath = join(dir, 'mau-cum-thi-dua-so-1-2019-ket-qua.xlsx');
  await write(samplePath, (await writer()).writeNewWorkbook(planSample()));
  const { snapshot, pkg } = await readInput(samplePath);
  const ev = evaluate(snapshot);
  io.out(msg(lang, 'demoSample', { path: samplePath }));
  printEvaluation(ev, lang, io.out);
  if (ev.blocked) {
    io.out(msg(lang, 'blocked'));
    return 1;
  }
  const plans = planOutputs(snapshot, ev);
  await write(resultPath, (await writer()).writeWithPlans(pkg, plans));
  printTables(ev, lang, io.out);
  io.out(msg(lang, 'demoResult', { path: resultPath }));
  return 0;
}

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let lang: Lang = 'vi';
  let json = false;
  try {
    const langAt = argv.indexOf('--lang');
    if (langAt >= 0 && LANGS.includes(argv[langAt + 1] as Lang)) lang = argv[langAt + 1] as Lang;
    json = argv.includes('--json');
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.help || !args.command) {
      io.out(msg(lang, 'usage'));
      return args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'check':
        return await cmdCheckOrRun(args, io, lang, false);
      case 'run':
        return await cmdCheckOrRun(args, io, lang, true);
      case 'ballots':
        return await cmdBallots(args, io, lang);
      case 'sample':
        return await cmdSample(args, io, lang);
      case 'template':
        return await cmdTemplate(args, io, lang);
      case 'import':
        return await cmdImport(args, io, lang);
      case 'demo':
        return await cmdDemo(args, io, lang);
    }
  } catch (e) {
    let line: string;
    let code = 2;
    if (e instanceof UsageError) line = msg(lang, e.key as CliKey, e.params);
    else if (e instanceof CliError) {
      line = msg(lang, e.key, e.params);
      code = e.exitCode;
    } else line = msg(lang, 'internal', { detail: String((e as Error)?.message ?? e).split('\n')[0] });
    if (json) io.out(JSON.stringify({ ok: false, error: line }));
    io.err(`thidua: ${line}`);
    return code;
  }
  return 2;
}
