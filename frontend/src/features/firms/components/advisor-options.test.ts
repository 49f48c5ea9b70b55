import { describe, expect, it } from 'vitest';
import { advisorFilterOptions, advisorOptions } from './advisor-options';

const suzuki = { subject: 'sub-suzuki', name: '鈴木 一郎' };
const yamada = { subject: 'sub-yamada', name: '山田 次郎' };

describe('advisorOptions', () => {
  it('lists the advisors by name with their subjects as values', () => {
    expect(advisorOptions([suzuki, yamada])).toEqual([
      { value: 'sub-suzuki', label: '鈴木 一郎' },
      { value: 'sub-yamada', label: '山田 次郎' },
    ]);
  });

  it('keeps a current assignment to someone who is no longer an advisor', () => {
    const former = { subject: 'sub-former', name: '佐々木 退職' };
    expect(advisorOptions([suzuki], former)).toEqual([
      { value: 'sub-suzuki', label: '鈴木 一郎' },
      { value: 'sub-former', label: '佐々木 退職' },
    ]);
    expect(advisorOptions([suzuki], suzuki)).toHaveLength(1);
  });

  it('is empty while the advisors are loading', () => {
    expect(advisorOptions(undefined)).toEqual([]);
  });
});

describe('advisorFilterOptions', () => {
  it('starts with "every advisor" and names the chosen one', () => {
    expect(advisorFilterOptions([suzuki], 'sub-suzuki', 'すべて')).toEqual([
      { value: '', label: 'すべて' },
      { value: 'sub-suzuki', label: '鈴木 一郎' },
    ]);
  });

  it('keeps a subject from the address that no advisor has, so the list does not narrow invisibly', () => {
    expect(advisorFilterOptions([suzuki], 'sub-unknown', 'すべて')).toContainEqual({ value: 'sub-unknown', label: 'sub-unknown' });
  });
});
