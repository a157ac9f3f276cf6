/** Settings: each effective value and whether it comes from the settings sheet or the default; criteria. */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Evaluation, SettingKey, Settings } from '../../core';
import { formatDate, SETTING_LABELS } from '../../core';
import { formatPercent, type UiKey } from '../../i18n/ui';
import { useLang, useT, type Translate } from '../lang';
import type { Lang } from '../../i18n';
import { Pill } from './Pill';

const KEYS: SettingKey[] = [
  'clusterName',
  'year',
  'cutoffDate',
  'award',
  'maxNominees',
  'nominationRule',
  'nominationOrder',
  'minVoteShare',
  'achievementLead',
  'bodyType',
  'parentBody',
  'issuedBy',
  'docNumber',
  'motto',
  'place',
  'listDate',
  'signedBy',
  'recipients',
];

const useStyles = makeStyles({
  p: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
  td: { padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  rowHead: { padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
});

/** A setting's value as words for the pane. */
export function settingText(key: SettingKey, settings: Settings, t: Translate, lang: Lang): string {
  const v = settings[key];
  switch (key) {
    case 'cutoffDate':
      return v === null ? t('valueNone') : formatDate(v as number);
    case 'listDate':
      return v === null ? t('valueToday') : formatDate(v as number);
    case 'maxNominees':
      return v === null ? t('valueNoLimit') : String(v);
    case 'nominationRule':
      return t(`rule_${settings.nominationRule}` as UiKey);
    case 'nominationOrder':
      return t(`order_${settings.nominationOrder}` as UiKey);
    case 'minVoteShare':
      return formatPercent(lang, settings.minVoteShare);
    case 'bodyType':
      return t(`body_${settings.bodyType}` as UiKey);
    case 'docNumber':
      return v === null ? t('valueByHand') : String(v);
    default:
      return v === null || v === '' ? t('valueNone') : String(v);
  }
}

export interface SettingsViewProps {
  evaluation: Evaluation | null;
  busy: boolean;
  onSelect: (sheet: string, cell: string | null) => void;
}

export function SettingsView({ evaluation, busy, onSelect }: SettingsViewProps) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const sheet = evaluation?.settingsSheet ?? null;
  return (
    <section className={s.root} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={s.heading}>
        {t('settingsHeading')}
      </h2>
      {evaluation && (
        <>
          {sheet ? (
            <>
              <p className={s.p}>{t('settingsIntro')}</p>
              <div>
                <Button disabledFocusable={busy} onClick={() => onSelect(sheet, null)} data-testid="open-settings">
                  {t('openSettings')}
                </Button>
              </div>
            </>
          ) : (
            <MessageBar intent="info" layout="multiline" data-testid="no-settings">
              <MessageBarBody>{t('settingsNoSheet')}</MessageBarBody>
            </MessageBar>
          )}
          <table className={s.table} data-testid="settings-table">
            <thead>
              <tr>
                <th scope="col" className={s.th}>
                  {t('colSetting')}
                </th>
                <th scope="col" className={s.th}>
                  {t('colValue')}
                </th>
                <th scope="col" className={s.th}>
                  {t('colSource')}
                </th>
              </tr>
            </thead>
            <tbody>
              {KEYS.map((key) => {
                const fromSheet = evaluation.settingSources[key] === 'sheet';
                return (
                  <tr key={key} data-setting={key}>
                    <th scope="row" className={s.rowHead}>
                      {SETTING_LABELS[key][lang === 'en' ? 1 : 0]}
                    </th>
                    <td className={s.td}>{settingText(key, evaluation.settings, t, lang)}</td>
                    <td className={s.td}>
                      <Pill color={fromSheet ? 'brand' : 'subtle'}>
                        {t(fromSheet ? 'sourceSheet' : 'sourceDefault')}
                      </Pill>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3 className={s.sub}>{t('criteriaHeading')}</h3>
          <table className={s.table} data-testid="criteria-table">
            <thead>
              <tr>
                <th scope="col" className={s.th}>
                  {t('colCode')}
                </th>
                <th scope="col" className={s.th}>
                  {t('colCriterion')}
                </th>
                <th scope="col" className={s.th}>
                  {t('colUnitWord')}
                </th>
                <th scope="col" className={s.th}>
                  {t('colWeight')}
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.criteria.map((c) => (
                <tr key={c.code}>
                  <th scope="row" className={s.rowHead}>
                    {c.code}
                  </th>
                  <td className={s.td}>{c.label}</td>
                  <td className={s.td}>{c.unitWord}</td>
                  <td className={s.td}>{String(c.weight).replace('.', lang === 'vi' ? ',' : '.')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
