import type { Translate } from '@/lib/problem';

/** How a found firm or company stands to the project. */
export type PickStatus = 'available' | 'added' | 'archived';

export interface PickRow<T> {
  item: T;
  status: PickStatus;
}

/**
 * The found records with how each may be picked: one already in the project is shown as
 * added, an archived one as archived (the API refuses both), the rest may be picked.
 */
export function pickRows<T extends { id: number; archived: boolean }>(items: readonly T[], added: ReadonlySet<number>): PickRow<T>[] {
  return items.map((item) => ({ item, status: added.has(item.id) ? 'added' : item.archived ? 'archived' : 'available' }));
}

export interface ChoiceOption {
  value: string;
  label: string;
  description?: string;
}

/**
 * The checkboxes for a firm's products or a company's contacts: what is listed now, and
 * what the project has chosen but is no longer listed (kept, so saving does not drop it
 * unseen; the user may untick it).
 */
export function choiceOptions<T extends { id: number; name: string }>(
  listed: readonly T[],
  chosen: readonly { id: number; name: string }[],
  describe: (item: T) => string | undefined,
  unlisted: string,
): ChoiceOption[] {
  const options: ChoiceOption[] = listed.map((item) => ({ value: String(item.id), label: item.name, description: describe(item) }));
  for (const ref of chosen) {
    if (!listed.some((item) => item.id === ref.id)) options.push({ value: String(ref.id), label: ref.name, description: unlisted });
  }
  return options;
}

/** Checkbox values back to ids, in the order the options list them. */
export function chosenIds(values: readonly string[], options: readonly ChoiceOption[]): number[] {
  return options.filter((o) => values.includes(o.value)).map((o) => Number(o.value));
}

/**
 * After a 412, one sentence of what the latest version says of the firm or company the
 * user is changing: the products it brings or the contacts expected (`items`), or that it
 * is not in the project (`undefined`).
 */
export function latestMemberText(items: readonly { name: string }[] | undefined, kind: 'participant' | 'invitation', t: Translate): string {
  if (!items) return t(`projectLatest.${kind}Absent`);
  if (items.length === 0) return t(`projectLatest.${kind}None`);
  return t(`projectLatest.${kind}`, { items: items.map((i) => i.name).join(t('common.listSeparator')) });
}
