import { describe, expect, it } from 'vitest';
import { boardStages, hasFilters, negotiationsSearchSchema, toBoardParams, toExportParams, toListParams } from './negotiations-search';

const parse = (input: Record<string, unknown>) => negotiationsSearchSchema.parse(input);

describe('negotiationsSearchSchema', () => {
  it('fills in the defaults for an empty address', () => {
    expect(parse({})).toEqual({ mine: false, unassigned: false, sort: '-updatedAt', page: 1, size: 20 });
  });

  it('keeps valid values', () => {
    const search = {
      q: 'いわき',
      program: 'FOOD',
      fiscalYear: 2025,
      advisor: 'sub-1',
      mine: true,
      unassigned: false,
      firmId: 7,
      buyerCompanyId: 5,
      stage: ['MET', 'WON'],
      open: true,
      newTradingPartner: false,
      sort: 'nextActionOn',
      page: 3,
      size: 50,
    };
    expect(parse(search)).toEqual(search);
  });

  it('reads one stage as a list of one, keeps board order and drops unknown stages', () => {
    expect(parse({ stage: 'MET' }).stage).toEqual(['MET']);
    expect(parse({ stage: ['WON', 'nonsense', 'INTRODUCED'] }).stage).toEqual(['INTRODUCED', 'WON']);
    expect(parse({ stage: ['nonsense'] }).stage).toBeUndefined();
  });

  it('falls back to the default for each invalid value, keeping the valid ones', () => {
    expect(
      parse({
        program: 'FISHING',
        fiscalYear: 'R7',
        advisor: '  ',
        firmId: -3,
        buyerCompanyId: 1.5,
        open: 'maybe',
        sort: 'name',
        page: 0,
        size: 7,
        fiscalYearExtra: 1,
      }),
    ).toEqual({ mine: false, unassigned: false, sort: '-updatedAt', page: 1, size: 20 });
    expect(parse({ fiscalYear: 1999 }).fiscalYear).toBeUndefined();
  });
});

describe('hasFilters', () => {
  it('is false for sort and paging alone, true for any filter', () => {
    expect(hasFilters(parse({ sort: 'dealOn', page: 4, size: 50 }))).toBe(false);
    for (const filter of [{ q: 'a' }, { program: 'FOOD' }, { fiscalYear: 2025 }, { mine: true }, { stage: 'MET' }, { open: false }, { firmId: 3 }]) {
      expect(hasFilters(parse(filter)), JSON.stringify(filter)).toBe(true);
    }
  });
});

describe('the API query of a search', () => {
  it('makes the page zero-based and folds the search text as the API does', () => {
    expect(toListParams(parse({ q: 'ｲﾜｷ', page: 2, size: 50 }), undefined)).toMatchObject({ q: 'イワキ', page: 1, size: 50 });
  });

  it("asks for the signed-in advisor's own negotiations for mine, whatever advisor the address names", () => {
    expect(toListParams(parse({ mine: true, advisor: 'other' }), 'me').advisor).toBe('me');
    expect(toListParams(parse({ advisor: 'other' }), 'me').advisor).toBe('other');
  });

  it('asks for unassigned ones without an advisor', () => {
    const params = toListParams(parse({ unassigned: true, advisor: 'other' }), 'me');
    expect(params).toMatchObject({ unassigned: true });
    expect(params.advisor).toBeUndefined();
  });

  it('gives the board the same filters with a column length, and the export the list without its page', () => {
    const search = parse({ program: 'FOOD', stage: ['MET'], page: 3 });
    const board = toBoardParams(search, undefined);
    expect(board).toMatchObject({ program: 'FOOD', stage: ['MET'], limit: 20, sort: '-updatedAt' });
    expect(board).not.toHaveProperty('page');
    const exported = toExportParams(toListParams(search, undefined));
    expect(exported).toMatchObject({ program: 'FOOD', stage: ['MET'] });
    expect(exported).not.toHaveProperty('page');
    expect(exported).not.toHaveProperty('size');
  });

  it('shows every column unless stages are chosen', () => {
    expect(boardStages(parse({}))).toHaveLength(7);
    expect(boardStages(parse({ stage: ['WON', 'LOST'] }))).toEqual(['WON', 'LOST']);
  });
});
