/**
 * Keyboard moves on the board: with a card picked up (Space or Enter), ← and → jump to the
 * next column instead of nudging the card a few pixels, so a move is one key press per
 * column. Pure geometry, so the rule is unit-tested; the board hands it dnd-kit's rects.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
}

export interface Column<Id> {
  id: Id;
  rect: Box;
}

/** A margin from the column's edge, so the card lies well inside the column it is moved to. */
const INSET = 8;

/**
 * Where the card's top-left corner goes for an arrow key, or undefined when there is no
 * column further that way (or the key is not ← or →).
 *
 * @param current the column the card is over now (undefined before it has been over any)
 * @param card the card's own rect, for its width
 */
export function columnJump<Id>(
  key: string,
  columns: readonly Column<Id>[],
  current: Id | undefined,
  card: { width: number },
): { x: number; y: number } | undefined {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  const ordered = [...columns].sort((a, b) => a.rect.left - b.rect.left);
  const index = ordered.findIndex((column) => column.id === current);
  if (index < 0) return undefined;
  const target = ordered[index + step];
  if (!target) return undefined;
  const x = target.rect.left + Math.max(INSET, (target.rect.width - card.width) / 2);
  return { x, y: target.rect.top + INSET };
}
