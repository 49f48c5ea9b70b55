import { describe, expect, it } from 'vitest';
import {
  fiscalYearChoices,
  hasProjectFilters,
  projectsSearchSchema,
  toProjectExportParams,
  toProjectListParams,
} from './projects-search';

const parse = (input: Record<string, unknown>) => projectsSearchSchema.parse(input);

describe('projectsSearchSchema', () => {
  it('fills in the defaults for an empty address: newest fiscal year first, page 1 of 20', () => {
    expect(parse({})).toEqual({ sort: '-fiscalYear', page: 1, size: 20 });
  });

  it('keeps valid values', () => {
    const search = { q: '商談会', fiscalYear: 2025, program: 'FOOD', state: 'OPEN', sort: 'startsOn', page: 3, size: 50 };
    expect(parse(search)).toEqual(search);
  });

  it('falls back to the default for each invalid value, keeping the valid ones', () => {
    expect(
      parse({ q: 'x'.repeat(101), fiscalYear: 1999, program: 'food', state: 'NOPE', sort: 'title', page: 0, size: 7 }),
    ).toEqual({ sort: '-fiscalYear', page: 1, size: 20 });
    expect(parse({ fiscalYear: 2025.5, program: 'TRADE_SHOW', sort: '-updatedAt' })).toEqual({
      program: 'TRADE_SHOW',
      sort: '-updatedAt',
      page: 1,
      size: 20,
    });
  });

  it('reads a number the router parsed from ?q= back as text', () => {
    expect(parse({ q: 2025 }).q).toBe('2025');
  });
});

describe('hasProjectFilters', () => {
  it('is false for the defaults, a blank search text, another sort or page', () => {
    expect(hasProjectFilters(parse({}))).toBe(false);
    expect(hasProjectFilters(parse({ q: ' 　', sort: 'startsOn', page: 2, size: 50 }))).toBe(false);
  });

  it.each([{ q: 'ｼｮｳﾀﾞﾝ' }, { fiscalYear: 2025 }, { program: 'FOOD' }, { state: 'CLOSED' }])('is true for %o', (input) => {
    expect(hasProjectFilters(parse(input))).toBe(true);
  });
});

describe('toProjectListParams', () => {
  it('asks for the zero-based page and leaves out what is not set', () => {
    expect(toProjectListParams(parse({ page: 2 }))).toEqual({
      q: undefined,
      fiscalYear: undefined,
      program: undefined,
      state: undefined,
      sort: '-fiscalYear',
      page: 1,
      size: 20,
    });
  });

  it('folds the title words as the server does and passes the filters on', () => {
    expect(toProjectListParams(parse({ q: ' ｼｮｳﾀﾞﾝｶｲ　２０２５ ', fiscalYear: 2025, state: 'OPEN', sort: 'startsOn' }))).toMatchObject({
      q: 'ショウダンカイ 2025',
      fiscalYear: 2025,
      state: 'OPEN',
      sort: 'startsOn',
    });
  });

  it('exports with the same filters and sort but no page', () => {
    const params = toProjectListParams(parse({ q: '食', program: 'FOOD', sort: 'fiscalYear', page: 4, size: 50 }));
    expect(toProjectExportParams(params)).toEqual({ q: '食', fiscalYear: undefined, program: 'FOOD', state: undefined, sort: 'fiscalYear' });
  });
});

describe('fiscalYearChoices', () => {
  it('offers next year and the five before it, newest first', () => {
    expect(fiscalYearChoices(2025, undefined)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('adds a year from the address that is outside them, in order', () => {
    expect(fiscalYearChoices(2025, 2015)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2015]);
    expect(fiscalYearChoices(2025, 2024)).toHaveLength(6);
  });
});
