import type { LocalizedText } from '@/records/survey/types';

/** The text in this language, else Japanese. */
export function textIn(text: LocalizedText | undefined, language: string | undefined): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.ja;
}

/** 0.625 → "62.5". */
export function percent(rate: number): string {
  return (Math.round(rate * 1000) / 10).toLocaleString('ja-JP', { maximumFractionDigits: 1 });
}

/** A mean on the 1–5 scale with two decimals, or — where nothing was rated. */
export function mean(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(2);
}
