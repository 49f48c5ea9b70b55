import { describe, expect, it } from 'vitest';
import { parseFirmId } from './firm-id';

describe('parseFirmId', () => {
  it('reads a positive integer id', () => {
    expect(parseFirmId('42')).toBe(42);
  });

  it.each(['', '0', '-1', '01', '1.5', 'abc', '1e3', '99999999999999999'])('rejects %j', (param) => {
    expect(parseFirmId(param)).toBeUndefined();
  });
});
