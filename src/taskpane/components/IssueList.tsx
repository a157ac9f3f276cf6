/**
 * Issues grouped by sheet; each issue with a sheet is a button that selects its cell in the workbook
 * (Tab reaches it, Enter/Space activates it, its label says where it goes).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core';
import { issueMessage } from '../../i18n/issues';
import { groupIssues } from '../groupIssues';
import { useLang, useT } from '../lang';
import { SeverityBadge } from './SeverityBadge';

const useStyles = makeStyles({
  group: { marginTop: '12px' },
  groupTitle: { margin: '0 0 4px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '8px',
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: '6px 8px',
    minHeight: 'auto',
  },
  plain: { display: 'flex', alignItems: 'flex-start', gap: '8px', padding: '6px 8px' },
  message: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, flexShrink: 0 },
});

/** Without `onSelect` (the web page: no workbook to select in) the issues are plain rows, with their cells. */
export function IssueList({ issues, onSelect, busy }: { issues: Issue[]; onSelect?: (sheet: string, cell: string | null) => void; busy: boolean }) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  return (
    <div data-testid="issue-list">
      {groupIssues(issues).map((group) => {
        const title = group.sheet ?? t('workbookLevel');
        const headingId = `issues-${encodeURIComponent(title)}`;
        return (
          <section key={title} className={s.group} aria-labelledby={headingId} data-testid="issue-group">
            <h3 id={headingId} className={s.groupTitle}>
              {t('sheetGroup', { sheet: title, n: group.issues.length })}
            </h3>
            <ul className={s.list}>
              {group.issues.map((issue, i) => {
                const message = issueMessage(issue, lang);
                const content = (
                  <>
                    <SeverityBadge severity={issue.severity} />
                    <span className={s.message}>{message}</span>
                    {issue.cell && <span className={s.cell}>{issue.cell}</span>}
                  </>
                );
                const sheet = issue.sheet;
                return (
                  <li key={`${issue.code}-${issue.cell ?? ''}-${i}`}>
                    {sheet && onSelect ? (
                      <Button
                        appearance="subtle"
                        className={s.item}
                        disabledFocusable={busy}
                        title={issue.cell ? t('goToCell', { cell: issue.cell, sheet }) : t('goToSheet', { sheet })}
                        onClick={() => onSelect(sheet, issue.cell)}
                        data-issue-code={issue.code}
                      >
                        {content}
                      </Button>
                    ) : (
                      <div className={s.plain} data-issue-code={issue.code}>
                        {content}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
