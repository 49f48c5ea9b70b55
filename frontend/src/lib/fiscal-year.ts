/**
 * Japanese fiscal years (年度): fiscal year N runs from April 1 of N to March 31 of N+1
 * and is named by the era year it starts in. The API names a fiscal year by its
 * starting calendar year (2025 = 令和7年度).
 *
 * The era names are proper nouns that users expect in both languages, so this helper
 * is deliberately language-independent; labels around it go through i18next.
 */

interface Era {
  name: string;
  /** First fiscal year named after this era. */
  firstFiscalYear: number;
}

// Fiscal 2019 began in April under Heisei, but public bodies call it 令和元年度,
// so each era starts with the fiscal year in which it began.
const ERAS: readonly Era[] = [
  { name: '令和', firstFiscalYear: 2019 },
  { name: '平成', firstFiscalYear: 1989 },
];

export interface FiscalYearLabel {
  /** e.g. 令和7年度, 令和元年度 */
  wareki: string;
  /** e.g. FY2025 */
  western: string;
}

export function formatFiscalYear(fiscalYear: number): FiscalYearLabel {
  const western = `FY${fiscalYear}`;
  const era = ERAS.find((e) => fiscalYear >= e.firstFiscalYear);
  if (!era) {
    return { wareki: `${fiscalYear}年度`, western };
  }
  const n = fiscalYear - era.firstFiscalYear + 1;
  return { wareki: `${era.name}${n === 1 ? '元' : String(n)}年度`, western };
}

/**
 * One fiscal year in running text: 令和7年度（FY2025） in Japanese, FY2025 in English, where
 * the era year means little to the reader.
 */
export function fiscalYearText(fiscalYear: number, language: string | undefined): string {
  const { wareki, western } = formatFiscalYear(fiscalYear);
  return language === 'en' ? western : `${wareki}（${western}）`;
}

/** The fiscal year a date falls in, using the date's local calendar day. */
export function fiscalYearOf(date: Date): number {
  const year = date.getFullYear();
  // getMonth() is 0-based: 3 is April.
  return date.getMonth() >= 3 ? year : year - 1;
}

/** First and last day of a fiscal year, as local dates. */
export function fiscalYearPeriod(fiscalYear: number): { start: Date; end: Date } {
  return {
    start: new Date(fiscalYear, 3, 1),
    end: new Date(fiscalYear + 1, 2, 31),
  };
}

/**
 * The fiscal year a moment falls in on the calendar of Japan, wherever the browser is:
 * 2026-03-31T15:00Z is already April 1 in Japan, so fiscal 2026.
 */
export function fiscalYearInJapan(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' }).formatToParts(moment);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return month >= 4 ? year : year - 1;
}
