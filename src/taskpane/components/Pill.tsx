/**
 * A small coloured label with its word (severity, status, source). Fluent's own tint palette tokens, but
 * a plain span: Fluent's Badge costs ~3 KB gzip of runtime styles the pane's bundle budget cannot spare.
 */
import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';

export type PillColor = 'danger' | 'warning' | 'informative' | 'success' | 'brand' | 'subtle';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    padding: '0 6px',
    minHeight: '20px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid transparent`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    boxSizing: 'border-box',
  },
  large: { minHeight: '24px', padding: '0 8px', fontSize: tokens.fontSizeBase300 },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  informative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  subtle: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
});

export function Pill({ color, large, children, testId }: { color: PillColor; large?: boolean; children: ReactNode; testId?: string }) {
  const s = useStyles();
  return (
    <span className={mergeClasses(s.root, large && s.large, s[color])} data-testid={testId}>
      {children}
    </span>
  );
}
