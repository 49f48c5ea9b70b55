import { describe, expect, it } from 'vitest';
import { inBoardOrder, neighbourStage, planDrop } from './board-moves';

// What the contract says the server allows from each open stage.
const FROM_MET = ['CONTINUING', 'WON', 'LOST', 'WITHDRAWN'] as const;
const FROM_INTRODUCED = ['SCHEDULED', 'LOST', 'WITHDRAWN'] as const;

describe('planDrop', () => {
  it('does nothing when a card is dropped on its own column', () => {
    expect(planDrop('MET', 'MET', FROM_MET)).toEqual({ kind: 'none' });
  });

  it('sends an allowed move as it is', () => {
    expect(planDrop('INTRODUCED', 'SCHEDULED', FROM_INTRODUCED)).toEqual({ kind: 'move', to: 'SCHEDULED' });
    expect(planDrop('MET', 'CONTINUING', FROM_MET)).toEqual({ kind: 'move', to: 'CONTINUING' });
  });

  it('asks for the deal before WON and for a reason before LOST or WITHDRAWN', () => {
    expect(planDrop('MET', 'WON', FROM_MET)).toEqual({ kind: 'deal', to: 'WON' });
    expect(planDrop('MET', 'LOST', FROM_MET)).toEqual({ kind: 'reason', to: 'LOST' });
    expect(planDrop('INTRODUCED', 'WITHDRAWN', FROM_INTRODUCED)).toEqual({ kind: 'reason', to: 'WITHDRAWN' });
  });

  it('refuses a move the negotiation may not make, listing those it may', () => {
    expect(planDrop('INTRODUCED', 'WON', FROM_INTRODUCED)).toEqual({ kind: 'refused', to: 'WON', allowed: FROM_INTRODUCED });
    expect(planDrop('MET', 'INTRODUCED', FROM_MET)).toEqual({ kind: 'refused', to: 'INTRODUCED', allowed: FROM_MET });
  });

  it('takes a closed negotiation back to an open column only by an explicit reopen', () => {
    expect(planDrop('WON', 'CONTINUING', [])).toEqual({ kind: 'reopen', to: 'CONTINUING' });
    expect(planDrop('LOST', 'WON', [])).toEqual({ kind: 'refused', to: 'WON', allowed: [] });
  });
});

describe('board order', () => {
  it('knows the column left and right of each stage', () => {
    expect(neighbourStage('INTRODUCED', 'right')).toBe('SCHEDULED');
    expect(neighbourStage('INTRODUCED', 'left')).toBeUndefined();
    expect(neighbourStage('WITHDRAWN', 'right')).toBeUndefined();
  });

  it('lists allowed stages in board order', () => {
    expect(inBoardOrder(['WITHDRAWN', 'LOST', 'CONTINUING', 'WON'])).toEqual(['CONTINUING', 'WON', 'LOST', 'WITHDRAWN']);
  });
});

describe('a card taken from INTRODUCED to WON', () => {
  it('moves one column at a time, and asks for the deal last', () => {
    // The moves the contract allows from each stage on the way (the cards carry them as allowedMoves).
    const allowed = {
      INTRODUCED: ['SCHEDULED', 'LOST', 'WITHDRAWN'],
      SCHEDULED: ['MET', 'LOST', 'WITHDRAWN'],
      MET: ['CONTINUING', 'WON', 'LOST', 'WITHDRAWN'],
      CONTINUING: ['WON', 'LOST', 'WITHDRAWN'],
    } as const;
    const path = ['INTRODUCED', 'SCHEDULED', 'MET', 'CONTINUING', 'WON'] as const;
    const plans = path.slice(1).map((to, i) => {
      const from = path[i] as keyof typeof allowed;
      return planDrop(from, to, allowed[from]).kind;
    });
    expect(plans).toEqual(['move', 'move', 'move', 'deal']);
  });
});
