/**
 * The answer form's own view of a survey: questions in groups, the products of the rating
 * grid, and one answer value per question. `api.ts` converts the API's SurveyForm and
 * answers to and from this, so the form components and their validation do not follow
 * every detail of the wire format.
 */

export const CRITERIA = ['design', 'taste', 'price', 'contentVolume', 'package'] as const;
/** デザイン, 味, 価格, 内容量, パッケージ: each rated 1–5. */
export type Criterion = (typeof CRITERIA)[number];

export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'FREE_TEXT' | 'NUMBER' | 'SCALE' | 'PRODUCT_RATINGS';

/** Text in both languages; English may be missing, then Japanese is shown. */
export interface Localized {
  ja: string;
  en?: string;
}

export interface ChoiceOption {
  key: string;
  text: Localized;
}

export interface QuestionModel {
  key: string;
  type: QuestionType;
  text: Localized;
  help?: Localized;
  required: boolean;
  /** SINGLE_CHOICE, MULTIPLE_CHOICE */
  options?: ChoiceOption[];
  /** MULTIPLE_CHOICE: at most this many */
  maxChoices?: number;
  /** NUMBER: unit shown after the box (kg, ケース) */
  unit?: Localized;
  /** NUMBER */
  min?: number;
  max?: number;
  /** NUMBER: whole numbers only */
  integer?: boolean;
  /** SCALE: what 1 and 5 mean */
  lowLabel?: Localized;
  highLabel?: Localized;
  /** FREE_TEXT */
  maxLength?: number;
}

export interface GroupModel {
  key: string;
  title: Localized;
  description?: Localized;
  questions: QuestionModel[];
}

/** A product of the grid: what a buyer needs to recognise what they tasted. */
export interface ProductModel {
  id: number;
  name: string;
  firmName: string;
  category?: string;
  contentVolume?: string;
  priceYen?: number;
  taxIncluded?: boolean;
}

export interface FormModel {
  title: Localized;
  intro?: Localized;
  groups: GroupModel[];
  products: ProductModel[];
}

/** One product's row of the grid. Criteria stay unset until rated. */
export interface ProductRating {
  productId: number;
  design?: number;
  taste?: number;
  price?: number;
  contentVolume?: number;
  package?: number;
  comment?: string;
  wantToNegotiate: boolean;
  consentToBeNamed: boolean;
}

/** One question's answer; which field is used depends on the question's type. */
export interface AnswerValue {
  /** SINGLE_CHOICE (an option key), FREE_TEXT */
  text?: string;
  /** MULTIPLE_CHOICE: option keys */
  choices?: string[];
  /** NUMBER as typed (kept as text so 1.5 and half-typed input survive), SCALE as a number */
  number?: number;
  numberText?: string;
  /** PRODUCT_RATINGS */
  ratings?: ProductRating[];
}

export type Answers = Record<string, AnswerValue>;

/** The text in this language, else Japanese. */
export function localized(text: Localized | undefined, language: string): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.ja;
}

/** A rating row that says anything at all (a product left alone is not part of the answer). */
export function isTouched(rating: ProductRating): boolean {
  return (
    CRITERIA.some((c) => rating[c] !== undefined) || Boolean(rating.comment?.trim()) || rating.wantToNegotiate || rating.consentToBeNamed
  );
}

/** Whether the question has an answer at all (for 必須 and the progress). */
export function isAnswered(question: QuestionModel, value: AnswerValue | undefined): boolean {
  if (!value) return false;
  switch (question.type) {
    case 'SINGLE_CHOICE':
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
  return value?.ratings?.find((r) => r.productId === productId) ?? { productId, wantToNegotiate: false, consentToBeNamed: false };
}

/** The answer with one product's row replaced (rows left empty are dropped). */
export function withRating(value: AnswerValue | undefined, rating: ProductRating): AnswerValue {
  const others = (value?.ratings ?? []).filter((r) => r.productId !== rating.productId);
  const ratings = isTouched(rating) ? [...others, rating] : others;
  return { ...value, ratings: ratings.sort((a, b) => a.productId - b.productId) };
}
