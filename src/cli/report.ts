/** What the command line prints: issue lines, terminal tables, and the JSON of WORKBOOK.md §5. */
import { bySeverity, type Evaluation, type Issue } from '../core';
import { percentVi, sharePercentVi } from '../core';
import { DECIMAL_MARK, fill, type Lang } from '../i18n';
import { CLI_MESSAGES, STATUS_LABEL_EN, TOTALS_LINE_EN, countWords } from '../i18n/cli';
import { issueMessage, issueLocation } from '../i18n/issues';
import { STATUS_LABEL_VI } from '../core';
import { summaryLine } from '../core';

/** Errors first; within a severity, the order the pipeline found them (sheet by sheet). */
function sortedIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(bySeverity);
}

/** One line per issue: `[lỗi] Lai Châu!E7: Thiếu chỉ tiêu đăng ký của chỉ tiêu VA.` */
function issueLine(issue: Issue, lang: Lang): string {
  const where = issueLocation(issue);
  const sev = CLI_MESSAGES[lang][`severity_${issue.severity}`];
  return `[${sev}] ${where ? `${where}: ` : ''}${issueMessage(issue, lang).replace(/\s*\n\s*/g, ' ')}`;
}

export function printEvaluation(ev: Evaluation, lang: Lang, out: (l: string) => void): void {
  for (const i of sortedIssues(ev.issues)) out(issueLine(i, lang));
  const count = (s: Issue['severity']) => ev.issues.filter((i) => i.severity === s).length;
  out(
    fill(CLI_MESSAGES[lang].summary, {
      errors: countWords(lang, 'error', count('error')),
      warnings: countWords(lang, 'warning', count('warning')),
      infos: countWords(lang, 'info', count('info')),
      found: ev.foundUnits,
      expected: ev.expectedUnits,
    }),
  );
  const p = ev.progress;
  const m = CLI_MESSAGES[lang];
  // Progress is worth a line only while some unit is still to come.
  if (p.reported < p.total) {
    out(fill(m.progress, { registered: p.registered, reported: p.reported, total: p.total }));
    if (p.toRegister.length) out(fill(m.progressToRegister, { units: p.toRegister.join(', ') }));
    if (p.toReport.length) out(fill(m.progressToReport, { units: p.toReport.join(', ') }));
    if (p.partial.length) out(fill(m.progressPartial, { units: p.partial.join(', ') }));
  }
}

/** Display width of a string (NFC; combining marks take no column). */
function width(s: string): number {
  return [...s.normalize('NFC').replace(/\p{M}/gu, '')].length;
}
function pad(s: string, w: number, right = false): string {
  const fillStr = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fillStr + s : s + fillStr;
}

function table(header: string[], rows: string[][], rightAligned: number[] = []): string[] {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((x, c) => pad(x, widths[c], rightAligned.includes(c))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The totals under the table: in Vietnamese the very line the ranking sheet shows, in English its translation. */
function totalsLine(ev: Evaluation, lang: Lang): string {
  if (lang === 'vi') return summaryLine(ev);
  const totals = ev.totals.map((t) => `${t.code} ${t.result}`).join(', ');
  const line = fill(TOTALS_LINE_EN.line, { totals, exceeded: ev.statusCounts.exceeded, units: ev.units.length });
  return ev.statusCounts.met > 0 ? line + fill(TOTALS_LINE_EN.met, { met: ev.statusCounts.met }) : line;
}

export function printTables(ev: Evaluation, lang: Lang, out: (l: string) => void): void {
  const m = CLI_MESSAGES[lang];
  const statusLabel = lang === 'vi' ? STATUS_LABEL_VI : STATUS_LABEL_EN;
  const mark = DECIMAL_MARK[lang];
  const hasVotes = ev.ballots !== null;
  const header = [m.colRank, m.colUnit, ...ev.criteria.map((c) => `${c.code} (${c.unitWord})`), m.colScore, m.colStatus, ...(hasVotes ? [m.colVotes] : [])];
  const rows = ev.units.map((u) => [
    String(u.rank),
    u.sheet,
    ...u.criteria.map((c) => `${c.result}/${c.target} = ${percentVi(c.result, c.target, mark)}`),
    sharePercentVi(u.score, mark),
    statusLabel[u.status],
    ...(hasVotes && u.votes ? [`${u.votes.for}/${u.votes.ballots} (${sharePercentVi(u.votes.share, mark)})`] : []),
  ]);
  const totals = ['', m.totalRow, ...ev.totals.map((t) => `${t.result}/${t.target}`), '', '', ...(hasVotes ? [''] : [])];
  out('');
  out(m.rankingHeading);
  for (const l of table(header, [...rows, totals], [0])) out(l);
  out(totalsLine(ev, lang));
  out('');
  out(fill(m.nominationsHeading, { units: countWords(lang, 'unit', ev.nominations.length) }));
  if (ev.nominations.length === 0) out(m.noNominees);
  ev.nominations.forEach((n, i) => out(`${i + 1}. ${n.name}: ${n.achievement}`));
  out('');
}

/**
 * The JSON object of WORKBOOK.md §5. When the workbook has errors (`ok` false), `nominations` is `[]` and
 * each unit's `rank` is `null`: a script can never take a blocked result for a real one.
 */
export function toJson(ev: Evaluation, lang: Lang, outputs?: { ranking: string; nominations: string }) {
  const ok = !ev.blocked;
  return {
    ok,
    issues: sortedIssues(ev.issues).map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: issueMessage(i, lang) })),
    units: ev.units.map((u) => ({
      sheet: u.sheet,
      name: u.name,
      rank: ok ? u.rank : null,
      status: u.status,
      score: u.score,
      criteria: u.criteria.map((c) => ({ code: c.code, target: c.target, result: c.result, attainment: c.attainment })),
      ...(u.votes ? { votes: { for: u.votes.for, ballots: u.votes.ballots, share: u.votes.share } } : {}),
    })),
    totals: ev.totals.map((t) => ({ code: t.code, target: t.target, result: t.result })),
    progress: {
      total: ev.progress.total,
      registered: ev.progress.registered,
      reported: ev.progress.reported,
      toRegister: ev.progress.toRegister,
      toReport: ev.progress.toReport,
      partial: ev.progress.partial,
      missing: ev.progress.missing,
    },
    nominations: (ok ? ev.nominations : []).map((n) => ({ sheet: n.sheet, name: n.name, achievement: n.achievement, award: n.award, ...(n.votes ? { votes: n.votes } : {}) })),
    ...(outputs ? { outputs } : {}),
  };
}
