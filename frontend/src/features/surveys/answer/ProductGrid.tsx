import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './answer.module.css';
import {
  CRITERIA,
  isTouched,
  ratingOf,
  withRating,
  type AnswerValue,
  type Criterion,
  type ProductModel,
  type ProductRating,
  type QuestionModel,
} from './model';
import { RatingButtons, useIssueText } from './controls';
import type { QuestionErrors } from './validation';

type Filter = 'all' | 'rated' | 'unrated';

interface Props {
  question: QuestionModel;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  products: ProductModel[];
  errors: QuestionErrors | undefined;
}

const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

/** How many of the five criteria a row has. */
const ratedCount = (rating: ProductRating) => CRITERIA.filter((c) => rating[c] !== undefined).length;

/**
 * The per-product rating grid on a phone: one card per product, folded to its name and how
 * far it is rated; unfolded, the five criteria as rows of 1–5 buttons, a comment, "want to
 * negotiate" and, with it, the consent to be named to the firm.
 */
export function ProductGrid({ question, value, onChange, products, errors }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<Set<number>>(() => new Set(products.length === 1 && products[0] ? [products[0].id] : []));

  if (products.length === 0) return <p className={styles.help}>{t('surveyAnswer.grid.noProducts')}</p>;

  const rated = products.filter((p) => isTouched(ratingOf(value, p.id)));
  const shown = filter === 'all' ? products : filter === 'rated' ? rated : products.filter((p) => !isTouched(ratingOf(value, p.id)));
  const update = (rating: ProductRating) => {
    const next = withRating(value, rating);
    onChange((next.ratings ?? []).length > 0 ? next : undefined);
  };

  return (
    <div>
      <p className={styles.help}>{t('surveyAnswer.grid.intro')}</p>
      <fieldset className={styles.gridFilter}>
        <legend className={styles.visuallyHidden}>{t('surveyAnswer.grid.filterLabel')}</legend>
        {(
          [
            ['all', t('surveyAnswer.grid.filterAll', { count: products.length })],
            ['rated', t('surveyAnswer.grid.filterRated', { count: rated.length })],
            ['unrated', t('surveyAnswer.grid.filterUnrated', { count: products.length - rated.length })],
          ] as const
        ).map(([key, label]) => (
          <label key={key}>
            <input type="radio" name={`${id}-filter`} value={key} checked={filter === key} onChange={() => setFilter(key)} />
            {label}
          </label>
        ))}
      </fieldset>
      {shown.map((product) => (
        <ProductCard
          key={product.id}
          questionKey={question.key}
          product={product}
          rating={ratingOf(value, product.id)}
          onChange={update}
          problem={errors?.products?.[product.id]}
          open={open.has(product.id) || errors?.products?.[product.id] !== undefined}
          onToggle={(isOpen) =>
            setOpen((current) => {
              const next = new Set(current);
              if (isOpen) next.add(product.id);
              else next.delete(product.id);
              return next;
            })
          }
        />
      ))}
    </div>
  );
}

interface CardProps {
  questionKey: string;
  product: ProductModel;
  rating: ProductRating;
  onChange: (rating: ProductRating) => void;
  problem: { issue: { key: string; params?: Record<string, unknown> }; criteria: Criterion[] } | undefined;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** The DOM id of a product's card in the grid (the error summary links to it). */
export const productDomId = (questionKey: string, productId: number) => `question-${questionKey}-product-${productId}`;

function ProductCard({ questionKey, product, rating, onChange, problem, open, onToggle }: CardProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const id = useId();
  const count = ratedCount(rating);
  const touched = isTouched(rating);
  const details = [
    product.category,
    product.contentVolume,
    product.priceYen === undefined
      ? undefined
      : t(product.taxIncluded ? 'surveyAnswer.grid.priceTaxIncluded' : 'surveyAnswer.grid.priceTaxExcluded', { price: yen.format(product.priceYen) }),
  ].filter(Boolean);
  const stateText = !touched ? t('surveyAnswer.grid.notRated') : count === 5 ? t('surveyAnswer.grid.complete') : t('surveyAnswer.grid.ratedCount', { rated: count });
  const problemId = `${id}-problem`;

  return (
    <details
      className={`${styles.product} ${problem ? styles.productInvalid : ''}`}
      id={productDomId(questionKey, product.id)}
      open={open}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        if (isOpen !== open) onToggle(isOpen);
      }}
    >
      <summary className={styles.productSummary}>
        <span>
          <span className={styles.productName}>{product.name}</span>
          <span className={styles.productFirm}>{t('surveyAnswer.grid.productOf', { firm: product.firmTradeName })}</span>
        </span>
        <span className={`${styles.productState} ${count === 5 ? styles.productStateDone : ''}`}>{stateText}</span>
      </summary>
      <div className={styles.productBody}>
        {details.length > 0 && <p className={styles.productDetails}>{details.join('・')}</p>}
        {problem && (
          <p id={problemId} className={styles.error}>
            {issueText(problem.issue)}
          </p>
        )}
        {CRITERIA.map((criterion) => {
          const label = t(`surveyAnswer.grid.criteria.${criterion}`);
          const invalid = problem?.criteria.includes(criterion) ?? false;
          return (
            <fieldset
              key={criterion}
              className={`${styles.fieldset} ${styles.criterion}`}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? problemId : undefined}
            >
              <legend className={styles.legend}>{t('surveyAnswer.grid.criterionLegend', { criterion: label })}</legend>
              <RatingButtons
                name={`${id}-${criterion}`}
                value={rating[criterion]}
                invalid={invalid}
                onChange={(point) => onChange({ ...rating, [criterion]: point })}
                pointLabel={(point) => `${label} ${t('surveyAnswer.grid.point', { point })}`}
              />
            </fieldset>
          );
        })}
        <label className={styles.label} htmlFor={`${id}-comment`} style={{ marginTop: 14, fontSize: 15 }}>
          {t('surveyAnswer.grid.comment')}
        </label>
        <textarea
          id={`${id}-comment`}
          className={styles.textarea}
          rows={2}
          placeholder={t('surveyAnswer.grid.commentHint')}
          value={rating.comment ?? ''}
          onChange={(e) => onChange({ ...rating, comment: e.currentTarget.value || undefined })}
        />
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={rating.wantToNegotiate === true}
            // Consent only means something with the wish to negotiate: unticking the wish drops it.
            onChange={(e) => onChange({ ...rating, wantToNegotiate: e.currentTarget.checked, consentToBeNamed: e.currentTarget.checked && rating.consentToBeNamed === true })}
          />
          <span>{t('surveyAnswer.grid.wantToNegotiate')}</span>
        </label>
        {rating.wantToNegotiate && (
          <label className={styles.check}>
            <input type="checkbox" checked={rating.consentToBeNamed === true} onChange={(e) => onChange({ ...rating, consentToBeNamed: e.currentTarget.checked })} />
            <span>
              {t('surveyAnswer.grid.consentToBeNamed')}
              <span className={styles.checkHint}>{t('surveyAnswer.grid.consentHint')}</span>
            </span>
          </label>
        )}
        {touched && (
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => onChange({ productId: product.id })}
          >
            {t('surveyAnswer.grid.clear')}
          </button>
        )}
      </div>
    </details>
  );
}
