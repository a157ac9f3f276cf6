/**
 * A row that selects a place in the workbook when there is a workbook to select in (the pane), and plain
 * content where there is none (the web page, which reads a file): no button that would do nothing.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  plain: { display: 'flex', flexDirection: 'column', boxSizing: 'border-box' },
});

export interface SelectableProps {
  /** Absent: plain content. */
  onSelect?: () => void;
  className: string;
  busy: boolean;
  title: string;
  children: ReactNode;
  data?: Record<`data-${string}`, string | number | boolean | undefined>;
  /** The button's look (subtle by default: a row of a list). */
  appearance?: 'subtle' | 'outline';
}

export function Selectable({ onSelect, className, busy, title, children, data, appearance = 'subtle' }: SelectableProps) {
  const s = useStyles();
  if (!onSelect) {
    return (
      <div className={`${className} ${s.plain}`} {...data}>
        {children}
      </div>
    );
  }
  return (
    <Button appearance={appearance} className={className} disabledFocusable={busy} title={title} onClick={onSelect} {...data}>
      {children}
    </Button>
  );
}
