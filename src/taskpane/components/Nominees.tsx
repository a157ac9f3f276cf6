/** The nominees with their achievement sentences, award and (after a vote) votes, in the list's order. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Nomination } from '../../core';
import { formatPercent } from '../../i18n/ui';
import { useLang, useT } from '../lang';

const useStyles = makeStyles({
  heading: { margin: '0 0 6px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '6px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  sentence: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export function Nominees({ nominations }: { nominations: Nomination[] }) {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  return (
    <section aria-labelledby="nominees-heading" data-testid="nominees">
      <h3 id="nominees-heading" className={s.heading}>
        {t('nomineesHeading', { n: nominations.length })}
      </h3>
      {nominations.length === 0 ? (
        <p>{t('noNominees')}</p>
      ) : (
        <ol className={s.list}>
          {nominations.map((n) => (
            <li key={n.sheet} data-testid="nominee">
              <span className={s.name}>{n.name}</span>
              <span className={s.sentence}>{n.achievement}</span>
              <span className={s.sentence}>{n.award}</span>
              {n.votes && (
                <span className={s.sentence} data-testid="nominee-votes">
                  {t('nomineeVotes', { for: n.votes.for, ballots: n.votes.ballots, share: formatPercent(lang, n.votes.share) })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
