import type { components } from '@/api/schema';

/**
 * The answer form's view of a survey: questions in groups, the products of the rating
 * grid, and one answer value per question. `api.ts` converts the API's SurveyForm and
 * answers to and from this, so the form components and their validation do not follow
 * every detail of the wire format.
 */

export const CRITERIA = ['design', 'taste', 'price', 'contentVolume', 'package'] as const;
/** デザイン, 味, 価格, 内容量, パッケージ: each rated 1–5. */
export type Criterion = (typeof CRITERIA)[number];

export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

type Schemas = components['schemas'];

export type QuestionType = Schemas['QuestionType'];
/** Text in both languages; English may be missing, then Japanese is shown. */
export type Localized = Schemas['LocalizedText'];
export type ChoiceOption = Schemas['ChoiceOption'];
export type QuestionModel = Schemas['Question'];
export type GroupModel = Schemas['QuestionGroup'];
/** A product of the grid: what a buyer needs to recognise what they tasted. */
export type ProductModel = Schemas['FormProduct'];
/** One product's row of the grid. Criteria stay unset until rated. */
export type ProductRating = Schemas['ProductRating'];

/** What the form shows: the template version's content and the project's products. */
export interface FormModel {
  title: Localized;
  intro?: Localized;
  groups: GroupModel[];
  products: ProductModel[];
}

/**
 * One question's answer as the API has it (`choice`, `choices`, `text`, `number`, `ratings`
 * by the question's type), plus a number as the buyer typed it, so that "1." or "１２" stays in
 * the box while it is being typed (`api.ts` leaves it out of what is sent).
 */
export type AnswerValue = Schemas['Answer'] & { numberText?: string };

export type Answers = Record<string, AnswerValue>;

/** The text in this language, else Japanese. */
export function localized(text: Localized | undefined, language: string): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.ja;
}

/** A rating row that says anything at all (a product left alone is not part of the answer). */
export function isTouched(rating: ProductRating): boolean {
  return (
    CRITERIA.some((c) => rating[c] !== undefined) ||
    Boolean(rating.comment?.trim()) ||
    rating.wantToNegotiate === true ||
    rating.consentToBeNamed === true
  );
}

/** Whether the question has an answer at all (for 必須 and the progress). */
export function isAnswered(question: QuestionModel, value: AnswerValue | undefined): boolean {
  if (!value) return false;
  switch (question.type) {
    case 'SINGLE_CHOICE':
      return Boolean(value.choice);
    case 'FREE_TEXT':
      return Boolean(value.text?.trim());
    case 'MULTIPLE_CHOICE':
      return (value.choices?.length ?? 0) > 0;
    case 'NUMBER':
      return Boolean(value.numberText?.trim()) || value.number !== undefined;
    case 'SCALE':
      return value.number !== undefined;
    case 'PRODUCT_RATINGS':
      return (value.ratings ?? []).some(isTouched);
  }
}

/** The rating row of a product, or an empty one. */
export function ratingOf(value: AnswerValue | undefined, productId: number): ProductRating {
  return value?.ratings?.find((r) => r.productId === productId) ?? { productId };
}

/** The answer with one product's row replaced (rows left empty are dropped). */
export function withRating(value: AnswerValue | undefined, rating: ProductRating): AnswerValue {
  const others = (value?.ratings ?? []).filter((r) => r.productId !== rating.productId);
  const ratings = isTouched(rating) ? [...others, rating] : others;
  return { ...value, ratings: ratings.sort((a, b) => a.productId - b.productId) };
}
