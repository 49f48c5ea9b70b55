import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit, isValidCorporateNumber } from './corporate-number';

describe('corporateNumberCheckDigit', () => {
  it('weights the base digits 1, 2, 1, 2… from the right', () => {
    // From the right: 3·1 + 2·2 + 1·1 + 0·2 + 9·1 + 8·2 + 7·1 + 6·2 + 5·1 + 4·2 + 3·1 + 2·2 = 72; 72 mod 9 = 0.
    expect(corporateNumberCheckDigit('234567890123')).toBe(9);
  });

  it('gives 9 − remainder for a base whose sum is not a multiple of 9', () => {
    // 1 in the rightmost place (weight 1): sum 1, check digit 8.
    expect(corporateNumberCheckDigit('000000000001')).toBe(8);
    // 1 in the second place from the right (weight 2): sum 2, check digit 7.
    expect(corporateNumberCheckDigit('000000000010')).toBe(7);
  });

  it('rejects a base that is not 12 digits', () => {
    expect(() => corporateNumberCheckDigit('12345')).toThrow();
  });
});

describe('isValidCorporateNumber', () => {
  it.each([
    '9234567890123',
    '8000000000001',
    '7000000000010',
    // The National Tax Agency's own, published number.
    '7000012050002',
  ])('accepts %s', (value) => {
    expect(isValidCorporateNumber(value)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '1234567890123'],
    ['twelve digits', '234567890123'],
    ['fourteen digits', '92345678901230'],
    ['full-width digits (normalise first)', '９２３４５６７８９０１２３'],
    ['hyphens', '9-2345-6789-0123'],
    ['letters', '92345678901a3'],
    ['nothing', ''],
  ])('rejects %s', (_, value) => {
    expect(isValidCorporateNumber(value)).toBe(false);
  });
});
