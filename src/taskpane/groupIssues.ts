/**
 * Issues grouped by sheet for the check view: inside a group errors come first, then warnings, then notes
 * (the pipeline's order is kept otherwise); groups holding errors come before the others, and keep the
 * order in which their sheets first appear. Issues without a sheet form the workbook-level group.
 */
import { SEVERITY_ORDER as RANK, bySeverity, type Issue, type Severity } from '../core';

export interface IssueGroup {
  sheet: string | null;
  issues: Issue[];
  worst: Severity;
}

export function groupIssues(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.sheet);
    if (list) list.push(issue);
    else groups.set(issue.sheet, [issue]);
  }
  const out: IssueGroup[] = [];
  for (const [sheet, list] of groups) {
    const sorted = [...list].sort(bySeverity);
    out.push({ sheet, issues: sorted, worst: sorted[0].severity });
  }
  return out.map((g, i) => ({ g, i })).sort((a, b) => RANK[a.g.worst] - RANK[b.g.worst] || a.i - b.i).map((x) => x.g);
}

export function countBySeverity(issues: Issue[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

/** The first error in the order the check view lists them, for "go to the first error". */
export function firstError(issues: Issue[]): Issue | null {
  for (const g of groupIssues(issues)) for (const i of g.issues) if (i.severity === 'error') return i;
  return null;
}
