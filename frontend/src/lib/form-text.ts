/**
 * Rules for the text inputs of the registry forms, the same as the API's and with the same
 * message keys, so a mistake reads the same whichever side finds it. Each text is folded
 * first (NFKC: full-width digits become half-width and so on) because the server checks
 * the folded text; the server stays the judge.
 */
import { z } from 'zod';
import { normalizeNumberText, normalizeText } from './japanese-text';
import type { Translate } from './problem';

/** A rule on a folded, non-empty text: a message when it breaks the rule. */
export type Check = (value: string) => string | undefined;

export interface TextMessages {
  required: string;
  tooLong: (max: number) => string;
}

const POSTAL_CODE = /^[0-9]{3}-[0-9]{4}$/;
// Japanese numbers: a leading 0, 10 or 11 digits, hyphens only between digits.
const PHONE = /^0[0-9]*(?:-[0-9]+)*$/;
// A reading as openapi.yaml's pattern for it: katakana (ー and ・ included), Latin letters, digits, a few signs.
const KANA = /^[\u30A0-\u30FFA-Za-z0-9 &'.()-]+$/;

export function textRules({ required, tooLong }: TextMessages) {
  /** A text that may be left empty: '' becomes undefined (absent from the body). */
  const optional = (max: number, normalize: (value: string) => string = normalizeText, check?: Check) =>
    z.string().transform((raw, ctx) => {
      const value = normalize(raw);
      if (value === '') return undefined;
      const message = value.length > max ? tooLong(max) : check?.(value);
      if (message) {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      }
      return value;
    });

  const requiredText = (max: number, normalize: (value: string) => string = normalizeText, check?: Check) =>
    z.string().transform((raw, ctx) => {
      const value = normalize(raw);
      const message = value === '' ? required : value.length > max ? tooLong(max) : check?.(value);
      if (message) {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      }
      return value;
    });

  return { optional, required: requiredText };
}

export function postalCodeCheck(t: Translate): Check {
  return (value) => (POSTAL_CODE.test(value) ? undefined : t('format.postalCode'));
}

export function phoneCheck(t: Translate): Check {
  return (value) => {
    const digits = value.replace(/-/g, '').length;
    return PHONE.test(value) && digits >= 10 && digits <= 11 ? undefined : t('format.phone');
  };
}

export function emailCheck(t: Translate): Check {
  return (value) => (z.email().safeParse(value).success ? undefined : t('validation.Email'));
}

export function kanaCheck(t: Translate): Check {
  return (value) => (KANA.test(value) ? undefined : t('format.kana'));
}

/** ９７０－８０２６ or 9708026 → 970-8026. */
export function normalizePostalCode(value: string): string {
  const text = normalizeNumberText(value).replace(/\s/g, '');
  return /^[0-9]{7}$/.test(text) ? `${text.slice(0, 3)}-${text.slice(3)}` : text;
}
