import { describe, expect, it } from 'vitest';
import { columnJump, type Column } from './board-keyboard';

// Three columns of 240 px, out of order as the DOM may list them.
const columns: Column<string>[] = [
  { id: 'MET', rect: { left: 500, top: 100, width: 240 } },
  { id: 'INTRODUCED', rect: { left: 0, top: 100, width: 240 } },
  { id: 'SCHEDULED', rect: { left: 250, top: 100, width: 240 } },
];
const card = { width: 200 };

describe('columnJump', () => {
  it('puts the card inside the next column to the right, centred, near its top', () => {
    expect(columnJump('ArrowRight', columns, 'INTRODUCED', card)).toEqual({ x: 270, y: 108 });
    expect(columnJump('ArrowRight', columns, 'SCHEDULED', card)).toEqual({ x: 520, y: 108 });
  });

  it('goes left to the previous column', () => {
    expect(columnJump('ArrowLeft', columns, 'MET', card)).toEqual({ x: 270, y: 108 });
  });

  it('stays put at either end of the board', () => {
    expect(columnJump('ArrowLeft', columns, 'INTRODUCED', card)).toBeUndefined();
    expect(columnJump('ArrowRight', columns, 'MET', card)).toBeUndefined();
  });

  it('leaves other keys and an unknown column to dnd-kit', () => {
    expect(columnJump('ArrowDown', columns, 'INTRODUCED', card)).toBeUndefined();
    expect(columnJump('ArrowRight', columns, undefined, card)).toBeUndefined();
  });

  it('keeps a card wider than the column inside its left edge', () => {
    expect(columnJump('ArrowRight', columns, 'INTRODUCED', { width: 300 })).toEqual({ x: 258, y: 108 });
  });
});
