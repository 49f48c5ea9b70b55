import { describe, expect, it } from 'vitest';
import type { SurveyContent } from '@/records/survey/types';
import { editorPathOf, freshKey, fromContent, move, newGroup, newQuestion, toContent, validateContent } from './template-editor';

const CONTENT: SurveyContent = {
  title: { ja: '食の商談会 ニーズ調査', en: 'Food trade meeting survey' },
  groups: [
    {
      key: 'sales',
      title: { ja: '売れ筋' },
      questions: [
        { key: 'bestSellers', type: 'FREE_TEXT', text: { ja: '売れ筋は？' }, required: true, maxLength: 500 },
        {
          key: 'packaging',
          type: 'SINGLE_CHOICE',
          text: { ja: '包装' },
          required: false,
          options: [
            { key: 'single', text: { ja: '個包装', en: 'Single' } },
            { key: 'bulk', text: { ja: '業務用' } },
          ],
        },
      ],
    },
    { key: 'tasting', title: { ja: '商品評価' }, questions: [{ key: 'products', type: 'PRODUCT_RATINGS', text: { ja: '試食した商品' }, required: true }] },
  ],
};

describe('template editor state', () => {
  it('round-trips the API content, sending only the fields of each type', () => {
    const editable = fromContent(CONTENT);
    editable.groups[0]!.questions[0]!.options = [];
    editable.groups[0]!.questions[0]!.min = 3; // left from a former NUMBER type: not sent for FREE_TEXT
    expect(toContent(editable)).toEqual(CONTENT);
  });

  it('moves items up and down and leaves the list alone at its ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives new questions, groups and options keys not used yet', () => {
    expect(freshKey('question', ['question1', 'question3'])).toBe('question4');
    expect(newQuestion(['question1']).key).toBe('question2');
    expect(newQuestion([], 'MULTIPLE_CHOICE').options).toHaveLength(2);
    expect(newQuestion([], 'SCALE').options).toHaveLength(0);
    expect(newGroup(['group1'], []).key).toBe('group2');
  });

  it('accepts the shipped-like content', () => {
    expect(validateContent({ ja: '食' }, fromContent(CONTENT))).toEqual({});
  });

  it('names each problem where it is: blank texts, bad or duplicate keys, too few options, min above max, two grids', () => {
    const editable = fromContent(CONTENT);
    const [sales, tasting] = editable.groups;
    sales!.questions[0]!.text.ja = '  ';
    sales!.questions[1]!.key = 'bestSellers';
    sales!.questions[1]!.options = sales!.questions[1]!.options.slice(0, 1);
    const number = newQuestion(['x'], 'NUMBER');
    number.key = 'Quantity';
    number.min = 10;
    number.max = 1;
    tasting!.questions.push(number);
    const grid = newQuestion(['y'], 'PRODUCT_RATINGS');
    grid.key = 'second';
    grid.text.ja = '二つ目';
    tasting!.questions.push(grid);
    const errors = validateContent({ ja: '' }, editable);
    expect(errors['name.ja']).toBe('requiredText');
    expect(errors[`${sales!.questions[0]!.uid}.text`]).toBe('requiredText');
    expect(errors[`${sales!.questions[1]!.uid}.key`]).toBe('duplicateKey');
    expect(errors[`${sales!.questions[1]!.uid}.options`]).toBe('optionsCount');
    expect(errors[`${number.uid}.key`]).toBe('keyPattern');
    expect(errors[`${number.uid}.min`]).toBe('minAboveMax');
    expect(errors[`${grid.uid}.type`]).toBe('oneGrid');
  });

  it('maps the API field paths onto the editor', () => {
    const editable = fromContent(CONTENT);
    const packaging = editable.groups[0]!.questions[1]!;
    expect(editorPathOf(editable, 'content.groups[0].questions[1].options')).toBe(`${packaging.uid}.options`);
    expect(editorPathOf(editable, 'content.groups[0].questions[1].options[1].key')).toBe(`${packaging.options[1]!.uid}.key`);
    expect(editorPathOf(editable, 'content.groups[1].title')).toBe(`${editable.groups[1]!.uid}.title`);
    expect(editorPathOf(editable, 'name.ja')).toBeUndefined();
    expect(editorPathOf(editable, 'content.groups[9]')).toBeUndefined();
  });
});
