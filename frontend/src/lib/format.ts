import type { TargetUnit } from './api/types';
import type { Translate } from './problem';

const integer = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

/** 1,234 — thousands separators as Japanese offices write them (the same in English). */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 5社, 1,200件 (ja) or 5 firms, 1 case (en). */
export function formatTargetValue(value: number, unit: TargetUnit, t: Translate): string {
  return t(`units.${unit}`, { value: formatInteger(value), count: value });
}

/** 2026年4月1日 (ja) or April 1, 2026 (en). */
export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'ja-JP', { dateStyle: 'long' }).format(date);
}

// Records are stamped in UTC; the chamber works in Japan, whoever looks and from wherever.
const TOKYO = 'Asia/Tokyo';

const numericDateTime = new Intl.DateTimeFormat('en-US', {
  timeZone: TOKYO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function tokyoParts(value: Date | string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = numericDateTime.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** 2025/06/12 in Japan's time zone, in both languages (the offices' usual way). */
export function formatDateNumeric(value: Date | string): string {
  const { year, month, day } = tokyoParts(value);
  return `${year}/${month}/${day}`;
}

/** 2025/09/01〜2025/09/30, or an open end (2025/09/01〜); undefined when neither day is known. */
export function formatPeriod(startsOn: string | undefined, endsOn: string | undefined): string | undefined {
  if (!startsOn && !endsOn) return undefined;
  return `${startsOn ? formatDateNumeric(startsOn) : ''}〜${endsOn ? formatDateNumeric(endsOn) : ''}`;
}

/** 2025/06/12 09:05 in Japan's time zone. */
export function formatDateTime(value: Date | string): string {
  const { year, month, day, hour, minute } = tokyoParts(value);
  return `${year}/${month}/${day} ${hour}:${minute}`;
}

const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

/** ¥1,080 — yen as Japanese price tags write them (the same in English). */
export function formatYen(value: number): string {
  return yen.format(value);
}

/** Today's date in Japan as the API writes dates (2026-02-12), wherever the browser is. */
export function todayInTokyo(now: Date = new Date()): string {
  const { year, month, day } = tokyoParts(now);
  return `${year}-${month}-${day}`;
}
