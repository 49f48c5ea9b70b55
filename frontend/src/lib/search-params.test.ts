import { describe, expect, it } from 'vitest';
import type { BuyerCompanySort, ProjectSort } from './api/types';
import { ariaSort, withoutPaging } from './search-params';

describe('ariaSort', () => {
  it('reads a bare column as ascending and a minus as descending', () => {
    expect(ariaSort<BuyerCompanySort>('nameKana', 'nameKana')).toBe('ascending');
    expect(ariaSort<ProjectSort>('fiscalYear', '-fiscalYear')).toBe('descending');
  });

  it('says nothing of a column the list is not sorted by', () => {
    expect(ariaSort<ProjectSort>('startsOn', '-fiscalYear')).toBeUndefined();
  });
});

describe('withoutPaging', () => {
  it('keeps the filters and drops the page and its size, which an export has not', () => {
    expect(withoutPaging({ q: 'いわき', program: 'FOOD', page: 3, size: 50 })).toEqual({ q: 'いわき', program: 'FOOD' });
  });
});
