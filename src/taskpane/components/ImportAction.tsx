/**
 * Collecting returned files (WORKBOOK.md §6): a button that opens the file picker (one or several .xlsx),
 * then the review drawn by the import's own chunk (loaded on the first import, out of the first load).
 */
import { Button } from '@fluentui/react-components';
import type { ImportOutcome } from '../usePane';
import { useT } from '../lang';

export interface ImportActionProps {
  busy: boolean;
  imported: ImportOutcome | null;
  onImport: (files: File[]) => void;
  onConfirm: (shown: Extract<ImportOutcome, { kind: 'review' }>, overwrite: boolean) => void;
  onCancel: () => void;
}

export function ImportAction({ busy, imported, onImport, onConfirm, onCancel }: ImportActionProps) {
  const t = useT();
  return (
    <>
      <div>
        <input
          type="file"
          id="import-input"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onImport(files);
          }}
          data-testid="import-input"
        />
        <Button disabledFocusable={busy} onClick={() => document.getElementById('import-input')?.click()} data-testid="import-pick">
          {t('importButton')}
        </Button>
      </div>
      {imported?.kind === 'review' && (
        <imported.mod.ImportReview
          plan={imported.plan}
          read={imported.read}
          changed={imported.changed}
          busy={busy}
          onConfirm={(overwrite) => onConfirm(imported, overwrite)}
          onCancel={onCancel}
        />
      )}
      {imported?.kind === 'done' && <imported.mod.ImportDone n={imported.written} />}
      {imported?.kind === 'failed' && <imported.mod.ImportFailed edits={imported.edits} landed={imported.landed} />}
    </>
  );
}
