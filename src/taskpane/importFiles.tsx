/**
 * Collecting returned files in the pane (WORKBOOK.md §6), loaded only when the user imports, as the
 * `pane-import` chunk: the .xlsx reader (the command line's and the web page's own), core's import rules and
 * the review of the changes. Nothing of it is in the pane's first load (150 KB gzip budget); for the same
 * reason the review uses plain elements drawn with Fluent's CSS variables rather than Fluent components,
 * which would have to leave the first load's bundle in pieces to be shared with this chunk.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { importEdits, parseA1, planImport, sameSheetName, type CellWrite, type ImportPlan, type ReturnedFile, type Snapshot } from '../core';
import { changeLine, importLocation, importMessage, importText } from '../i18n/import';
import { readSnapshot } from '../xlsx/read';
import { useLang } from './lang';

export interface ReadFiles {
  files: ReturnedFile[];
  /** Files that are not a readable .xlsx: named in the review, left out of the import. */
  unreadable: string[];
}

/** Reads each picked file with the .xlsx door; one that cannot be read is named, not fatal. */
export async function readFiles(picked: File[]): Promise<ReadFiles> {
  const files: ReturnedFile[] = [];
  const unreadable: string[] = [];
  for (const p of picked) {
    try {
      files.push({ name: p.name, snapshot: (await readSnapshot(new Uint8Array(await p.arrayBuffer()))).snapshot });
    } catch {
      unreadable.push(p.name);
    }
  }
  return { files, unreadable };
}

export function plan(cluster: Snapshot, read: ReadFiles): ImportPlan {
  return planImport(cluster, read.files);
}

/** The cells to write: the changes, and the conflicts too when the user chose to overwrite them. */
export function edits(p: ImportPlan, overwrite: boolean): CellWrite[] {
  return importEdits(p, overwrite);
}

/**
 * After a write that failed: which of the cells hold their new value now. Excel does not roll a failed batch
 * back, so the cells queued before the failing one may be in the workbook, the others not.
 */
export function landed(now: Snapshot, edits: CellWrite[]): { written: CellWrite[]; notWritten: CellWrite[] } {
  const written: CellWrite[] = [];
  const notWritten: CellWrite[] = [];
  for (const e of edits) {
    const sheet = now.sheets.find((x) => sameSheetName(x.name, e.sheet));
    const at = parseA1(e.cell);
    const v = sheet && at ? sheet.values[at.row]?.[at.col] : undefined;
    (v === e.value ? written : notWritten).push(e);
  }
  return { written, notWritten };
}

/** Two plans that would write the same cells with the same values (and flag the same conflicts). */
export function samePlan(a: ImportPlan, b: ImportPlan): boolean {
  const key = (p: ImportPlan) => JSON.stringify([p.blocked, p.changes.map((c) => [c.sheet, c.cell, c.before, c.after, c.conflict])]);
  return key(a) === key(b);
}

const v = (name: string) => `var(--${name})`;
const css: Record<string, CSSProperties> = {
  root: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '12px', border: `1px solid ${v('colorNeutralStroke2')}`, borderRadius: v('borderRadiusLarge') },
  h: { margin: 0, fontSize: v('fontSizeBase300'), fontWeight: v('fontWeightSemibold') },
  p: { margin: 0 },
  small: { margin: 0, fontSize: v('fontSizeBase200'), color: v('colorNeutralForeground2') },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  error: { color: v('colorPaletteRedForeground1') },
  warning: { color: v('colorPaletteDarkOrangeForeground1') },
  change: { fontFamily: v('fontFamilyMonospace'), fontSize: v('fontSizeBase200'), overflowWrap: 'anywhere' },
  tag: { marginLeft: '6px', padding: '0 4px', borderRadius: v('borderRadiusMedium'), border: `1px solid ${v('colorPaletteDarkOrangeBorder2')}`, fontFamily: v('fontFamilyBase') },
  check: { display: 'flex', alignItems: 'center', gap: '8px', cursor: 'pointer' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  // what takes the focus when it appears: its ring clear of the text
  focused: { outlineOffset: '3px' },
};
const button = (primary: boolean): CSSProperties => ({
  fontFamily: v('fontFamilyBase'),
  fontSize: v('fontSizeBase300'),
  fontWeight: v('fontWeightSemibold'),
  padding: '5px 12px',
  minHeight: '32px',
  borderRadius: v('borderRadiusMedium'),
  border: `1px solid ${primary ? 'transparent' : v('colorNeutralStroke1')}`,
  backgroundColor: primary ? v('colorBrandBackground') : v('colorNeutralBackground1'),
  color: primary ? v('colorNeutralForegroundOnBrand') : v('colorNeutralForeground1'),
  cursor: 'pointer',
});

export interface ImportReviewProps {
  plan: ImportPlan;
  read: ReadFiles;
  /** The workbook changed between the read and the confirmation: the plan shown is the new one. */
  changed: boolean;
  busy: boolean;
  onConfirm: (overwrite: boolean) => void;
  onCancel: () => void;
}

