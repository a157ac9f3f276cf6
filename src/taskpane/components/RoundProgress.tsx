/**
 * Who is still to come (WORKBOOK.md §1.3): registered n/N, reported m/N, and the units that still owe
 * their targets or results, each a button to its first blank cell (in the pane) or plain text (the web
 * page, which reads a file). Shown while units register and report, instead of one red error per unit.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../core';
import { progressEntries, unitsToCome, type ProgressEntry, type ProgressKind } from '../round';
import { useT } from '../lang';
import type { UiKey } from '../../i18n/ui';
import { Selectable } from './Selectable';

const GROUPS: { kind: ProgressKind; key: UiKey }[] = [
  { kind: 'toRegister', key: 'progressToRegister' },
  { kind: 'toReport', key: 'progressToReport' },
  { kind: 'partial', key: 'progressPartial' },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  groupTitle: { margin: '4px 0 2px', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px' },
  unit: {
    minWidth: 'auto',
    minHeight: 'auto',
    padding: '2px 8px',
    fontWeight: tokens.fontWeightRegular,
    gap: '6px',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** `onSelect` absent (the web page): the units are plain text. */
export function RoundProgress({ evaluation, onSelect, busy }: { evaluation: Evaluation; onSelect?: (sheet: string, cell: string | null) => void; busy: boolean }) {
  const t = useT();
  const s = useStyles();
  const p = evaluation.progress;
  const groups = progressEntries(evaluation);
  const unitButton = (e: ProgressEntry) => (
    <li key={e.sheet}>
      <Selectable
        appearance="outline"
        onSelect={onSelect && (() => onSelect(e.sheet, e.cell))}
        className={s.unit}
        busy={busy}
        title={e.cell ? t('goToCell', { cell: e.cell, sheet: e.sheet }) : t('goToSheet', { sheet: e.sheet })}
        data={{ 'data-testid': 'progress-unit', 'data-sheet': e.sheet }}
      >
        <span>{e.sheet}</span>
        {e.cell && onSelect && <span className={s.cell}>{e.cell}</span>}
      </Selectable>
    </li>
  );
  return (
    <section className={s.root} aria-labelledby="round-progress-heading" data-testid="round-progress">
      <h3 id="round-progress-heading" className={s.summary} data-testid="progress-summary">
        {t('progressSummary', { registered: p.registered, reported: p.reported, total: p.total })}
      </h3>
      {GROUPS.filter((g) => groups[g.kind].length > 0).map((g) => (
        <div key={g.kind} data-testid={`progress-${g.kind}`}>
          <h4 id={`progress-${g.kind}`} className={s.groupTitle}>
            {t(g.key, { n: groups[g.kind].length })}
          </h4>
          <ul className={s.list} aria-labelledby={`progress-${g.kind}`}>
            {groups[g.kind].map(unitButton)}
          </ul>
        </div>
      ))}
      <MessageBar intent="info" layout="multiline" data-testid="progress-waiting">
        <MessageBarBody>{t('progressWaiting', { n: unitsToCome(evaluation) })}</MessageBarBody>
      </MessageBar>
    </section>
  );
}
