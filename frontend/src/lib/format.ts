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
