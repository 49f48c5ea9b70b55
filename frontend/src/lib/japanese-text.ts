/**
 * The folding the API applies to what users type (see the backend's JapaneseText), done
 * here too so client-side checks judge the same text the server will: full-width digits
 * and letters become half-width, half-width kana full-width (Unicode NFKC), readings are
 * katakana.
 */

const HIRAGANA = /[\u3041-\u3096]/g;
const KANA_OFFSET = 0x60; // ア (U+30A2) − あ (U+3042)

// Dashes people type for the hyphen in 970-8026 or 0246-25-9151 that NFKC leaves alone:
// hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign, ー.
const DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g;

/** NFKC, trimmed, every run of white space (full-width included) as one space. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** NFKC and trimmed, keeping line breaks: for free text such as notes. */
export function normalizeMultiline(value: string): string {
  return value
    .normalize('NFKC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function toKatakana(value: string): string {
  return value.replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + KANA_OFFSET));
}

/** A reading (フリガナ) as stored: normalised, hiragana turned into katakana. */
export function normalizeReading(value: string): string {
  return toKatakana(normalizeText(value));
}

/** Normalised, with the dashes people type in numbers turned into ASCII hyphens. */
export function normalizeNumberText(value: string): string {
  return normalizeText(value).replace(DASHES, '-');
}
