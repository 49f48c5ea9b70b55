import { describe, expect, it } from 'vitest';
import { loadedItems, nextPageParam } from './paging';

describe('nextPageParam', () => {
  it('asks for the next page while items remain', () => {
    expect(nextPageParam({ page: 0, size: 10, total: 25 })).toBe(1);
    expect(nextPageParam({ page: 1, size: 10, total: 25 })).toBe(2);
  });

  it('stops after the page that holds the last item', () => {
    expect(nextPageParam({ page: 2, size: 10, total: 25 })).toBeUndefined();
    expect(nextPageParam({ page: 0, size: 10, total: 10 })).toBeUndefined();
    expect(nextPageParam({ page: 0, size: 10, total: 0 })).toBeUndefined();
  });
});

describe('loadedItems', () => {
  it('joins the pages in order', () => {
    expect(loadedItems([{ items: [{ id: 1 }, { id: 2 }] }, { items: [{ id: 3 }] }]).map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it('shows a record that slid onto the next page while it loaded only once', () => {
    expect(loadedItems([{ items: [{ id: 1 }, { id: 2 }] }, { items: [{ id: 2 }, { id: 3 }] }]).map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it('is empty before the first page', () => {
    expect(loadedItems(undefined)).toEqual([]);
  });
});
