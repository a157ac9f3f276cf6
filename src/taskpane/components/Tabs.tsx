/**
 * Navigation between the views: the WAI-ARIA tabs pattern (one tab stop, arrows/Home/End move and select)
 * drawn like Fluent's TabList with Fluent's tokens. Fluent's own TabList adds ~23 KB gzip (indicator
 * animation, arrow-navigation machinery), a sixth of the pane's whole bundle budget.
 */
import { useRef, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: 'relative',
    border: 'none',
    margin: 0,
    padding: '8px 10px 10px',
    background: 'none',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    '::after': {
      content: '""',
      position: 'absolute',
      left: '10px',
      right: '10px',
      bottom: '2px',
      height: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: 'transparent',
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export function Tabs<T extends string>({ items, selected, onSelect, label }: { items: TabItem<T>[]; selected: T; onSelect: (v: T) => void; label: string }) {
  const s = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (e: KeyboardEvent) => {
    const i = items.findIndex((it) => it.value === selected);
    const last = items.length - 1;
    const next = e.key === 'ArrowRight' ? (i + 1) % items.length : e.key === 'ArrowLeft' ? (i - 1 + items.length) % items.length : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(items[next].value);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className={s.list} onKeyDown={onKeyDown}>
      {items.map((it, i) => {
        const on = it.value === selected;
        return (
          <button
            key={it.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${it.value}`}
            aria-selected={on}
            aria-controls={on ? `panel-${it.value}` : undefined}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(s.tab, on && s.selected)}
            onClick={() => onSelect(it.value)}
            data-testid={`tab-${it.value}`}
          >
            {it.label}
          </button>
        );
      })}
    </div>
  );
}
