import type { Timetable, TimetableMeeting, TimetableSlot } from '@/lib/api/types';

export interface TimetableGrid {
  /** Columns: every buyer company with a meeting, by name. */
  buyers: { id: number; name: string }[];
  /** Rows: every slot; a cell is the buyer's meeting in that slot, if any. */
  rows: { slot: TimetableSlot; cells: (TimetableMeeting | undefined)[] }[];
}

/** The timetable as a grid of slots × buyer companies, for the coordinator's screen. */
export function timetableGrid(timetable: Pick<Timetable, 'slots' | 'meetings'>): TimetableGrid {
  const names = new Map<number, string>();
  for (const m of timetable.meetings) names.set(m.buyerCompanyId, m.buyerCompanyName);
  const buyers = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  const rows = [...timetable.slots]
    .sort((a, b) => a.index - b.index)
    .map((slot) => ({
      slot,
      cells: buyers.map((buyer) => timetable.meetings.find((m) => m.slot === slot.index && m.buyerCompanyId === buyer.id)),
    }));
  return { buyers, rows };
}

export interface PrintSheet {
  id: number;
  name: string;
  /** In time order; `with` is the other side (the firm on a buyer's sheet, the buyer on a firm's). */
  meetings: { slot: number; startTime: string; endTime: string; with: string; products: string[] }[];
}

/** One A4 sheet per buyer company or per firm, each with its meetings in time order. */
export function printSheets(timetable: Pick<Timetable, 'meetings'>, by: 'buyer' | 'firm'): PrintSheet[] {
  const sheets = new Map<number, PrintSheet>();
  for (const m of timetable.meetings) {
    const id = by === 'buyer' ? m.buyerCompanyId : m.firmId;
    const name = by === 'buyer' ? m.buyerCompanyName : m.firmTradeName;
    let sheet = sheets.get(id);
    if (!sheet) {
      sheet = { id, name, meetings: [] };
      sheets.set(id, sheet);
    }
    sheet.meetings.push({
      slot: m.slot,
      startTime: m.startTime,
      endTime: m.endTime,
      with: by === 'buyer' ? m.firmTradeName : m.buyerCompanyName,
      products: m.products.map((p) => p.name),
    });
  }
  return [...sheets.values()]
    .map((sheet) => ({ ...sheet, meetings: sheet.meetings.sort((a, b) => a.slot - b.slot) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}
