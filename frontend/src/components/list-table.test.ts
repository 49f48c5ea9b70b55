import { describe, expect, it } from 'vitest';
import { ariaSort } from './ListTable';

describe('ariaSort', () => {
  it('reads a bare column as ascending and a minus as descending', () => {
    expect(ariaSort('nameKana', 'nameKana')).toBe('ascending');
    expect(ariaSort('nameKana', '-nameKana')).toBe('descending');
  });

  it('says nothing of a column the list is not sorted by', () => {
    expect(ariaSort('updatedAt', '-nameKana')).toBeUndefined();
    expect(ariaSort('Kana', 'nameKana')).toBeUndefined();
  });
});
