/**
 * Template: a year (default: this year) and an editable roster (default: the roster of that year, WORKBOOK.md
 * §5: the 10 successor provinces from 2025 on, the 14 units of 2019 before), or the 2019 sample data;
 * creates the settings sheet and one sheet per unit. The port refuses to overwrite any sheet; that
 * refusal arrives as a failure and is shown above the views.
 *
 * The form uses native controls drawn with Fluent's tokens: Fluent's Field, Input, Textarea and Checkbox
 * together cost ~9 KB gzip of runtime styles, which the pane's bundle budget (150 KB) cannot spare.
 */
import { useState } from 'react';
import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, shorthands, tokens } from '@fluentui/react-components';
import { parseRoster, rosterForYear, type RosterProblem } from '../../core';
import type { TemplateRequest } from '../usePane';
import { useT, type Translate } from '../lang';

const control = {
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke1),
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  padding: '5px 8px',
  boxSizing: 'border-box' as const,
  ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  ':disabled': { color: tokens.colorNeutralForegroundDisabled, backgroundColor: tokens.colorNeutralBackgroundDisabled, ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled), cursor: 'not-allowed' },
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  textarea: { ...control, width: '100%', minHeight: '160px', resize: 'vertical' },
  year: { ...control, width: '120px' },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  error: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  check: { display: 'flex', alignItems: 'flex-start', gap: '8px', cursor: 'pointer' },
  box: { width: '16px', height: '16px', margin: '2px 0 0', accentColor: tokens.colorCompoundBrandBackground, flexShrink: 0, cursor: 'pointer' },
});

export interface TemplateViewProps {
  busy: boolean;
  created: string[] | null;
  onCreate: (req: TemplateRequest) => void;
}

function problemText(t: Translate, p: RosterProblem): string {
  if (p.kind === 'empty') return t('rosterEmpty');
  if (p.kind === 'duplicate') return t('rosterDuplicate', { name: p.name });
  return t('rosterInvalidName', { name: p.name });
}

/** The roster a year starts with, one sheet name a line. */
const defaultRoster = (year: number): string =>
  rosterForYear(year)
    .map((u) => u.sheet)
    .join('\n');

const parseYear = (text: string): number => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN);
const isYear = (y: number) => y >= 2000 && y <= 2100;

export function TemplateView({ busy, created, onCreate }: TemplateViewProps) {
  const t = useT();
  const s = useStyles();
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [roster, setRoster] = useState(() => defaultRoster(new Date().getFullYear()));
  const [sample, setSample] = useState(false);
  const [tried, setTried] = useState(false);

  const { units, problem } = parseRoster(roster);
  const yearNum = parseYear(year);
  const yearBad = !isYear(yearNum);
  // The roster of the year shown: the one typed, or the last valid one while the year is being typed.
  const [rosterYear, setRosterYear] = useState(() => new Date().getFullYear());
  const edited = units.join('\n') !== defaultRoster(rosterYear);

  const changeYear = (text: string) => {
    setYear(text);
    const y = parseYear(text);
    if (!isYear(y)) return;
    // A roster the user has not edited follows the year; an edited one is theirs to keep.
    if (!edited) setRoster(defaultRoster(y));
    setRosterYear(y);
  };
  const rosterError = tried && !sample && problem ? problemText(t, problem) : null;
  const yearError = tried && !sample && yearBad ? t('yearInvalid') : null;

  const submit = () => {
    setTried(true);
    if (!sample && (problem || yearBad)) return;
    onCreate({ sample, units, year: sample ? null : yearNum });
  };

  return (
    <section className={s.root} aria-labelledby="template-heading">
      <h2 id="template-heading" className={s.heading}>
        {t('templateHeading')}
      </h2>
      <p className={s.p}>{t('templateIntro')}</p>
      <label className={s.check}>
        <input type="checkbox" className={s.box} checked={sample} onChange={(e) => setSample(e.target.checked)} data-testid="sample-option" />
        <span>{t('sampleOption')}</span>
      </label>
      <div className={s.field}>
        <label htmlFor="year" className={s.label}>
          {t('yearLabel')}
        </label>
        <input
          id="year"
          className={mergeClasses(s.year, !!yearError && s.invalid)}
          value={year}
          onChange={(e) => changeYear(e.target.value)}
          inputMode="numeric"
          disabled={sample}
          aria-invalid={yearError ? true : undefined}
          aria-describedby={yearError ? 'year-error' : undefined}
          data-testid="year"
        />
        {yearError && (
          <span id="year-error" role="alert" className={s.error}>
            {yearError}
          </span>
        )}
      </div>
      <div className={s.field}>
        <label htmlFor="roster" className={s.label}>
          {t('rosterLabel')}
        </label>
        <textarea
          id="roster"
          className={mergeClasses(s.textarea, !!rosterError && s.invalid)}
          value={roster}
          onChange={(e) => setRoster(e.target.value)}
          rows={8}
          disabled={sample}
          aria-invalid={rosterError ? true : undefined}
          aria-describedby={rosterError ? 'roster-hint roster-error' : 'roster-hint'}
          data-testid="roster"
        />
        <span id="roster-hint" className={s.hint} data-testid="roster-hint">
          {t('rosterHint', { year: rosterYear, n: rosterForYear(rosterYear).length })}
        </span>
        {rosterError && (
          <span id="roster-error" role="alert" className={s.error}>
            {rosterError}
          </span>
        )}
      </div>
      <div>
        <Button appearance="primary" disabledFocusable={busy} onClick={submit} data-testid="create-template">
          {t('createButton')}
        </Button>
      </div>
      {created && (
        <MessageBar intent="success" layout="multiline" data-testid="template-done">
          <MessageBarBody>
            <MessageBarTitle>{t('templateDoneTitle')}</MessageBarTitle>
            {t('templateDone', { n: created.length, sheets: created.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
