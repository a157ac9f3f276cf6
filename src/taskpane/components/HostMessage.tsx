/**
 * The pane on a host that cannot run it (src/taskpane/host.ts): what is wrong in one sentence, what is
 * needed, and a link to the web page that does the same job in the browser. Never a raw error.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { ht } from '../../i18n/host';
import { webPageUrl, type HostCheck } from '../host';

const useStyles = makeStyles({
  para: { margin: '6px 0 0 0' },
});

export function HostMessage({ check, lang, webUrl = webPageUrl() }: { check: Exclude<HostCheck, { ok: true }>; lang: Lang; webUrl?: string }) {
  const s = useStyles();
  const title = check.reason === 'notExcel' ? ht(lang, 'hostNotExcelTitle') : ht(lang, 'hostTooOldTitle');
  const body =
    check.reason === 'tooOld'
      ? ht(lang, 'hostTooOldBody', { missing: check.missing.map((m) => ht(lang, `set_${m.set}`)).join(ht(lang, 'listJoin')) })
      : check.host
        ? ht(lang, 'hostOtherAppBody', { host: check.host })
        : ht(lang, 'hostNotExcelBody');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="host-unsupported" data-reason={check.reason}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <p className={s.para}>{body}</p>
        <p className={s.para}>{ht(lang, 'hostWebPage')}</p>
        <p className={s.para}>
          <Link href={webUrl} target="_blank" rel="noopener" data-testid="web-page-link">
            {ht(lang, 'hostWebLink')}
          </Link>
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
