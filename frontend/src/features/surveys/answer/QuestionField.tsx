import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './answer.module.css';
import { localized, type AnswerValue, type ProductModel, type QuestionModel } from './model';
import { ProductGrid } from './ProductGrid';
import { RatingButtons, useIssueText } from './controls';
import { parseNumber, type QuestionErrors } from './validation';

export interface QuestionProps {
  question: QuestionModel;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  errors: QuestionErrors | undefined;
  products: ProductModel[];
  readOnly?: boolean;
}

/** The id of a question's block, to scroll to and focus from the error summary. */
export const questionDomId = (key: string) => `question-${key}`;

function RequiredBadge({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${required ? styles.badgeRequired : ''}`}>
      {required ? t('surveyAnswer.required') : t('surveyAnswer.optional')}
    </span>
  );
}

/** One question with its label, help, input and problem, in the form its type needs. */
export function QuestionField({ question, value, onChange, errors, products, readOnly }: QuestionProps) {
  const { i18n } = useTranslation();
  const issueText = useIssueText();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const language = i18n.language;
  const text = localized(question.text, language);
  const help = localized(question.help, language);
  const issue = errors?.issue;
  const describedBy = [help ? helpId : undefined, issue ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const invalid = issue !== undefined;
  const helpElement = help ? (
    <p id={helpId} className={styles.help}>
      {help}
    </p>
  ) : null;
  const errorElement = issue ? (
    <p id={errorId} className={styles.error}>
      {issueText(issue)}
    </p>
  ) : null;
  const blockClass = `${styles.question} ${invalid ? styles.questionInvalid : ''}`;

  if (question.type === 'FREE_TEXT' || question.type === 'NUMBER') {
    return (
      <div className={blockClass} id={questionDomId(question.key)}>
        <label className={styles.label} htmlFor={`${id}-input`}>
          {text}
          <RequiredBadge required={question.required} />
        </label>
        {helpElement}
        {question.type === 'FREE_TEXT' ? (
          <FreeText id={`${id}-input`} question={question} value={value} onChange={onChange} describedBy={describedBy} invalid={invalid} readOnly={readOnly} />
        ) : (
          <NumberInput id={`${id}-input`} question={question} value={value} onChange={onChange} describedBy={describedBy} invalid={invalid} readOnly={readOnly} />
        )}
        {errorElement}
      </div>
    );
  }

  return (
    <div className={blockClass} id={questionDomId(question.key)}>
      <fieldset className={styles.fieldset} aria-describedby={describedBy} aria-invalid={invalid || undefined} disabled={readOnly}>
        <legend className={styles.legend}>
          {text}
          <RequiredBadge required={question.required} />
        </legend>
        {helpElement}
        {question.type === 'SINGLE_CHOICE' && <SingleChoice question={question} value={value} onChange={onChange} name={id} />}
        {question.type === 'MULTIPLE_CHOICE' && <MultipleChoice question={question} value={value} onChange={onChange} />}
        {question.type === 'SCALE' && <ScaleInput question={question} value={value} onChange={onChange} name={id} invalid={invalid} />}
        {question.type === 'PRODUCT_RATINGS' && (
          <ProductGrid question={question} value={value} onChange={onChange} products={products} errors={errors} />
        )}
        {errorElement}
      </fieldset>
    </div>
  );
}

interface InputProps {
  question: QuestionModel;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}

function SingleChoice({ question, value, onChange, name }: InputProps & { name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={styles.options}>
      {(question.options ?? []).map((option) => (
        <label key={option.key} className={styles.option}>
          <input
            type="radio"
            name={name}
            value={option.key}
            checked={value?.choice === option.key}
            onChange={() => onChange({ choice: option.key })}
          />
          <span>{localized(option.text, i18n.language)}</span>
        </label>
      ))}
      {value?.choice && !question.required && (
        <button type="button" className={styles.linkButton} onClick={() => onChange(undefined)}>
          {t('surveyAnswer.clearChoice')}
        </button>
      )}
    </div>
  );
}

function MultipleChoice({ question, value, onChange }: InputProps) {
  const { t, i18n } = useTranslation();
  const chosen = value?.choices ?? [];
  const toggle = (key: string, on: boolean) => {
    // Kept in the options' order, whatever order they were ticked in.
    const next = (question.options ?? []).map((o) => o.key).filter((k) => (k === key ? on : chosen.includes(k)));
    onChange(next.length > 0 ? { choices: next } : undefined);
  };
  return (
    <div className={styles.options}>
      {question.maxChoices !== undefined && <p className={styles.help}>{t('surveyAnswer.chooseUpTo', { max: question.maxChoices })}</p>}
      {(question.options ?? []).map((option) => (
        <label key={option.key} className={styles.option}>
          <input type="checkbox" value={option.key} checked={chosen.includes(option.key)} onChange={(e) => toggle(option.key, e.currentTarget.checked)} />
          <span>{localized(option.text, i18n.language)}</span>
        </label>
      ))}
    </div>
  );
}

interface TextInputProps extends InputProps {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  readOnly?: boolean;
}

function FreeText({ id, question, value, onChange, describedBy, invalid, readOnly }: TextInputProps) {
  const { t } = useTranslation();
  const text = value?.text ?? '';
  return (
    <>
      <textarea
        id={id}
        className={styles.textarea}
        value={text}
        rows={3}
        readOnly={readOnly}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={question.required || undefined}
        onChange={(e) => onChange(e.currentTarget.value ? { text: e.currentTarget.value } : undefined)}
      />
      {question.maxLength !== undefined && (
        <p className={styles.counter}>{t('surveyAnswer.characters', { count: text.length, max: question.maxLength })}</p>
      )}
    </>
  );
}

function NumberInput({ id, question, value, onChange, describedBy, invalid, readOnly }: TextInputProps) {
  const { i18n } = useTranslation();
  const unit = localized(question.unit, i18n.language);
  const shown = value?.numberText ?? (value?.number === undefined ? '' : String(value.number));
  return (
    <div className={styles.numberRow}>
      <input
        id={id}
        className={styles.input}
        type="text"
        inputMode={(question.decimals ?? 0) === 0 ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={shown}
        readOnly={readOnly}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={question.required || undefined}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          const parsed = parseNumber(typed);
          onChange(typed ? { numberText: typed, number: typeof parsed === 'number' ? parsed : undefined } : undefined);
        }}
      />
      {unit && <span>{unit}</span>}
    </div>
  );
}

function ScaleInput({ question, value, onChange, name, invalid }: InputProps & { name: string; invalid: boolean }) {
  const { t, i18n } = useTranslation();
  const low = localized(question.scaleLabels?.low, i18n.language);
  const high = localized(question.scaleLabels?.high, i18n.language);
  return (
    <>
      <RatingButtons name={name} value={value?.number} invalid={invalid} onChange={(point) => onChange({ number: point })} />
      {(low || high) && (
        <p className={styles.scaleEnds} aria-hidden="true">
          <span>{low && t('surveyAnswer.scaleLow', { label: low })}</span>
          <span>{high && t('surveyAnswer.scaleHigh', { label: high })}</span>
        </p>
      )}
    </>
  );
}
