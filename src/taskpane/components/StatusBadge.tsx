/** A unit's status (exceeded / met / not met) as a coloured label with its word. */
import type { Status } from '../../core';
import { useT } from '../lang';
import { Pill } from './Pill';

const COLOR = { exceeded: 'success', met: 'brand', not_met: 'subtle' } as const;

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return <Pill color={COLOR[status]}>{t(`status_${status}`)}</Pill>;
}
