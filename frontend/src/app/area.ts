import type { RegisteredRouter } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';
import type { Me } from '@/lib/api/types';

/** The user as the navigation sees it. */
export type NavUser = Pick<Me, 'roles' | 'buyerCompanyId'>;

/** A path of the route tree that needs no parameters: a wrong one fails typecheck. */
export type NavPath = Exclude<keyof RegisteredRouter['routesByPath'], `${string}$${string}`>;

/** A menu entry of an area: where it goes, its label, its place in the menu and who sees it. */
export interface NavEntry {
  to: NavPath;
  labelKey: Extract<ParseKeys, `nav.${string}`>;
  /** Ascending from the top of the menu; each area picks its own, so no list of areas orders the menu. */
  order: number;
  /** Only what the user's roles may use (the API enforces it anyway). */
  shownTo: (me: NavUser) => boolean;
}
