import { useTranslation } from 'react-i18next';
import styles from './answer.module.css';
import { SCALE_POINTS } from './model';
import type { Issue } from './validation';

/** A problem's text, from `surveyAnswer.errors.<key>` (the API's own message when unknown). */
export function useIssueText(): (issue: Issue) => string {
  const { t } = useTranslation();
  return (issue) => {
    const params = issue.params ?? {};
    // Keys arrive from the API and the validation at run time: looked up without the typed keys.
    const lookup = t as unknown as (key: string, options: Record<string, unknown>) => string;
    return lookup(`surveyAnswer.errors.${issue.key}`, { ...params, defaultValue: params.defaultValue ?? issue.key });
  };
}

/** Five radio buttons in a row (1–5): a scale question, or one criterion of the product grid. */
export function RatingButtons({
  name,
  value,
  invalid,
  onChange,
  pointLabel,
}: {
  name: string;
  value: number | undefined;
  invalid: boolean;
  onChange: (point: number) => void;
  /** An accessible name per point when the digit alone says too little. */
  pointLabel?: (point: number) => string;
}) {
  return (
    <div className={`${styles.scale} ${invalid ? styles.scaleInvalid : ''}`}>
      {SCALE_POINTS.map((point) => (
        <label key={point} className={styles.scalePoint}>
          <input
            type="radio"
            name={name}
            value={point}
            checked={value === point}
            aria-label={pointLabel?.(point)}
            onChange={() => onChange(point)}
          />
          <span aria-hidden={pointLabel ? true : undefined}>{point}</span>
        </label>
      ))}
    </div>
  );
}
