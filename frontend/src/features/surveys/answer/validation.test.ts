import { describe, expect, it } from 'vitest';
import { withRating, type FormModel } from './model';
import { firstGroupWithErrors, parseNumber, problemToFormErrors, validateAnswers } from './validation';

const FOOD: FormModel = {
  title: { ja: '食の商談会 ニーズ調査' },
  products: [
    { id: 11, name: '鮟鱇のどぶ汁', firmId: 1, firmTradeName: 'いわき水産', taxIncluded: true },
    { id: 12, name: 'さんまのポーポー焼き', firmId: 1, firmTradeName: 'いわき水産', taxIncluded: true },
  ],
  groups: [
    {
      key: 'sales',
      title: { ja: '売れ筋' },
      questions: [
        { key: 'bestSellers', type: 'FREE_TEXT', text: { ja: '売れ筋' }, required: true, maxLength: 10 },
        {
          key: 'categories',
          type: 'MULTIPLE_CHOICE',
          text: { ja: '商談希望品目' },
          required: false,
          maxChoices: 2,
          options: [
            { key: 'fish', text: { ja: '水産' } },
            { key: 'sweets', text: { ja: '菓子' } },
            { key: 'sake', text: { ja: '酒' } },
          ],
        },
      ],
    },
    {
      key: 'quantity',
      title: { ja: '必要量' },
      questions: [
        { key: 'quantity', type: 'NUMBER', text: { ja: '必要量' }, required: true, min: 1, max: 10000 },
        { key: 'packaging', type: 'SINGLE_CHOICE', text: { ja: '包装' }, required: false, options: [{ key: 'single', text: { ja: '個包装' } }] },
        { key: 'satisfaction', type: 'SCALE', text: { ja: '満足度' }, required: true },
      ],
    },
    {
      key: 'products',
      title: { ja: '商品評価' },
      questions: [{ key: 'tasting', type: 'PRODUCT_RATINGS', text: { ja: '試食した商品' }, required: true }],
    },
  ],
};

