import { describe, expect, it } from 'vitest';
import { firmsSearchSchema, hasFilters, toListParams } from './firms-search';

const parse = (input: Record<string, unknown>) => firmsSearchSchema.parse(input);

describe('firmsSearchSchema', () => {
  it('fills in the defaults for an empty address', () => {
    expect(parse({})).toEqual({ mine: false, archived: false, sort: 'tradeNameKana', page: 1, size: 20 });
  });

  it('keeps valid values', () => {
    const search = { q: 'いわき', industry: 'AB', member: false, advisor: 'sub-1', mine: true, archived: true, sort: '-updatedAt', page: 3, size: 50 };
    expect(parse(search)).toEqual(search);
  });

  it('falls back to the default for each invalid value, keeping the valid ones', () => {
    expect(
      parse({
        q: 'x'.repeat(101),
        industry: 'manufacturing',
        member: 'yes',
        advisor: '   ',
        mine: 'please',
        archived: 1,
        sort: 'name',
        page: 0,
        size: 7,
      }),
    ).toEqual({ mine: false, archived: false, sort: 'tradeNameKana', page: 1, size: 20 });
    expect(parse({ page: 2.5, size: 100, sort: 'employees' })).toMatchObject({ page: 1, size: 100, sort: 'employees' });
    expect(parse({ page: -1 }).page).toBe(1);
  });

  it('reads a number or boolean the router parsed from ?q= back as text', () => {
    expect(parse({ q: 1234567890123 }).q).toBe('1234567890123');
    expect(parse({ q: true }).q).toBe('true');
  });
});

describe('hasFilters', () => {
  it('is false for the defaults and a blank search text', () => {
    expect(hasFilters(parse({}))).toBe(false);
    expect(hasFilters(parse({ q: '  ', sort: '-employees', page: 2 }))).toBe(false);
  });

  const narrowing = [{ q: 'ｲﾜｷ' }, { industry: 'E' }, { member: false }, { advisor: 'sub-1' }, { mine: true }, { archived: true }];
  it.each(narrowing)('is true for %o', (input) => {
    expect(hasFilters(parse(input))).toBe(true);
  });
});

describe('toListParams', () => {
  it('asks for the zero-based page and leaves out what is not set', () => {
    expect(toListParams(parse({ page: 2 }), { ownSubject: 'me', choosesAdvisor: false })).toEqual({
      q: undefined,
      industry: undefined,
      member: undefined,
      advisor: undefined,
      archived: undefined,
      sort: 'tradeNameKana',
      page: 1,
      size: 20,
    });
  });

  it("normalises the search text and filters by the advisor's own subject for `mine`", () => {
    expect(
      toListParams(parse({ q: ' ｲﾜｷ　', mine: true, archived: true, member: true }), { ownSubject: 'sub-1', choosesAdvisor: false }),
    ).toMatchObject({
      q: 'イワキ',
      advisor: 'sub-1',
      archived: true,
      member: true,
    });
  });

  it('filters by the chosen advisor for those who may choose one', () => {
    expect(toListParams(parse({ advisor: 'sub-suzuki' }), { choosesAdvisor: true }).advisor).toBe('sub-suzuki');
  });

  it('ignores an advisor in the address for those who are not offered the choice', () => {
    expect(toListParams(parse({ advisor: 'sub-suzuki' }), { ownSubject: 'sub-me', choosesAdvisor: false }).advisor).toBeUndefined();
  });

  it("lets an advisor's own `mine` win over a chosen advisor", () => {
    expect(toListParams(parse({ advisor: 'sub-other', mine: true }), { ownSubject: 'sub-me', choosesAdvisor: true }).advisor).toBe('sub-me');
  });
});
