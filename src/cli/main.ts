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
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

// The writer (exceljs renders the generated sheets) is loaded only by the commands that write a file:
// `check` starts without it. A require, not import(): bin/thidua.cjs falls back to tsx's CommonJS hook when
// the build is stale, and that hook does not see a dynamic import() (the module would not be found).
type Writer = typeof import('../xlsx/write');
type Editor = typeof import('../xlsx/edit');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const writer = async (): Promise<Writer> => require('../xlsx/write') as Writer;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const editor = async (): Promise<Editor> => require('../xlsx/edit') as Editor;

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

/**
 * Standard output and error. A closed pipe (`thidua … | head -1`) is no failure: what is left to print is
 * dropped, the command finishes its work (a file being written is written whole) and exits with its code.
 */
function processIo(): Io {
  const closed = { out: false, err: false };
  const watch = (stream: NodeJS.WriteStream, key: 'out' | 'err') => {
    if ((stream as NodeJS.WriteStream & { thiduaWatched?: boolean }).thiduaWatched) return;
    (stream as NodeJS.WriteStream & { thiduaWatched?: boolean }).thiduaWatched = true;
    // EPIPE (the reader went away) or any other failure of the stream: nothing more can be printed to it
    stream.on('error', () => {
      closed[key] = true;
    });
  };
  watch(process.stdout, 'out');
  watch(process.stderr, 'err');
  const write = (stream: NodeJS.WriteStream, key: 'out' | 'err', l: string) => {
    if (closed[key] || stream.destroyed) return;
    try {
      stream.write(`${l}\n`);
    } catch {
      closed[key] = true;
    }
  };
  return { out: (l) => write(process.stdout, 'out', l), err: (l) => write(process.stderr, 'err', l) };
}

function msg(lang: Lang, key: CliKey, params?: Record<string, string | number>): string {
  return fill(CLI_MESSAGES[lang][key], params);
}

/** `-o` given, an .xlsx name, not a folder, in a folder that exists: checked before any work. */
async function requireXlsxOut(path: string | undefined): Promise<string> {
  if (!path) throw new CliError('missingOutput');
  if (!/\.xlsx$/i.test(path)) throw new CliError('notXlsxOutput', { path });
  const folder = dirname(resolve(path));
  const st = await stat(path).catch(() => null);
  if (st?.isDirectory()) throw new CliError('outputIsFolder', { path });
  const dir = await stat(folder).catch(() => null);
  if (!dir || !dir.isDirectory()) throw new CliError('outputNoFolder', { path, folder });
  return path;
}

/** A file-system error of writing `path`, in words (exported for its tests). */
export function writeError(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const folder = dirname(resolve(path));
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CliError('outputNoFolder', { path, folder });
    case 'EISDIR':
      return new CliError('outputIsFolder', { path });
    case 'EACCES':
    case 'EPERM':
      return new CliError('outputNoPermission', { path, folder });
    case 'EROFS':
      return new CliError('outputReadOnly', { path });
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliError('outputNoSpace', { path });
    default:
      return new CliError('outputFailed', { path, detail: code || String((e as Error)?.message ?? e).split('\n')[0] });
  }
}

async function readInput(path: string) {
  try {
    return await readWorkbookFile(path);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(e.code, { path });
    throw e;
  }
}

async function write(path: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<void> {
  let data: Uint8Array;
  try {
    data = await bytes;
  } catch (e) {
    // the copy could not be made (a bug in the plans, or the scratch rendering failed): nothing is written
    if (e instanceof XlsxWriteError) throw new CliError('copyFailed', { path, detail: e.sheet !== null ? `${e.code}, "${e.sheet}"` : e.code });
    throw e;
  }
  try {
    await writeFileAtomic(path, data);
  } catch (e) {
    throw writeError(path, e);
  }
}

/** Checks `-o` against the input before anything is read or written. */
async function outputFor(args: Args): Promise<string> {
  const out = await requireXlsxOut(args.output);
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
    // `check` never writes: it says the workbook cannot be ranked yet; `run` says nothing was written.
    if (ev.blocked) io.out(msg(lang, run ? 'blocked' : 'checkBlocked'));
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
  const out = await requireXlsxOut(args.output);
  await write(out, (await writer()).writeNewWorkbook(planSample({ withBallots: args.withBallots })));
  io.out(msg(lang, 'wrote', { path: out }));
  return 0;
}

async function cmdTemplate(args: Args, io: Io, lang: Lang): Promise<number> {
  const out = await requireXlsxOut(args.output);
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
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? msg(lang, 'reasonNotFolder') : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? msg(lang, 'reasonNoPermission') : msg(lang, 'reasonOther', { detail: code });
    throw new CliError('folderFailed', { folder: dir, reason });
  }
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
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
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
