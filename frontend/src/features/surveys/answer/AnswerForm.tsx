import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api/types';
import styles from './answer.module.css';
import { useIssueText } from './controls';
import type { SyncSnapshot } from './draft-sync';
import {
  CRITERIA,
  isAnswered,
  isTouched,
  localized,
  type AnswerValue,
  type Answers,
  type FormModel,
  type GroupModel,
  type QuestionModel,
} from './model';
import { productDomId } from './ProductGrid';
import { questionDomId, QuestionField } from './QuestionField';
import { SaveStatus } from './SaveStatus';
import { errorCount, firstGroupWithErrors, problemToFormErrors, validateAnswers, type FormErrors } from './validation';

export interface AnswerFormProps {
  form: FormModel;
  snapshot: SyncSnapshot<AnswerValue>;
  onChange: (key: string, value: AnswerValue | undefined) => void;
  /** Called once the answers pass the form's own checks. */
  onSubmit: () => void;
  /** Until when a submitted response may still change (the survey's close date, formatted). */
  closesOnText?: string;
  /** Inside the staff app (proxy entry, preview): the buttons stick to the form, not the window. */
  embedded?: boolean;
  /** Above the steps: a banner such as 代理入力. */
  banner?: ReactNode;
}

/**
 * The questionnaire, one group of questions per screen with a progress indicator, then a
 * review screen that submits. Problems (the form's own checks or the API's refusal) are
 * shown beside each question and listed above, with a way to each.
 */
