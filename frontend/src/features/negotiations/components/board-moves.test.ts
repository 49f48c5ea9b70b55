import { describe, expect, it } from 'vitest';
import { expectedNextStages, inBoardOrder, neighbourStage, planDrop } from './board-moves';

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

describe('expectedNextStages', () => {
  it('follows the stages forward, lets MET close as WON, and lets any open stage end as LOST or WITHDRAWN', () => {
    expect(expectedNextStages('INTRODUCED')).toEqual(['SCHEDULED', 'LOST', 'WITHDRAWN']);
    expect(expectedNextStages('SCHEDULED')).toEqual(['MET', 'LOST', 'WITHDRAWN']);
    expect(expectedNextStages('MET')).toEqual(['CONTINUING', 'WON', 'LOST', 'WITHDRAWN']);
    expect(expectedNextStages('CONTINUING')).toEqual(['WON', 'LOST', 'WITHDRAWN']);
  });

  it('moves a closed negotiation nowhere (it is reopened instead)', () => {
    for (const stage of ['WON', 'LOST', 'WITHDRAWN'] as const) expect(expectedNextStages(stage)).toEqual([]);
  });

  it('takes a card from INTRODUCED to WON one column at a time, the last with the deal', () => {
    const path = ['INTRODUCED', 'SCHEDULED', 'MET', 'CONTINUING', 'WON'] as const;
    const plans = path.slice(1).map((to, i) => planDrop(path[i]!, to, expectedNextStages(path[i]!)).kind);
    expect(plans).toEqual(['move', 'move', 'move', 'deal']);
  });
});
