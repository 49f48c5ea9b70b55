import type { NavEntry, NavUser } from './area';

export type NavItem = Pick<NavEntry, 'to' | 'labelKey'>;

/** Every area's menu entries, in menu order. */
export function navEntriesOf(areas: readonly { nav: readonly NavEntry[] }[]): NavEntry[] {
  return areas.flatMap((area) => area.nav).sort((a, b) => a.order - b.order);
}

/** The navigation a user sees: only what its roles may use (the API enforces it anyway). */
export function navItemsFor(me: NavUser, entries: readonly NavEntry[]): NavItem[] {
  return entries.filter((entry) => entry.shownTo(me)).map(({ to, labelKey }) => ({ to, labelKey }));
}