export function AnswerForm({ form, snapshot, onChange, onSubmit, closesOnText, embedded, banner }: AnswerFormProps) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const language = i18n.language;
  const answers = snapshot.answers;
  const groups = form.groups;
  const reviewStep = groups.length;
  const totalSteps = groups.length + 1;
  const [step, setStep] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [unmapped, setUnmapped] = useState<FieldError[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  /** Where focus goes after a move: the step's heading, the error summary or a question (its DOM id). */
  const [focusRequest, setFocusRequest] = useState<{ target: string | undefined; seq: number }>();

  // The API refused the submission: its errors go beside their questions (adjusted while
  // rendering, as React advises for state that follows a prop).
  const problem = snapshot.submit === 'refused' ? snapshot.problem : undefined;
  const [seenProblem, setSeenProblem] = useState(problem);
  if (problem !== seenProblem) {
    setSeenProblem(problem);
    if (problem) {
      const mapped = problemToFormErrors(form, problem);
      setServerErrors(mapped.errors);
      setUnmapped(mapped.unmapped);
      const first = firstGroupWithErrors(form, mapped.errors);
      if (first !== undefined) setStep(first);
      setFocusRequest((r) => ({ target: 'summary', seq: (r?.seq ?? 0) + 1 }));
    }
  }

  const localErrors = attempted ? validateAnswers(form, answers) : {};
  const errors: FormErrors = { ...serverErrors, ...localErrors };
  const count = errorCount(errors);

  // Each new screen starts at its heading, for keyboards and screen readers alike.
  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest.target;
    if (target === 'summary' && summaryRef.current) {
      summaryRef.current.focus();
    } else if (target && target !== 'summary') {
      const element = document.getElementById(target);
      element?.scrollIntoView({ block: 'center' });
      element?.querySelector<HTMLElement>('input, textarea, summary')?.focus();
    } else {
      headingRef.current?.focus();
      window.scrollTo({ top: 0 });
    }
  }, [focusRequest]);

  useEffect(() => {
    if (snapshot.submit === 'done' || snapshot.submit === 'conflict') noticeRef.current?.focus();
  }, [snapshot.submit]);

  const go = (next: number, focus?: string) => {
    setStep(next);
    setFocusRequest((r) => ({ target: focus, seq: (r?.seq ?? 0) + 1 }));
  };

  const change = (key: string, value: AnswerValue | undefined) => {
    if (serverErrors[key]) {
      setServerErrors((current) => {
        const next = { ...current };
        delete next[key];
        return next;
      });
    }
    onChange(key, value);
  };

  const attemptSubmit = () => {
    setAttempted(true);
    setUnmapped([]);
    const found = validateAnswers(form, answers);
    if (errorCount(found) > 0) {
      setServerErrors({});
      go(firstGroupWithErrors(form, found) ?? 0, 'summary');
      return;
    }
    onSubmit();
  };

  const group = groups[step];
  const submitting = snapshot.submit === 'submitting';
  const questionOf = (key: string) => groups.flatMap((g) => g.questions).find((q) => q.key === key);
  const groupIndexOf = (key: string) => groups.findIndex((g) => g.questions.some((q) => q.key === key));

  return (
    <div className={`${styles.page} ${embedded ? styles.embedded : ''}`}>
      {banner}
      <div className={styles.progress}>
        <p className={styles.progressText}>
          <span>
            {t('surveyAnswer.stepOf', {
              current: step + 1,
              total: totalSteps,
              title: group ? localized(group.title, language) : t('surveyAnswer.reviewTitle'),
            })}
          </span>
          <span aria-hidden="true">{t('surveyAnswer.progress', { current: step + 1, total: totalSteps })}</span>
        </p>
        <progress className={styles.progressBar} max={totalSteps} value={step + 1} aria-label={t('surveyAnswer.progressLabel')} />
      </div>
      <SaveStatus snapshot={snapshot} />

      {snapshot.restored > 0 && <p className={styles.notice}>{t('surveyAnswer.restored', { count: snapshot.restored })}</p>}

      {(count > 0 || unmapped.length > 0) && (
        <div className={styles.summary} ref={summaryRef} tabIndex={-1} role="alert">
          <h2>{count > 0 ? t('surveyAnswer.errorSummaryTitle', { count }) : t('surveyAnswer.errorSummaryOther')}</h2>
          <ul>
            {Object.entries(errors).map(([key, found]) => {
              const question = questionOf(key);
              if (!question || !found.issue) return null;
              const firstProduct = Object.keys(found.products ?? {})[0];
              const target = firstProduct === undefined ? questionDomId(key) : productDomId(key, Number(firstProduct));
              return (
                <li key={key}>
                  <button type="button" className={styles.linkButton} onClick={() => go(groupIndexOf(key), target)}>
                    {localized(question.text, language)}
                  </button>
                  ：{issueText(found.issue)}
                </li>
              );
            })}
            {unmapped.map((e) => (
              <li key={`${e.field}:${e.key}`}>{issueText({ key: e.key.split('.').pop() ?? e.key, params: { ...e.params, defaultValue: e.message } })}</li>
            ))}
          </ul>
        </div>
      )}

      {group ? (
        <section aria-labelledby="answer-step-heading">
          <h2 id="answer-step-heading" className={styles.stepHeading} ref={headingRef} tabIndex={-1}>
            {localized(group.title, language)}
          </h2>
          {group.questions.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              value={answers[question.key]}
              onChange={(value) => change(question.key, value)}
              errors={errors[question.key]}
              products={form.products}
            />
          ))}
        </section>
      ) : (
        <section aria-labelledby="answer-step-heading">
          <h2 id="answer-step-heading" className={styles.stepHeading} ref={headingRef} tabIndex={-1}>
            {t('surveyAnswer.reviewTitle')}
          </h2>
          <div ref={noticeRef} tabIndex={-1} role="status">
            {snapshot.submit === 'done' && (
              <div className={`${styles.notice} ${styles.noticeOk}`}>
                <p style={{ margin: 0, fontWeight: 700 }}>{t('surveyAnswer.submitted')}</p>
                {closesOnText && <p style={{ margin: 0 }}>{t('surveyAnswer.changeUntil', { date: closesOnText })}</p>}
              </div>
            )}
            {snapshot.submit === 'queued' && <p className={`${styles.notice} ${styles.noticeWarn}`}>{t('surveyAnswer.submitQueued')}</p>}
            {snapshot.submit === 'conflict' && <p className={`${styles.notice} ${styles.noticeWarn}`}>{t('surveyAnswer.conflict')}</p>}
          </div>
          {snapshot.submit !== 'done' && <p className={styles.stepDescription}>{t('surveyAnswer.reviewDescription')}</p>}
          {groups.map((g, index) => (
            <ReviewGroup key={g.key} group={g} answers={answers} form={form} onEdit={() => go(index)} errors={errors} />
          ))}
        </section>
      )}

      <nav className={styles.nav} aria-label={t('surveyAnswer.progressLabel')}>
        <div className={styles.navInner}>
          <button type="button" className={styles.button} onClick={() => go(step - 1)} disabled={step === 0}>
            {t('surveyAnswer.previous')}
          </button>
          {step < reviewStep ? (
            <button type="button" className={`${styles.button} ${styles.buttonPrimary}`} onClick={() => go(step + 1)}>
              {step === reviewStep - 1 ? t('surveyAnswer.review') : t('surveyAnswer.next')}
            </button>
          ) : (
            <button
              type="button"
              className={`${styles.button} ${styles.buttonPrimary}`}
              onClick={attemptSubmit}
              disabled={submitting || snapshot.status === 'gone'}
            >
              {submitting ? t('surveyAnswer.submitting') : snapshot.submitted ? t('surveyAnswer.resubmit') : t('surveyAnswer.submit')}
            </button>
          )}
        </div>
      </nav>
    </div>
  );
}

