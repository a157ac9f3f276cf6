/** Severity as a coloured label with its word (colour is never the only signal). */
import type { Severity } from '../../core';
import { useT } from '../lang';
import { Pill } from './Pill';

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const KEY = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return <Pill color={COLOR[severity]}>{t(KEY[severity])}</Pill>;
}
