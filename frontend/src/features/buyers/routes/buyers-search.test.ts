import { describe, expect, it } from 'vitest';
import { buyersSearchSchema, hasFilters, toListParams } from './buyers-search';

const parse = (input: Record<string, unknown>) => buyersSearchSchema.parse(input);

describe('buyersSearchSchema', () => {
  it('fills in the defaults for an empty address', () => {
    expect(parse({})).toEqual({ archived: false, sort: 'nameKana', page: 1, size: 20 });
  });

  it('keeps valid values', () => {
    const search = { q: 'まるいち', type: 'SUPERMARKET', region: 'TOKYO_AREA', archived: true, sort: '-updatedAt', page: 3, size: 50 };
    expect(parse(search)).toEqual(search);
  });

  it('falls back to the default for each invalid value, keeping the valid ones', () => {
    expect(
      parse({ q: 'x'.repeat(101), type: 'supermarket', region: 'TOKYO', archived: 'yes', sort: 'employees', page: 0, size: 7 }),
    ).toEqual({ archived: false, sort: 'nameKana', page: 1, size: 20 });
    expect(parse({ type: 'OTHER', region: 'bogus', page: 2.5, size: 100 })).toEqual({
      type: 'OTHER',
      archived: false,
      sort: 'nameKana',
      page: 1,
      size: 100,
    });
    expect(parse({ page: -1, sort: 'updatedAt' })).toMatchObject({ page: 1, sort: 'updatedAt' });
  });

  it('reads a number or boolean the router parsed from ?q= back as text', () => {
    expect(parse({ q: 2468 }).q).toBe('2468');
    expect(parse({ q: false }).q).toBe('false');
  });
});

describe('hasFilters', () => {
  it('is false for the defaults, a blank search text, another sort or page', () => {
    expect(hasFilters(parse({}))).toBe(false);
    expect(hasFilters(parse({ q: ' 　', sort: '-nameKana', page: 4, size: 50 }))).toBe(false);
  });

  it.each([{ q: 'ﾏﾙｲﾁ' }, { type: 'RESTAURANT' }, { region: 'OVERSEAS' }, { archived: true }])('is true for %o', (input) => {
    expect(hasFilters(parse(input))).toBe(true);
  });
});

describe('toListParams', () => {
  it('asks for the zero-based page and leaves out what is not set', () => {
    expect(toListParams(parse({ page: 2 }))).toEqual({
      q: undefined,
      type: undefined,
      region: undefined,
      archived: undefined,
      sort: 'nameKana',
      page: 1,
      size: 20,
    });
  });

  it('folds the search text as the server does and passes the filters on', () => {
    expect(
      toListParams(parse({ q: ' ﾏﾙｲﾁ　ｽﾄｱ ', type: 'WHOLESALER', region: 'KINKI', archived: true, sort: '-updatedAt', size: 50 })),
    ).toEqual({ q: 'マルイチ ストア', type: 'WHOLESALER', region: 'KINKI', archived: true, sort: '-updatedAt', page: 0, size: 50 });
  });

  it('sends no search text when only white space was typed', () => {
    expect(toListParams(parse({ q: '　 ' })).q).toBeUndefined();
  });
});
