/**
 * The task pane: header, progress, failures and four views over one WorkbookPort. Components never touch
 * `Excel`; the same App runs over Office.js in Excel and over an in-memory workbook in tests.
 */
import { useEffect, useRef, useState } from 'react';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../core';
import type { Lang } from '../i18n';
import { t } from '../i18n/ui';
import { LangContext } from './lang';
import { usePane, type FirstCheck } from './usePane';
import { Header } from './components/Header';
import { Progress } from './components/Progress';
import { FailureBar } from './components/FailureBar';
import { CheckView } from './components/CheckView';
import { GenerateView } from './components/GenerateView';
import { TemplateView } from './components/TemplateView';
import { SettingsView } from './components/SettingsView';
import { LangSwitch } from './components/LangSwitch';
import { Tabs } from './components/Tabs';
import { guidePageUrl } from './host';

export type View = 'check' | 'generate' | 'template' | 'settings';
const VIEWS: { id: View; key: 'tabCheck' | 'tabGenerate' | 'tabTemplate' | 'tabSettings' }[] = [
  { id: 'check', key: 'tabCheck' },
  { id: 'generate', key: 'tabGenerate' },
  { id: 'template', key: 'tabTemplate' },
  { id: 'settings', key: 'tabSettings' },
];

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  root: { display: 'flex', flexDirection: 'column', gap: '6px', padding: '12px', maxWidth: '720px', margin: '0 auto', boxSizing: 'border-box' },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '8px' },
});

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  dark?: boolean;
  /** The view shown first (tests); the check view otherwise. */
  initialView?: View;
  /** The first check, done before the pane rendered (Boot); without it the App checks as it opens. */
  first?: FirstCheck;
}

export function App({ port, lang: initialLang, dark = false, initialView = 'check', first }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [view, setView] = useState<View>(initialView);
  const pane = usePane(port, first);
  const { state, check } = pane;
  const busy = state.step !== null;
  const s = useStyles();

  // The welcome's button leads to the template view; focus follows to its tab (the button is gone).
  const startTemplate = () => {
    setView('template');
    requestAnimationFrame(() => document.getElementById('tab-template')?.focus());
  };

  // Read and check the workbook as soon as the pane opens, so the header and the check are filled in
  // (unless that first check was done before the pane rendered).
  const checkedAhead = useRef(first !== undefined);
  useEffect(() => {
    if (!checkedAhead.current) check();
  }, [check]);

  // A user-timing mark once the first check is on screen: the bench's pane.first_render_ms, and visible
  // in the browser's profiler when the pane feels slow in Excel.
  const marked = useRef(false);
  useEffect(() => {
    if (state.evaluation && !marked.current) {
      marked.current = true;
      globalThis.performance?.mark?.('thidua:checked');
    }
  }, [state.evaluation]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);

  // The page around the provider takes the theme's background too (no white edge in the dark theme).
  useEffect(() => {
    document.body.style.backgroundColor = (dark ? webDarkTheme : webLightTheme).colorNeutralBackground1;
  }, [dark]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.provider} data-theme={dark ? 'dark' : 'light'}>
      <LangContext.Provider value={lang}>
        <main className={s.root}>
          <div className={s.top}>
            <Header evaluation={state.evaluation} guideUrl={guidePageUrl()} />
            <LangSwitch lang={lang} onChange={setLang} />
          </div>
          <Tabs items={VIEWS.map((v) => ({ value: v.id, label: t(lang, v.key) }))} selected={view} onSelect={setView} label={t(lang, 'navLabel')} />
          <Progress step={state.step} />
          {state.failure && <FailureBar failure={state.failure} onDismiss={pane.dismissFailure} />}
          <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
            {view === 'check' && (
              <CheckView
                evaluation={state.evaluation}
                busy={busy}
                ballots={state.ballots}
                onCheck={pane.check}
                onCreateBallots={pane.createBallots}
                onSelect={pane.select}
                onStartTemplate={startTemplate}
                imported={state.imported}
                onImport={pane.importFiles}
                onConfirmImport={pane.confirmImport}
                onCancelImport={pane.cancelImport}
              />
            )}
            {view === 'generate' && <GenerateView outcome={state.generated} busy={busy} onGenerate={pane.generate} onSelect={pane.select} />}
            {view === 'template' && <TemplateView busy={busy} created={state.created} onCreate={pane.createTemplate} />}
            {view === 'settings' && <SettingsView evaluation={state.evaluation} busy={busy} onSelect={pane.select} />}
          </div>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
