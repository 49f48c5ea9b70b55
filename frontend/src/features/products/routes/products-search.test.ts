import { describe, expect, it } from 'vitest';
import { hasFilters, productsSearchSchema, toExportParams, toListParams } from './products-search';

const parse = (input: Record<string, unknown>) => productsSearchSchema.parse(input);

describe('productsSearchSchema', () => {
  it('fills in the defaults for an empty address', () => {
    expect(parse({})).toEqual({ sort: 'nameKana', page: 1, size: 20 });
  });

  it('keeps valid values', () => {
    expect(parse({ q: 'かまぼこ', firmId: 12, hasPhoto: false, sort: '-priceYen', page: 3, size: 50 })).toEqual({
      q: 'かまぼこ',
      firmId: 12,
      hasPhoto: false,
      sort: '-priceYen',
      page: 3,
      size: 50,
    });
  });

  it('falls back to the default for each invalid value, keeping the valid ones', () => {
    expect(parse({ q: 'x'.repeat(101), firmId: 'abc', hasPhoto: 'yes', sort: 'price', page: 0, size: 7 })).toEqual({
      sort: 'nameKana',
      page: 1,
      size: 20,
    });
    expect(parse({ firmId: 0 }).firmId).toBeUndefined();
    expect(parse({ firmId: 1.5 }).firmId).toBeUndefined();
    expect(parse({ firmId: 7, sort: 'updatedAt' })).toMatchObject({ firmId: 7, sort: 'updatedAt' });
  });

  it('reads a number the router parsed from ?q= back as text', () => {
    expect(parse({ q: 1080 }).q).toBe('1080');
  });
});

describe('hasFilters', () => {
  it('is false for the defaults, a blank search, another sort or page', () => {
    expect(hasFilters(parse({}))).toBe(false);
    expect(hasFilters(parse({ q: ' ', sort: '-updatedAt', page: 2 }))).toBe(false);
  });

  it.each([{ q: 'ｶﾏﾎﾞｺ' }, { firmId: 3 }, { hasPhoto: false }])('is true for %o', (input) => {
    expect(hasFilters(parse(input))).toBe(true);
  });
});

describe('toListParams', () => {
  it('asks for the zero-based page and leaves out what is not set', () => {
    expect(toListParams(parse({ page: 2 }))).toEqual({
      q: undefined,
      firmId: undefined,
      hasPhoto: undefined,
      sort: 'nameKana',
      page: 1,
      size: 20,
    });
  });

  it('normalises half-width kana and spaces as the server compares them', () => {
    expect(toListParams(parse({ q: ' ｶﾏﾎﾞｺ　', hasPhoto: true, firmId: 5 }))).toMatchObject({ q: 'カマボコ', hasPhoto: true, firmId: 5 });
  });
});

describe('toExportParams', () => {
  it('exports what the list shows, every page of it', () => {
    expect(toExportParams(toListParams(parse({ q: 'いわき', hasPhoto: true, page: 4, size: 50 })))).toEqual({
      q: 'いわき',
      firmId: undefined,
      hasPhoto: true,
      sort: 'nameKana',
    });
  });
});
