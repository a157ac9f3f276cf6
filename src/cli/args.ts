/** Argument parsing for `thidua` (WORKBOOK.md §5). Usage errors carry a message key, never prose. */
import { LANGS, type Lang } from '../i18n';
import { parseRoster } from '../core';

type Command = 'sample' | 'template' | 'check' | 'run' | 'ballots' | 'import' | 'demo';
const COMMANDS: Command[] = ['sample', 'template', 'check', 'run', 'ballots', 'import', 'demo'];

export interface Args {
  command: Command | null;
  input?: string;
  output?: string;
  outDir?: string;
  json: boolean;
  lang: Lang;
  units?: string[];
  year?: number;
  withBallots: boolean;
  /** `ballots --named`: a voter column instead of anonymous ballots. */
  named: boolean;
  /** `import`: the returned files, and whether conflicting cells are overwritten. */
  files: string[];
  overwrite: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** Which commands take which options. */
const ALLOWED: Record<Command, string[]> = {
  sample: ['-o', '--with-ballots'],
  template: ['-o', '--units', '--year'],
  check: ['--json'],
  run: ['-o', '--json'],
  ballots: ['-o', '--named'],
  import: ['-o', '--overwrite', '--json'],
  demo: ['--out'],
};
const COMMON = ['--lang', '--help', '-h'];
const TAKES_VALUE = new Set(['-o', '--output', '--lang', '--units', '--year', '--out']);

/** `"A, B;C"` → sheet names; core's roster rule (Excel's rules for sheet names) is checked before any file is made. */
function parseUnits(text: string): string[] {
  const { units, problem } = parseRoster(text, /[,;\n]/);
  if (problem) throw new UsageError('badUnits', { detail: problem.kind === 'empty' ? '""' : problem.kind === 'duplicate' ? `"${problem.name}" ×2` : `"${problem.name}"` });
  return units;
}

export function parseArgs(argv: string[]): Args {
  const a: Args = { command: null, json: false, lang: 'vi', withBallots: false, named: false, files: [], overwrite: false, help: false };
  const positional: string[] = [];
  const seenOpts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (tok.startsWith('-') && tok.length > 1) {
      const [name, inline] = tok.startsWith('--') && tok.includes('=') ? [tok.slice(0, tok.indexOf('=')), tok.slice(tok.indexOf('=') + 1)] : [tok, undefined];
      let value: string | undefined;
      if (TAKES_VALUE.has(name)) {
        value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError('missingValue', { opt: name });
      }
      seenOpts.push(name === '--output' ? '-o' : name);
      switch (name) {
        case '-o':
        case '--output':
          a.output = value;
          break;
        case '--out':
          a.outDir = value;
          break;
        case '--json':
          a.json = true;
          break;
        case '--lang':
          if (!LANGS.includes(value as Lang)) throw new UsageError('badLang', { value: value! });
          a.lang = value as Lang;
          break;
        case '--units':
          a.units = parseUnits(value!);
          break;
        case '--year': {
          const y = Number(value);
          if (!/^\d{4}$/.test(value!) || y < 1900 || y > 2200) throw new UsageError('badYear', { value: value! });
          a.year = y;
          break;
        }
        case '--with-ballots':
          a.withBallots = true;
          break;
        case '--named':
          a.named = true;
          break;
        case '--overwrite':
          a.overwrite = true;
          break;
        case '--help':
        case '-h':
          a.help = true;
          break;
        default:
          throw new UsageError('unknownOption', { opt: name });
      }
    } else positional.push(tok);
  }
  if (a.help) return a;
  const [cmd, ...rest] = positional;
  if (cmd === undefined) return a;
  if (!COMMANDS.includes(cmd as Command)) throw new UsageError('unknownCommand', { cmd });
  a.command = cmd as Command;
  for (const o of seenOpts) {
    if (!COMMON.includes(o) && !ALLOWED[a.command].includes(o)) throw new UsageError('unknownOption', { opt: o });
  }
  const takesInput = a.command === 'check' || a.command === 'run' || a.command === 'ballots' || a.command === 'import';
  if (takesInput) {
    a.input = rest.shift();
    if (!a.input) throw new UsageError('missingInput');
  }
  if (a.command === 'import') {
    a.files = rest.splice(0);
    if (a.files.length === 0) throw new UsageError('missingReturned');
  }
  if (rest.length) throw new UsageError('extraArgument', { arg: rest[0] });
  return a;
}