/** The change list (`Bắc Kạn!F8: (trống) → 2`, with the file, sheet and cell it comes from), the issues, and confirm / cancel. */
export function ImportReview({ plan: p, read, changed, busy, onConfirm, onCancel }: ImportReviewProps) {
  const lang = useLang();
  const w = (key: Parameters<typeof importText>[1], params?: Record<string, string | number>) => importText(lang, key, params);
  const [overwrite, setOverwrite] = useState(false);
  // The review replaces what the user was doing: focus goes to its heading (a screen reader reads it out).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p]);
  const conflicts = p.changes.filter((c) => c.conflict).length;
  const count = p.blocked ? 0 : p.changes.length - (overwrite ? 0 : conflicts);
  return (
    <section style={css.root} aria-labelledby="import-heading" data-testid="import-review">
      <h3 id="import-heading" style={{ ...css.h, ...css.focused }} tabIndex={-1} ref={heading}>
        {w('reviewHeading')}
      </h3>
      {changed && (
        <p role="status" style={{ ...css.p, ...css.warning }} data-testid="import-changed">
          {w('changed')}
        </p>
      )}
      <ul style={css.list} data-testid="import-files">
        {p.units.map((u, i) => (
          <li key={`${u.file}-${i}`} style={css.small}>
            {u.sheets.length ? w('fileUnits', { file: u.file, units: u.sheets.join(', ') }) : w('fileNoUnit', { file: u.file })}
          </li>
        ))}
        {read.unreadable.map((f) => (
          <li key={`unreadable-${f}`} style={{ ...css.small, ...css.error }} data-testid="import-unreadable">
            {w('unreadable', { file: f })}
          </li>
        ))}
      </ul>
      {p.issues.length > 0 && (
        <ul style={css.list} data-testid="import-issues">
          {p.issues.map((i, n) => {
            const where = importLocation(i);
            return (
              <li key={`${i.code}-${n}`} style={{ ...css.small, ...(i.severity === 'error' ? css.error : css.warning) }} data-issue-code={i.code}>
                {where ? `${where}: ` : ''}
                {importMessage(i, lang)}
              </li>
            );
          })}
        </ul>
      )}
      <p style={css.p} data-testid="import-summary">
        {w('summary', { changes: p.changes.length - conflicts, conflicts, unchanged: p.unchanged })}
      </p>
      {p.changes.length > 0 && (
        <>
          <h4 id="import-changes-heading" style={css.h}>
            {w('changesHeading', { n: p.changes.length })}
          </h4>
          <ul style={css.list} aria-labelledby="import-changes-heading" data-testid="import-changes">
            {p.changes.map((c) => (
              <li key={`${c.sheet}!${c.cell}`} data-testid="import-change" data-conflict={c.conflict || undefined}>
                <span style={css.change}>{changeLine(c, lang)}</span>
                {c.conflict && <span style={{ ...css.small, ...css.tag }}>{w('conflict')}</span>}
                <div style={css.small}>{w('from', { where: `${c.file} › ${c.fileSheet}!${c.fileCell}` })}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.blocked ? (
        <p style={{ ...css.p, ...css.error }} data-testid="import-blocked">
          {w('blocked')}
        </p>
      ) : (
        p.changes.length === 0 && (
          <p style={css.p} data-testid="import-nothing">
            {w('nothing')}
          </p>
        )
      )}
      {!p.blocked && conflicts > 0 && (
        <label style={css.check}>
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="import-overwrite" />
          <span>{w('overwrite', { n: conflicts })}</span>
        </label>
      )}
      <div style={css.buttons}>
        {count > 0 && (
          <button type="button" style={button(true)} aria-disabled={busy || undefined} onClick={() => !busy && onConfirm(overwrite)} data-testid="import-confirm">
            {w('confirm', { n: count })}
          </button>
        )}
        <button type="button" style={button(false)} aria-disabled={busy || undefined} onClick={() => !busy && onCancel()} data-testid="import-cancel">
          {w('cancel')}
        </button>
      </div>
    </section>
  );
}

/** Focus to a message that replaces the button the user pressed (the confirm button is gone). */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** After the write: how many cells went in. */
export function ImportDone({ n }: { n: number }) {
  const lang = useLang();
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p role="status" tabIndex={-1} ref={ref} style={{ ...css.p, ...css.focused, color: v('colorPaletteGreenForeground1') }} data-testid="import-done">
      {importText(lang, 'done', { n })}
    </p>
  );
}

const cells = (list: CellWrite[]) => list.map((e) => `${e.sheet}!${e.cell}`).join(', ');

/**
 * A write that Excel refused part-way (the failure bar above says why): the cells that went in and those
 * that did not, read back from the workbook, since Excel does not undo the part already written. `landed`
 * is null when the workbook could not be read again either.
 */
export function ImportFailed({ edits, landed: got }: { edits: CellWrite[]; landed: ReturnType<typeof landed> | null }) {
  const lang = useLang();
  const w = (key: Parameters<typeof importText>[1], params?: Record<string, string | number>) => importText(lang, key, params);
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div role="alert" tabIndex={-1} ref={ref} style={{ ...css.root, ...css.focused, borderColor: v('colorPaletteRedBorder2') }} data-testid="import-failed">
      {got === null ? (
        <p style={css.p}>{w('failedUnknown', { n: edits.length })}</p>
      ) : got.written.length === 0 ? (
        <p style={css.p}>{w('failedNone', { n: edits.length })}</p>
      ) : (
        <>
          <p style={css.p}>{w('failedPart', { written: got.written.length, n: edits.length })}</p>
          <p style={{ ...css.small, ...css.change }} data-testid="import-failed-written">
            {w('failedWritten', { cells: cells(got.written) })}
          </p>
          <p style={{ ...css.small, ...css.change }} data-testid="import-failed-missing">
            {w('failedMissing', { cells: cells(got.notWritten) })}
          </p>
        </>
      )}
      <p style={css.small}>{w('failedNext')}</p>
    </div>
  );
}
