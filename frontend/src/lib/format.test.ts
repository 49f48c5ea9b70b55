import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import { formatDate, formatDateNumeric, formatDateTime, formatInteger, formatPeriod, formatTargetValue, formatYen, todayInTokyo } from './format';
import type { Translate } from './problem';

async function translator(lng: 'ja' | 'en'): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return asTranslate(i18n.t);
}

describe('formatTargetValue', () => {
  it('writes 社 and 件 with thousands separators in Japanese', async () => {
    const t = await translator('ja');
    expect(formatTargetValue(5, 'FIRMS', t)).toBe('5社');
    expect(formatTargetValue(12000, 'CASES', t)).toBe('12,000件');
  });

  it('writes firms and cases with plurals in English', async () => {
    const t = await translator('en');
    expect(formatTargetValue(1, 'FIRMS', t)).toBe('1 firm');
    expect(formatTargetValue(1500, 'CASES', t)).toBe('1,500 cases');
  });
});

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(formatInteger(100000)).toBe('100,000');
  });
});

describe('formatDate', () => {
  it('writes dates the Japanese way in Japanese', () => {
    expect(formatDate(new Date(2026, 3, 1), 'ja')).toBe('2026年4月1日');
  });
});

describe('formatDateNumeric and formatDateTime', () => {
  it("write the date and time in Japan's time zone whatever the machine's", () => {
    // 15:30 UTC on June 11 is already June 12 in Tokyo.
    expect(formatDateNumeric('2025-06-11T15:30:00Z')).toBe('2025/06/12');
    expect(formatDateTime('2025-06-11T15:30:00Z')).toBe('2025/06/12 00:30');
    expect(formatDateTime(new Date(Date.UTC(2026, 0, 5, 0, 5)))).toBe('2026/01/05 09:05');
  });
});

describe('formatPeriod', () => {
  it('writes a project period as the offices do, with an open end when one day is missing', () => {
    expect(formatPeriod('2025-09-01', '2025-09-30')).toBe('2025/09/01〜2025/09/30');
    expect(formatPeriod('2025-09-01', undefined)).toBe('2025/09/01〜');
    expect(formatPeriod(undefined, '2026-03-31')).toBe('〜2026/03/31');
  });

  it('is undefined when neither day is known, for the caller to say so', () => {
    expect(formatPeriod(undefined, undefined)).toBeUndefined();
  });
});

describe('formatYen', () => {
  it('writes yen with thousands separators', () => {
    expect(formatYen(1080).replace('\uFFE5', '¥')).toBe('¥1,080');
    expect(formatYen(0).replace('\uFFE5', '¥')).toBe('¥0');
  });
});

describe('todayInTokyo', () => {
  it("is Japan's date, not the browser's or UTC's", () => {
    // 2026-02-11 23:30 in UTC is already the 12th in Japan.
    expect(todayInTokyo(new Date('2026-02-11T23:30:00Z'))).toBe('2026-02-12');
    expect(todayInTokyo(new Date('2026-02-12T14:59:00Z'))).toBe('2026-02-12');
  });
});
