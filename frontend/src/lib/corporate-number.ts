/**
 * 法人番号 (corporate number): 13 digits whose FIRST digit is a check digit over the
 * other twelve (the base). National Tax Agency rule: with P_n the n-th digit of the
 * base counted from the right and Q_n = 1 for odd n, 2 for even n,
 * check digit = 9 − (Σ P_n × Q_n mod 9).
 */

const THIRTEEN_DIGITS = /^[0-9]{13}$/;
const TWELVE_DIGITS = /^[0-9]{12}$/;

/** The check digit of a 12-digit base; throws on anything else. */
export function corporateNumberCheckDigit(base: string): number {
  if (!TWELVE_DIGITS.test(base)) throw new Error(`not a 12-digit base: ${base}`);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = base.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** True for 13 half-width digits with the right check digit (normalise full-width input first). */
export function isValidCorporateNumber(value: string): boolean {
  if (!THIRTEEN_DIGITS.test(value)) return false;
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1));
}
