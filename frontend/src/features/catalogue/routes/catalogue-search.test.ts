import { describe, expect, it } from 'vitest';
import { catalogueSearchSchema, chosenProject, toCatalogueParams } from './catalogue-search';

const parse = (input: Record<string, unknown>) => catalogueSearchSchema.parse(input);

describe('catalogueSearchSchema', () => {
  it('fills in the defaults, and keeps valid values', () => {
    expect(parse({})).toEqual({ picked: false, view: 'products', page: 1 });
    expect(parse({ project: 12, q: 'ｻﾝﾏ', picked: true, view: 'timetable', page: 2 })).toEqual({
      project: 12,
      q: 'ｻﾝﾏ',
      picked: true,
      view: 'timetable',
      page: 2,
    });
  });

  it('falls back for what a hand-edited address gets wrong', () => {
    expect(parse({ project: 'abc', view: 'map', picked: 'yes', page: -2 })).toEqual({ picked: false, view: 'products', page: 1 });
  });
});

describe('toCatalogueParams', () => {
  it('folds half-width kana as the server does and makes the page zero-based', () => {
    expect(toCatalogueParams(parse({ q: 'ｻﾝﾏ', page: 3 }))).toEqual({ q: 'サンマ', page: 2, size: 30 });
  });

  it('asks for the picks only when the buyer wants them', () => {
    expect(toCatalogueParams(parse({ picked: true }))).toMatchObject({ picked: true });
    expect(toCatalogueParams(parse({}))).not.toHaveProperty('picked', false);
  });
});

describe('chosenProject', () => {
  it('shows the project in the address when invited to it, the first otherwise', () => {
    expect(chosenProject([3, 5], 5)).toBe(5);
    expect(chosenProject([3, 5], 9)).toBe(3);
    expect(chosenProject([], 9)).toBeUndefined();
  });
});
