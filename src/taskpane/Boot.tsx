/**
 * What the pane shows before the App: a spinner while Office loads and the workbook is first read and
 * checked, then the App with that check; a MessageBar (never a blank pane) when Office has not answered
 * within the deadline or the start failed.
 */
import { useEffect, useRef, useState } from 'react';
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { Busy } from './components/Progress';
import type { WorkbookPort } from '../core';
import type { Lang } from '../i18n';
import { t } from '../i18n/ui';
import { errorText } from './errors';
import { App } from './App';
import { OFFICE_TIMEOUT_MS } from './office';
import type { FirstCheck } from './usePane';
import { HostUnsupported } from './host';
import { HostMessage } from './components/HostMessage';

export interface Started {
  port: WorkbookPort;
  lang: Lang;
  dark: boolean;
  /** The first check, started as soon as Office was ready (the App then renders with it); none: the App checks. */
  first?: Promise<FirstCheck>;
}

/** How long the first read may take before the spinner says that it is reading the workbook. */
export const READING_LABEL_MS = 200;

export interface BootProps {
  /** Waits for Office and builds the port. */
  start: () => Promise<Started>;
  /** Language before Office can tell (the browser's). */
  lang: Lang;
  timeoutMs?: number;
  /**
   * How the start ended, when it ended before the pane first rendered (see settleFirst): the pane then
   * renders the App (or the failure) at once, without a spinner first.
   */
  settled?: BootState;
}

export type BootState =
  | { kind: 'loading' }
  /** Office answered; the workbook's first read and check are not done yet. */
  | { kind: 'reading' }
  | { kind: 'ready'; started: Started; first?: FirstCheck }
  | { kind: 'timeout' }
  | { kind: 'failed'; error: unknown };

/**
 * The start's outcome as Boot's state, once Office is ready and the first check done (or the start failed);
 * never rejects. The entry waits for it a short while before the first render, so that a quick start
 * renders the App once instead of a spinner and then the App.
 */
export function settleFirst(started: Promise<Started>): Promise<BootState> {
  return started.then(
    async (s): Promise<BootState> => ({ kind: 'ready', started: s, first: await s.first }),
    (error: unknown): BootState => ({ kind: 'failed', error }),
  );
}

const useStyles = makeStyles({
  root: { padding: '16px', minHeight: '100vh', boxSizing: 'border-box' },
  status: { display: 'flex', alignItems: 'center', gap: '8px', minHeight: '20px', marginBottom: '8px' },
});

export function Boot({ start, lang, timeoutMs = OFFICE_TIMEOUT_MS, settled: known }: BootProps) {
  const [state, setState] = useState<BootState>(known ?? { kind: 'loading' });
  const s = useStyles();
  const startedAlready = useRef(known !== undefined);

  useEffect(() => {
    globalThis.performance?.mark?.('thidua:mounted');
    if (startedAlready.current) return;
    let settled = false;
    let live = true;
    let reading: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      if (!settled) setState({ kind: 'timeout' });
    }, timeoutMs);
    start().then(
      (started) => {
        settled = true;
        clearTimeout(timer);
        if (!started.first) return setState({ kind: 'ready', started });
        // Office answered: the deadline is over. A first read that takes a while says so on the spinner.
        reading = setTimeout(() => live && setState({ kind: 'reading' }), READING_LABEL_MS);
        void started.first.then((first) => {
          clearTimeout(reading);
          if (live) setState({ kind: 'ready', started, first });
        });
      },
      (error) => {
        settled = true;
        clearTimeout(timer);
        setState({ kind: 'failed', error });
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(reading);
    };
  }, [start, timeoutMs]);

  if (state.kind === 'ready') return <App port={state.started.port} lang={state.started.lang} dark={state.started.dark} first={state.first} />;
  return (
    <FluentProvider theme={webLightTheme} className={s.root}>
      <main>
        <div role="status" aria-live="polite" className={s.status}>
          {state.kind === 'loading' && <Busy label={t(lang, 'loadingOffice')} />}
          {state.kind === 'reading' && <Busy label={t(lang, 'stepReading')} />}
        </div>
        {state.kind === 'timeout' && (
          <MessageBar intent="error" layout="multiline" data-testid="office-timeout">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, 'officeTimeoutTitle')}</MessageBarTitle>
              {t(lang, 'officeTimeoutBody')}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && state.error instanceof HostUnsupported && <HostMessage check={state.error.check} lang={state.error.lang ?? lang} />}
        {state.kind === 'failed' && !(state.error instanceof HostUnsupported) && (
          <MessageBar intent="error" layout="multiline" data-testid="start-failed">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, 'startFailedTitle')}</MessageBarTitle>
              {errorText(state.error, lang)} {t(lang, 'errorAdvice')}
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
