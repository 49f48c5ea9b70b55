/** What every page of a list answers besides its items. */
export interface PageInfo {
  /** Zero-based. */
  page: number;
  size: number;
  total: number;
}

/** The page to ask for after this one in a "show more" list, or undefined when this was the last. */
export function nextPageParam(last: PageInfo): number | undefined {
  return (last.page + 1) * last.size < last.total ? last.page + 1 : undefined;
}

/** The items of the pages loaded so far, each once: a record that moved between pages while they loaded is not shown twice. */
export function loadedItems<T extends { id: number }>(pages: readonly { items: readonly T[] }[] | undefined): T[] {
  const seen = new Set<number>();
  const items: T[] = [];
  for (const page of pages ?? []) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}
