/**
 * A failure as a Fluent MessageBar: what happened and what to do next. The workbook ports' errors carry
 * both in the user's language (and say them per language, so a language switch follows); any other error
 * gets a generic "what to do".
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Failure } from '../usePane';
import { errorText, isPortError } from '../errors';
import { useLang, useT } from '../lang';

const useStyles = makeStyles({ root: { marginBottom: '8px' } });

export function FailureBar({ failure, onDismiss }: { failure: Failure; onDismiss: () => void }) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  // Creating sheets refused because a name is taken: the title says what was not done.
  const refused = isPortError(failure.error) && failure.error.code === 'SHEETS_EXIST';
  const title = refused && failure.action === 'template' ? 'templateRefusedTitle' : refused && failure.action === 'ballots' ? 'ballotsRefusedTitle' : 'errorTitle';
  return (
    <MessageBar intent="error" layout="multiline" className={s.root} data-testid="failure">
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        {errorText(failure.error, lang)}
        {!isPortError(failure.error) && ` ${t('errorAdvice')}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