function ReviewGroup({
  group,
  answers,
  form,
  onEdit,
  errors,
}: {
  group: GroupModel;
  answers: Readonly<Answers>;
  form: FormModel;
  onEdit: () => void;
  errors: FormErrors;
}) {
  const { t, i18n } = useTranslation();
  const title = localized(group.title, i18n.language);
  return (
    <div className={styles.reviewGroup}>
      <h3>
        {title}
        <button type="button" className={styles.linkButton} onClick={onEdit} aria-label={t('surveyAnswer.editLabel', { title })}>
          {t('surveyAnswer.edit')}
        </button>
      </h3>
      <dl className={styles.reviewList}>
        {group.questions.map((question) => (
          <div key={question.key}>
            <dt>{localized(question.text, i18n.language)}</dt>
            <dd>
              <AnswerText question={question} value={answers[question.key]} form={form} missing={errors[question.key] !== undefined} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** One answer as plain text, for the review screen. */
function AnswerText({ question, value, form, missing }: { question: QuestionModel; value: AnswerValue | undefined; form: FormModel; missing: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (!isAnswered(question, value) || !value) {
    return <span className={question.required || missing ? styles.missing : undefined}>{t('surveyAnswer.notAnswered')}</span>;
  }
  const optionText = (key: string) => localized(question.options?.find((o) => o.key === key)?.text, language) || key;
  switch (question.type) {
    case 'SINGLE_CHOICE':
      return <>{optionText(value.choice ?? '')}</>;
    case 'MULTIPLE_CHOICE':
      return <>{(value.choices ?? []).map(optionText).join('、')}</>;
    case 'FREE_TEXT':
      return <>{value.text}</>;
    case 'NUMBER':
      return (
        <>
          {value.numberText ?? value.number} {localized(question.unit, language)}
        </>
      );
    case 'SCALE':
      return <>{value.number} / 5</>;
    case 'PRODUCT_RATINGS':
      return (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {(value.ratings ?? []).filter(isTouched).map((rating) => {
            const product = form.products.find((p) => p.id === rating.productId);
            const scores = CRITERIA.map((c) => `${t(`surveyAnswer.grid.criteria.${c}`)} ${rating[c] ?? '—'}`).join('\u3000');
            return (
              <li key={rating.productId}>
                <strong>{product?.name ?? rating.productId}</strong>：{scores}
                {rating.wantToNegotiate && `\u3000${t('surveyAnswer.grid.wantToNegotiate')}`}
                {rating.comment && <div>{rating.comment}</div>}
              </li>
            );
          })}
        </ul>
      );
  }
}
