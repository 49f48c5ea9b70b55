import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { AnswerForm } from './AnswerForm';
import styles from './answer.module.css';
import { formModelOf, type AnswerChannel, type LoadedForm } from './api';
import type { DraftStore } from './draft-store';
import { localized, type AnswerValue } from './model';
import { useDraftSync } from './use-draft-sync';

/** Why a link stopped working, from the 410's first error key (survey.link.expired, …). */
export type GoneReason = 'expired' | 'revoked' | 'replaced';

export function goneReasonOf(problem: Problem | undefined): GoneReason {
  const key = problem?.errors?.[0]?.key ?? '';
  if (key.endsWith('revoked')) return 'revoked';
  if (key.endsWith('replaced')) return 'replaced';
  return 'expired';
}

/** A calendar day of the API (2025-06-30) in the reader's language, as a date in Japan. */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatDate(new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1), language);
}

interface Props {
  channel: AnswerChannel;
  loaded: LoadedForm;
  /** Inside the staff or buyer app rather than on the link's own page. */
  embedded?: boolean;
  /** Shown above the questions (代理入力). */
  banner?: ReactNode;
  /** Above the title (the language switch of the public page). */
  toolbar?: ReactNode;
  store?: DraftStore<AnswerValue>;
  /** After each submission reached the server (staff pages refresh their numbers). */
  onSubmitted?: () => void;
}

/** A loaded form with its draft sync: the title, who is asked, until when, then the questions. */
export function AnswerSession({ channel, loaded, embedded, banner, toolbar, store, onSubmitted }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { sync, snapshot } = useDraftSync(channel, loaded, store);
  const form = loaded.form;
  const model = useMemo(() => formModelOf(form), [form]);
  const closesOnText = formatDay(form.closesOn, language);
  const Title = embedded ? 'h2' : 'h1';
  useEffect(() => {
    if (snapshot.submit === 'done') onSubmitted?.();
  }, [snapshot.submit, onSubmitted]);
  const intro = localized(form.content.intro, language) || t('surveyAnswer.intro');

  return (
    <div lang={language}>
      <header className={styles.page} style={{ paddingBottom: 0 }}>
        {toolbar}
        <p className={styles.organisation}>{t('surveyAnswer.organisation')}</p>
        <Title className={styles.title}>{form.surveyTitle}</Title>
        <p className={styles.meta}>{form.projectTitle}</p>
        <p className={styles.meta}>{t('surveyAnswer.greeting', { company: form.buyerCompanyName, contact: form.contactName })}</p>
        <p className={styles.meta}>{t('surveyAnswer.closesOn', { date: closesOnText })}</p>
        <p className={styles.notice}>{intro}</p>
        {snapshot.submitted && snapshot.submittedAt && (
          <p className={`${styles.notice} ${styles.noticeOk}`}>
            {t('surveyAnswer.submittedAt', { date: formatDate(new Date(snapshot.submittedAt), language) })}
            {snapshot.pendingChanges && <> {t('surveyAnswer.pendingChanges')}</>}
          </p>
        )}
        {!form.response.editable && snapshot.status !== 'gone' && (
          <p className={`${styles.notice} ${styles.noticeWarn}`}>
            {form.state === 'SCHEDULED'
              ? t('surveyAnswer.notOpenYet', { date: formatDay(form.opensOn, language) })
              : t('surveyAnswer.notEditable')}
          </p>
        )}
        {snapshot.status === 'gone' && <GoneNotice reason={goneReasonOf(snapshot.problem)} />}
      </header>
      <AnswerForm
        form={model}
        snapshot={snapshot}
        onChange={(key, value) => sync.set(key, value)}
        onSubmit={() => sync.submit()}
        closesOnText={closesOnText}
        embedded={embedded}
        banner={banner}
      />
    </div>
  );
}

function GoneNotice({ reason }: { reason: GoneReason }) {
  const { t } = useTranslation();
  return (
    <div className={`${styles.notice} ${styles.noticeError}`} role="alert">
      <strong>{t(`surveyAnswer.gone.${reason}Title`)}</strong>
      <p style={{ margin: 0 }}>{t(`surveyAnswer.gone.${reason}Description`)}</p>
      <p style={{ margin: 0 }}>{t('surveyAnswer.gone.keptOnDevice')}</p>
    </div>
  );
}
