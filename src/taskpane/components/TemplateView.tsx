/**
 * Template: an editable roster (default: the 14 units of cluster no. 1) and a year, or the 2019 sample
 * data; creates the settings sheet and one sheet per unit. The port refuses to overwrite any sheet; that
 * refusal arrives as a failure and is shown above the views.
 *
 * The form uses native controls drawn with Fluent's tokens: Fluent's Field, Input, Textarea and Checkbox
 * together cost ~9 KB gzip of runtime styles, which the pane's bundle budget (150 KB) cannot spare.
 */
import { useState } from 'react';
import { Button, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, shorthands, tokens } from '@fluentui/react-components';
import { SAMPLE_UNITS } from '../../core';
import type { TemplateRequest } from '../usePane';
import { parseRoster, type RosterProblem } from '../roster';
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

export function TemplateView({ busy, created, onCreate }: TemplateViewProps) {
  const t = useT();
  const s = useStyles();
  const [roster, setRoster] = useState(() => SAMPLE_UNITS.join('\n'));
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [sample, setSample] = useState(false);
  const [tried, setTried] = useState(false);

  const { units, problem } = parseRoster(roster);
  const yearNum = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : NaN;
  const yearBad = !(yearNum >= 2000 && yearNum <= 2100);
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
        <span id="roster-hint" className={s.hint}>
          {t('rosterHint')}
        </span>
        {rosterError && (
          <span id="roster-error" role="alert" className={s.error}>
            {rosterError}
          </span>
        )}
      </div>
      <div className={s.field}>
        <label htmlFor="year" className={s.label}>
          {t('yearLabel')}
        </label>
        <input
          id="year"
          className={mergeClasses(s.year, !!yearError && s.invalid)}
          value={year}
          onChange={(e) => setYear(e.target.value)}
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
