/**
 * The web page (issue 12): the same job as the pane, on a file, in the browser. Open or drop a cluster
 * .xlsx; the page shows the check (issues grouped by sheet, ballots), the ranking and the nominees with the
 * pane's own components, and offers the result workbook written by the same .xlsx door as the command line.
 * Nothing leaves the page: the door runs here (loaded as its own chunk when first needed).
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { Button, FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { evaluate, planOutputs, planSample, planTemplate, rosterForYear } from '../core';
import type { Evaluation, SheetPlan } from '../core';
import type { Lang } from '../i18n';
import { t } from '../i18n/ui';
import { wt, type WebKey } from '../i18n/web';
import { LangContext } from '../taskpane/lang';
import { LangSwitch } from '../taskpane/components/LangSwitch';
import { Busy } from '../taskpane/components/Progress';
import { Header } from '../taskpane/components/Header';
import { IssueList } from '../taskpane/components/IssueList';
import { BallotTally } from '../taskpane/components/BallotTally';
import { RankingTable } from '../taskpane/components/RankingTable';
import { ScoreChart } from '../taskpane/components/ScoreChart';
import { Nominees } from '../taskpane/components/Nominees';
import { Pill } from '../taskpane/components/Pill';
import { RoundProgress } from '../taskpane/components/RoundProgress';
import { countBySeverity } from '../taskpane/groupIssues';
import { issuesBesideProgress, roundStage } from '../taskpane/round';
import { loadDoor, type OpenedWorkbook } from './door';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  root: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '16px', maxWidth: '880px', margin: '0 auto', boxSizing: 'border-box' },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '12px' },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  lead: { margin: '6px 0 0', color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  h2: { margin: '0 0 8px', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: '8px' },
  drop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '20px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  status: { display: 'flex', alignItems: 'center', gap: '8px', minHeight: '20px' },
  file: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '8px', listStyleType: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: { padding: '12px 16px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge },
  footer: { margin: '8px 0 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type Phase = { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'failed'; name: string; code: string } | { kind: 'opened'; name: string; book: OpenedWorkbook; evaluation: Evaluation };

const READ_CODES = ['NOT_XLSX', 'OLE_FILE', 'CORRUPT_XLSX', 'TOO_LARGE'] as const;

/** Saves bytes as a file through a temporary object URL (nothing leaves the page). */
function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The system's light or dark scheme (the page has no Office theme to follow), kept up to date. */
function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(query);
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return dark;
}

const baseName = (name: string) => name.replace(/\.xlsx$/i, '') || 'thi-dua';

