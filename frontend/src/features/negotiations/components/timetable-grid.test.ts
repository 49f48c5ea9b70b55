import { describe, expect, it } from 'vitest';
import type { TimetableMeeting } from '@/lib/api/types';
import { printSheets, timetableGrid } from './timetable-grid';

const slots = [
  { index: 1, startTime: '10:30', endTime: '11:00' },
  { index: 0, startTime: '10:00', endTime: '10:30' },
];
const meeting = (id: number, slot: number, buyer: [number, string], firm: [number, string]): TimetableMeeting => ({
  id,
  slot,
  startTime: slot === 0 ? '10:00' : '10:30',
  endTime: slot === 0 ? '10:30' : '11:00',
  buyerCompanyId: buyer[0],
  buyerCompanyName: buyer[1],
  firmId: firm[0],
  firmTradeName: firm[1],
  products: [{ id: id * 10, name: `商品${id}` }],
});
const meetings = [
  meeting(1, 1, [5, 'B商事'], [7, 'いわき水産']),
  meeting(2, 0, [6, 'A商店'], [7, 'いわき水産']),
  meeting(3, 0, [5, 'B商事'], [8, '小名浜食品']),
];

describe('timetableGrid', () => {
  it('has a row per slot in time order and a column per buyer by name, a cell per meeting', () => {
    const grid = timetableGrid({ slots, meetings });
    expect(grid.buyers).toEqual([
      { id: 6, name: 'A商店' },
      { id: 5, name: 'B商事' },
    ]);
    expect(grid.rows.map((row) => row.slot.index)).toEqual([0, 1]);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell?.id))).toEqual([
      [2, 3],
      [undefined, 1],
    ]);
  });
});

describe('printSheets', () => {
  it('gives each buyer its meetings in time order, naming the firm it meets', () => {
    const sheets = printSheets({ meetings }, 'buyer');
    expect(sheets.map((s) => s.name)).toEqual(['A商店', 'B商事']);
    expect(sheets[1]?.meetings.map((m) => [m.startTime, m.with])).toEqual([
      ['10:00', '小名浜食品'],
      ['10:30', 'いわき水産'],
    ]);
  });

  it('gives each firm its meetings, naming the buyer', () => {
    const sheets = printSheets({ meetings }, 'firm');
    const iwaki = sheets.find((s) => s.id === 7);
    expect(iwaki?.meetings.map((m) => [m.startTime, m.with, m.products])).toEqual([
      ['10:00', 'A商店', ['商品2']],
      ['10:30', 'B商事', ['商品1']],
    ]);
  });
});