describe('validateAnswers', () => {
  it('names every required question left empty, and nothing else', () => {
    const errors = validateAnswers(FOOD, { categories: { choices: ['fish'] } });
    expect(Object.keys(errors).sort()).toEqual(['bestSellers', 'quantity', 'satisfaction', 'tasting']);
    expect(errors.bestSellers?.issue?.key).toBe('required');
    expect(firstGroupWithErrors(FOOD, errors)).toBe(0);
  });

  it('treats white space as no answer', () => {
    expect(validateAnswers(FOOD, { bestSellers: { text: '   ' } }).bestSellers?.issue?.key).toBe('required');
  });

  it('checks numbers as typed on a Japanese keyboard, their range and whole-ness', () => {
    expect(parseNumber('１，２００')).toBe(1200);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('12kg')).toBe('invalid');
    const base = { bestSellers: { text: '干物' }, satisfaction: { number: 4 } };
    expect(validateAnswers(FOOD, { ...base, quantity: { numberText: '0' } }).quantity?.issue).toEqual({ key: 'Min', params: { value: 1 } });
    expect(validateAnswers(FOOD, { ...base, quantity: { numberText: '10001' } }).quantity?.issue?.key).toBe('Max');
    expect(validateAnswers(FOOD, { ...base, quantity: { numberText: '2.5' } }).quantity?.issue?.key).toBe('integer');
    const weight = { ...FOOD, groups: [{ key: 'w', title: { ja: '重さ' }, questions: [{ key: 'kg', type: 'NUMBER' as const, text: { ja: 'kg' }, required: false, decimals: 1 }] }] };
    expect(validateAnswers(weight, { kg: { numberText: '2.5' } })).toEqual({});
    expect(validateAnswers(weight, { kg: { numberText: '2.55' } }).kg?.issue).toEqual({ key: 'decimals', params: { count: 1 } });
    expect(validateAnswers(FOOD, { ...base, quantity: { numberText: 'たくさん' } }).quantity?.issue?.key).toBe('number');
    expect(validateAnswers(FOOD, { ...base, quantity: { numberText: '２００' } }).quantity).toBeUndefined();
  });

  it('refuses more choices than allowed and text longer than allowed', () => {
    const errors = validateAnswers(FOOD, { categories: { choices: ['fish', 'sweets', 'sake'] }, bestSellers: { text: 'あ'.repeat(11) } });
    expect(errors.categories?.issue).toEqual({ key: 'tooManyChoices', params: { max: 2 } });
    expect(errors.bestSellers?.issue).toEqual({ key: 'tooLong', params: { max: 10 } });
  });

  it('needs at least one rated product in a required grid, and all five criteria of each product rated', () => {
    let ratings = withRating(undefined, { productId: 11, taste: 5, design: 4, wantToNegotiate: true, consentToBeNamed: false });
    // A product left alone is not part of the answer.
    ratings = withRating(ratings, { productId: 12 });
    expect(ratings.ratings).toHaveLength(1);
    const errors = validateAnswers(FOOD, { tasting: ratings });
    expect(errors.tasting?.products?.[11]).toEqual({ issue: { key: 'incomplete', params: { count: 3 } }, criteria: ['price', 'contentVolume', 'package'] });
    expect(errors.tasting?.products?.[12]).toBeUndefined();

    const complete = withRating(ratings, { productId: 11, design: 4, taste: 5, price: 3, contentVolume: 3, package: 2, wantToNegotiate: true, consentToBeNamed: true });
    expect(validateAnswers(FOOD, { tasting: complete }).tasting).toBeUndefined();
  });

  it('refuses a product that is not in the project', () => {
    const ratings = withRating(undefined, { productId: 99, design: 1, taste: 1, price: 1, contentVolume: 1, package: 1, wantToNegotiate: false, consentToBeNamed: false });
    expect(validateAnswers(FOOD, { tasting: ratings }).tasting?.products?.[99]?.issue.key).toBe('productNotInProject');
  });

  it('accepts a complete response', () => {
    const ratings = withRating(undefined, { productId: 12, design: 3, taste: 4, price: 2, contentVolume: 5, package: 1, wantToNegotiate: false, consentToBeNamed: false });
    expect(validateAnswers(FOOD, { bestSellers: { text: '干物' }, quantity: { numberText: '300' }, satisfaction: { number: 5 }, tasting: ratings })).toEqual({});
  });
});

describe('problemToFormErrors', () => {
  it('puts the API errors beside their questions and products, and returns the rest', () => {
    const { errors, unmapped } = problemToFormErrors(FOOD, {
      type: 'urn:iwaki-matching:problem:validation',
      title: 'Invalid',
      status: 400,
      errors: [
        { field: 'answers.bestSellers', key: 'survey.answer.required', message: 'must be answered' },
        { field: 'answers.quantity', key: 'validation.Max', message: 'too big', params: { value: 10000 } },
        { field: 'answers.tasting.ratings.11.taste', key: 'survey.rating.incomplete', message: 'rate taste' },
        { field: 'answers.tasting.ratings.11.price', key: 'survey.rating.incomplete', message: 'rate price' },
        { field: 'answers.gone', key: 'survey.answer.unknownQuestion', message: 'no such question' },
        { field: 'If-Match', key: 'validation.NotBlank', message: 'missing' },
      ],
    });
    expect(errors.bestSellers?.issue?.key).toBe('required');
    expect(errors.quantity?.issue).toEqual({ key: 'Max', params: { value: 10000, defaultValue: 'too big' } });
    expect(errors.tasting?.products?.[11]?.criteria).toEqual(['taste', 'price']);
    expect(errors.tasting?.products?.[11]?.issue.key).toBe('incomplete');
    expect(unmapped.map((e) => e.field)).toEqual(['answers.gone', 'If-Match']);
  });

  it('reads bracketed paths too', () => {
    const { errors } = problemToFormErrors(FOOD, {
      type: 'x',
      title: 'x',
      status: 400,
      errors: [{ field: 'answers[tasting].ratings[12].design', key: 'validation.Min', message: 'min' }],
    });
    expect(errors.tasting?.products?.[12]?.criteria).toEqual(['design']);
  });
});