export function WebApp({ lang: initialLang }: { lang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [writing, setWriting] = useState(false);
  const [writeError, setWriteError] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const s = useStyles();
  const dark = usePrefersDark();
  const w = (key: WebKey, params?: Record<string, string | number | null | undefined>) => wt(lang, key, params);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = wt(lang, 'webTitle');
  }, [lang]);

  const open = useCallback(async (file: File) => {
    setPhase({ kind: 'reading', name: file.name });
    setWriteError(false);
    try {
      const [door, buffer] = await Promise.all([loadDoor(), file.arrayBuffer()]);
      const book = await door.open(new Uint8Array(buffer));
      setPhase({ kind: 'opened', name: file.name, book, evaluation: evaluate(book.snapshot) });
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      setPhase({ kind: 'failed', name: file.name, code: typeof code === 'string' && (READ_CODES as readonly string[]).includes(code) ? code : 'OTHER' });
    }
  }, []);

  const openFiles = (files: FileList | null | undefined) => {
    if (!files || files.length !== 1) {
      if (files && files.length > 1) setPhase({ kind: 'failed', name: '', code: 'MANY' });
      return;
    }
    void open(files[0]);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFiles(e.dataTransfer?.files);
  };

  const writeResult = async () => {
    if (phase.kind !== 'opened') return;
    setWriting(true);
    setWriteError(false);
    try {
      const bytes = await phase.book.writeCopy(planOutputs(phase.book.snapshot, phase.evaluation));
      download(bytes, w('resultFileName', { base: baseName(phase.name) }));
    } catch {
      setWriteError(true);
    } finally {
      setWriting(false);
    }
  };

  const downloadNew = async (plans: () => SheetPlan[], name: string) => {
    setWriting(true);
    setWriteError(false);
    try {
      const door = await loadDoor();
      download(await door.newWorkbook(plans()), name);
    } catch {
      setWriteError(true);
    } finally {
      setWriting(false);
    }
  };

  const busy = phase.kind === 'reading' || writing;
  const thisYear = new Date().getFullYear();
  const ev = phase.kind === 'opened' ? phase.evaluation : null;
  // While units register and report, their blank sheets are progress (shown as such), not a list of errors.
  const stage = ev ? roundStage(ev) : null;
  const issues = ev && stage ? issuesBesideProgress(ev, stage) : [];
  const n = ev ? countBySeverity(issues) : null;
  // the names the result's sheets will take (a user's own 'Xếp hạng' is kept: ours becomes 'Xếp hạng (2)')
  const outputs = phase.kind === 'opened' && !phase.evaluation.blocked ? planOutputs(phase.book.snapshot, phase.evaluation).map((p) => p.name) : [];

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.provider}>
      <LangContext.Provider value={lang}>
        <main className={s.root}>
          <header className={s.top}>
            <div>
              <h1 className={s.title}>{t(lang, 'appTitle')}</h1>
              <p className={s.lead}>{w('webLead')}</p>
            </div>
            <LangSwitch lang={lang} onChange={setLang} />
          </header>

          <MessageBar intent="info" layout="multiline" data-testid="privacy">
            <MessageBarBody>
              <MessageBarTitle>{w('privacyTitle')}</MessageBarTitle>
              {w('privacyBody')}
            </MessageBarBody>
          </MessageBar>

          <section className={s.section} aria-labelledby="open-heading">
            <h2 id="open-heading" className={s.h2}>
              {w('openHeading')}
            </h2>
            <div
              className={mergeClasses(s.drop, dragging && s.dropActive)}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              data-testid="drop-zone"
            >
              <input
                ref={input}
                id="file-input"
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className={s.hiddenInput}
                tabIndex={-1}
                aria-hidden="true"
                data-testid="file-input"
                onChange={(e) => {
                  openFiles(e.currentTarget.files);
                  e.currentTarget.value = '';
                }}
              />
              <Button appearance="primary" size="large" disabledFocusable={busy} onClick={() => input.current?.click()} data-testid="open-file">
                {w('openButton')}
              </Button>
              <span className={s.hint}>{dragging ? w('dropActive') : w('dropHint')}</span>
            </div>
            <div role="status" aria-live="polite" className={s.status} data-testid="web-status">
              {phase.kind === 'reading' && <Busy label={w('reading')} />}
              {writing && <Busy label={w('writing')} />}
            </div>
            {phase.kind === 'failed' && (
              <MessageBar intent="error" layout="multiline" data-testid="read-failed">
                <MessageBarBody>
                  <MessageBarTitle>{w('readFailedTitle')}</MessageBarTitle>
                  {phase.code === 'MANY' ? w('notOneFile') : w(`read_${phase.code as (typeof READ_CODES)[number] | 'OTHER'}`, { name: phase.name })}
                </MessageBarBody>
              </MessageBar>
            )}
            {writeError && (
              <MessageBar intent="error" layout="multiline" data-testid="write-failed">
                <MessageBarBody>{w('writeFailed')}</MessageBarBody>
              </MessageBar>
            )}
          </section>

          {phase.kind === 'opened' && ev && n && (
            <section className={mergeClasses(s.section, s.card)} aria-labelledby="result-heading" data-testid="result">
              <h2 id="result-heading" className={s.h2}>
                {w('resultHeading')}
              </h2>
              <p className={s.file} data-testid="file-name">
                {w('fileLabel', { name: phase.name })}
              </p>
              <Header evaluation={ev} level={3} />
              {stage === 'in_progress' && <RoundProgress evaluation={ev} busy={busy} />}
              <ul className={s.counts} aria-label={t(lang, 'countsLabel')} data-testid="counts">
                <li>
                  <Pill color={n.error ? 'danger' : 'subtle'} large testId="count-errors">
                    {t(lang, 'countErrors', { n: n.error })}
                  </Pill>
                </li>
                <li>
                  <Pill color={n.warning ? 'warning' : 'subtle'} large testId="count-warnings">
                    {t(lang, 'countWarnings', { n: n.warning })}
                  </Pill>
                </li>
                <li>
                  <Pill color={n.info ? 'informative' : 'subtle'} large testId="count-notes">
                    {t(lang, 'countNotes', { n: n.info })}
                  </Pill>
                </li>
              </ul>
              {ev.blocked ? (
                n.error === 0 ? null : <MessageBar intent="error" layout="multiline" data-testid="result-blocked">
                  <MessageBarBody>{w('resultBlocked', { n: n.error })}</MessageBarBody>
                </MessageBar>
              ) : (
                <div className={s.section}>
                  <div className={s.row}>
                    <Button appearance="primary" size="large" disabledFocusable={busy} onClick={() => void writeResult()} data-testid="download-result">
                      {w('downloadResult')}
                    </Button>
                  </div>
                  <p className={s.hint}>{w('downloadResultHint', { ranking: outputs[0] ?? '', nominations: outputs[1] ?? '' })}</p>
                </div>
              )}
              {ev.ballots && <BallotTally tally={ev.ballots} settings={ev.settings} failedVote={ev.failedVote} busy={busy} />}
              {issues.length > 0 && <IssueList issues={issues} busy={busy} />}
              {!ev.blocked && (
                <>
                  <h3 className={s.h2}>{w('unitsHeading')}</h3>
                  <RankingTable units={ev.units} />
                  <ScoreChart units={ev.units} />
                  <Nominees nominations={ev.nominations} />
                </>
              )}
            </section>
          )}

          <section className={s.section} aria-labelledby="samples-heading">
            <h2 id="samples-heading" className={s.h2}>
              {w('samplesHeading')}
            </h2>
            <p className={s.hint}>{w('samplesIntro')}</p>
            <div className={s.row}>
              <Button disabledFocusable={busy} onClick={() => void downloadNew(() => planSample(), w('sampleFileName'))} data-testid="download-sample">
                {w('downloadSample')}
              </Button>
              <Button disabledFocusable={busy} onClick={() => void downloadNew(() => planTemplate({ year: thisYear }), w('templateFileName'))} data-testid="download-template">
                {w('downloadTemplate', { year: thisYear, n: rosterForYear(thisYear).length })}
              </Button>
            </div>
          </section>
          <p className={s.footer}>
            {w('footer')}{' '}
            {/* beside the page in the build; a new tab keeps the open file */}
            <Link href="huong-dan/index.html" target="_blank" rel="noopener" data-testid="web-guide-link">
              {t(lang, 'guideLink')}
            </Link>
            {' · '}
            <Link href="support.html" target="_blank" rel="noopener">
              {w('supportLink')}
            </Link>
          </p>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
