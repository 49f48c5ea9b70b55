import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasChosenLanguage, switchAnswerLanguage } from '@/i18n/answer';
import { ApiError } from '@/lib/problem';
import styles from './answer.module.css';
import { AnswerSession, goneReasonOf, type GoneReason } from './AnswerSession';
import { linkChannel, RetryLaterError, type AnswerChannel, type LoadedForm } from './api';

type PageState =
  | { kind: 'loading' }
  | { kind: 'ready'; loaded: LoadedForm }
  | { kind: 'gone'; reason: GoneReason }
  | { kind: 'not-found' }
  | { kind: 'rate-limited'; seconds: number | undefined }
  | { kind: 'error' };

/** `/a/<token>` → the token; undefined for anything else. */
export function tokenOfPath(pathname: string): string | undefined {
  const match = /^\/a\/([A-Za-z0-9_-]{1,200})\/?$/.exec(pathname);
  return match?.[1];
}

/**
 * The page a survey link opens, without an account: the questionnaire, or a page that says
 * plainly why it cannot be answered (the link expired, was revoked or replaced, is wrong,
 * or too many requests came at once).
 */
export function PublicAnswerApp({ token }: { token: string | undefined }) {
  const [channel] = useState<AnswerChannel | undefined>(() => (token ? linkChannel(token) : undefined));
  const [state, setState] = useState<PageState>(() => (token ? { kind: 'loading' } : { kind: 'not-found' }));

  const load = useCallback(() => {
    if (!channel) return;
    channel.load().then(
      (loaded) => {
        // The contact's language, unless the reader chose one on this device.
        if (!hasChosenLanguage() && loaded.form.language === 'en') void switchAnswerLanguage('en', false);
        setState({ kind: 'ready', loaded });
      },
      (error: unknown) => {
        if (error instanceof RetryLaterError) setState({ kind: 'rate-limited', seconds: error.retryAfterSeconds });
        else if (error instanceof ApiError && error.status === 410) setState({ kind: 'gone', reason: goneReasonOf(error.problem) });
        else if (error instanceof ApiError && error.status === 404) setState({ kind: 'not-found' });
        else setState({ kind: 'error' });
      },
    );
  }, [channel]);

  useEffect(() => {
    load();
  }, [load]);

  const retry = () => {
    setState({ kind: 'loading' });
    load();
  };

  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'ready':
      return channel ? <AnswerSession channel={channel} loaded={state.loaded} toolbar={<LanguageButtons />} /> : null;
    case 'gone':
      return <StatePage title={`surveyAnswer.gone.${state.reason}Title`} description={`surveyAnswer.gone.${state.reason}Description`} />;
    case 'not-found':
      return <StatePage title="surveyAnswer.gone.notFoundTitle" description="surveyAnswer.gone.notFoundDescription" />;
    case 'rate-limited':
      return (
        <StatePage
          title="surveyAnswer.rateLimited.title"
          description={state.seconds === undefined ? 'surveyAnswer.rateLimited.descriptionNoWait' : 'surveyAnswer.rateLimited.description'}
          seconds={state.seconds}
          action={{ label: 'surveyAnswer.rateLimited.retry', run: retry }}
        />
      );
    case 'error':
      return (
        <StatePage
          title="surveyAnswer.loadError.title"
          description="surveyAnswer.loadError.description"
          action={{ label: 'surveyAnswer.loadError.retry', run: retry }}
        />
      );
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <p className={styles.state} role="status">
        {t('surveyAnswer.loading')}
      </p>
    </main>
  );
}

type StateKey =
  | `surveyAnswer.gone.${GoneReason | 'notFound'}${'Title' | 'Description'}`
  | `surveyAnswer.rateLimited.${'title' | 'description' | 'descriptionNoWait' | 'retry'}`
  | `surveyAnswer.loadError.${'title' | 'description' | 'retry'}`;

function StatePage({ title, description, seconds, action }: { title: StateKey; description: StateKey; seconds?: number; action?: { label: StateKey; run: () => void } }) {
  const { t } = useTranslation();
  return (
    <main className={styles.page}>
      <LanguageButtons />
      <div className={styles.state}>
        <p className={styles.organisation}>{t('surveyAnswer.organisation')}</p>
        <h1>{t(title)}</h1>
        <p>{t(description, { seconds })}</p>
        {action && (
          <button type="button" className={`${styles.button} ${styles.buttonPrimary}`} onClick={action.run}>
            {t(action.label)}
          </button>
        )}
      </div>
    </main>
  );
}

/** 日本語 / English, kept on this device once chosen. */
function LanguageButtons() {
  const { t, i18n } = useTranslation();
  return (
    <div className={styles.languages} role="group" aria-label={t('surveyAnswer.language')}>
      {(
        [
          ['ja', '日本語'],
          ['en', 'English'],
        ] as const
      ).map(([language, label]) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void switchAnswerLanguage(language, true)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
