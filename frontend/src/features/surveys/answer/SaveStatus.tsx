import { useTranslation } from 'react-i18next';
import styles from './answer.module.css';
import type { SyncSnapshot } from './draft-sync';

const time = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' });

/** Where the answers are: saved, on their way, or kept on this phone until the network is back. */
export function SaveStatus({ snapshot }: { snapshot: Pick<SyncSnapshot<unknown>, 'status' | 'unsent' | 'lastSavedAt'> }) {
  const { t } = useTranslation();
  const { status } = snapshot;
  const text =
    status === 'saved'
      ? snapshot.lastSavedAt
        ? t('surveyAnswer.status.savedAt', { time: time.format(snapshot.lastSavedAt) })
        : ''
      : status === 'pending'
        ? t('surveyAnswer.status.pending')
        : status === 'saving'
          ? t('surveyAnswer.status.saving')
          : status === 'offline'
            ? t('surveyAnswer.status.offline', { count: snapshot.unsent })
            : status === 'rate-limited'
              ? t('surveyAnswer.status.rateLimited')
              : status === 'gone'
                ? t('surveyAnswer.status.gone')
                : t('surveyAnswer.status.failed');
  const tone = status === 'offline' || status === 'rate-limited' ? styles.statusOffline : status === 'failed' || status === 'gone' ? styles.statusError : '';
  return (
    <p className={`${styles.status} ${tone}`} role="status" aria-live="polite" data-save-status={status}>
      {text}
    </p>
  );
}
