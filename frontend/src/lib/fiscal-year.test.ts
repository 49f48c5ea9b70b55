import { describe, expect, it } from 'vitest';
import { fiscalYearInJapan, fiscalYearOf, fiscalYearPeriod, fiscalYearText, formatFiscalYear } from './fiscal-year';

describe('formatFiscalYear', () => {
  it('names fiscal 2025 令和7年度 and FY2025', () => {
    expect(formatFiscalYear(2025)).toEqual({ wareki: '令和7年度', western: 'FY2025' });
  });

  it('calls the first year of Reiwa 元年度', () => {
    expect(formatFiscalYear(2019)).toEqual({ wareki: '令和元年度', western: 'FY2019' });
  });

  it('names the last year of the plan 令和11年度', () => {
    expect(formatFiscalYear(2029).wareki).toBe('令和11年度');
  });

  it('names fiscal years before Reiwa in Heisei', () => {
    expect(formatFiscalYear(2018).wareki).toBe('平成30年度');
    expect(formatFiscalYear(1989).wareki).toBe('平成元年度');
  });
});

describe('fiscalYearText', () => {
  it('gives Japanese readers the era year with the western one in brackets', () => {
    expect(fiscalYearText(2025, 'ja')).toBe('令和7年度（FY2025）');
  });

  it('gives English readers the western year only', () => {
    expect(fiscalYearText(2025, 'en')).toBe('FY2025');
  });
});

describe('fiscalYearOf', () => {
  it('puts March 31 in the fiscal year that began the previous April', () => {
    expect(fiscalYearOf(new Date(2026, 2, 31))).toBe(2025);
  });

  it('starts a new fiscal year on April 1', () => {
    expect(fiscalYearOf(new Date(2026, 3, 1))).toBe(2026);
  });

  it('keeps January in the previous fiscal year', () => {
    expect(fiscalYearOf(new Date(2026, 0, 1))).toBe(2025);
  });

  it('keeps December in the same fiscal year', () => {
    expect(fiscalYearOf(new Date(2025, 11, 31, 23, 59))).toBe(2025);
  });
});

describe('fiscalYearPeriod', () => {
  it('runs from April 1 to March 31 of the next year', () => {
    const { start, end } = fiscalYearPeriod(2025);
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2025, 4, 1]);
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2026, 3, 31]);
  });
});

describe('fiscalYearInJapan', () => {
  it('reads the moment on the calendar of Japan, across the UTC date line', () => {
    expect(fiscalYearInJapan(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
    expect(fiscalYearInJapan(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
    expect(fiscalYearInJapan(new Date('2026-01-10T00:00:00Z'))).toBe(2025);
  });
});
