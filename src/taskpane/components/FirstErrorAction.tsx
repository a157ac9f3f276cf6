/** "Go to the first error (Sheet!F8)": the action of a message that says why something was not done. */
import { Button, MessageBarActions } from '@fluentui/react-components';
import type { Issue } from '../../core';
import { useT } from '../lang';

export function FirstErrorAction({ first, busy, onSelect, testId }: { first: Issue | null; busy: boolean; onSelect: (sheet: string, cell: string | null) => void; testId?: string }) {
  const t = useT();
  const sheet = first?.sheet;
  if (!first || !sheet) return null;
  return (
    <MessageBarActions>
      <Button size="small" disabledFocusable={busy} onClick={() => onSelect(sheet, first.cell)} data-testid={testId}>
        {t('goToFirstError', { where: first.cell ? `${sheet}!${first.cell}` : sheet })}
      </Button>
    </MessageBarActions>
  );
}
