import { describe, expect, it } from 'vitest';
import type { Translate } from '@/lib/problem';
import { priceText, productFieldLabel, productFieldValue } from './product-fields';

const MESSAGES: Record<string, string> = {
  'products.priceTaxIncluded': '{{price}}（税込）',
  'products.priceTaxExcluded': '{{price}}（税抜）',
  'products.priceUnknown': '価格未定',
  'products.taxIncluded': '税込',
  'products.taxExcluded': '税抜',
  'productFields.priceYen': '価格',
  'common.notSet': '—',
};

const t: Translate = (key, options) => {
  const template = MESSAGES[key];
  if (template === undefined) return typeof options?.defaultValue === 'string' ? options.defaultValue : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = options?.[name];
    return typeof value === 'string' ? value : '';
  });
};

describe('priceText', () => {
  it('writes yen with separators and whether tax is included', () => {
    expect(priceText(1080, true, t)).toBe('￥1,080（税込）');
    expect(priceText(12000, false, t)).toBe('￥12,000（税抜）');
    expect(priceText(undefined, true, t)).toBe('価格未定');
  });
});

describe('productFieldLabel', () => {
  it("labels a field with the product form's words, or its own name when there are none", () => {
    expect(productFieldLabel('priceYen', t)).toBe('価格');
    expect(productFieldLabel('photo2', t)).toBe('photo2');
  });
});

describe('productFieldValue', () => {
  it('shows a price in yen, the tax flag in words, and — for nothing', () => {
    expect(productFieldValue('priceYen', '1500', t)).toBe('￥1,500');
    expect(productFieldValue('taxIncluded', 'false', t)).toBe('税抜');
    expect(productFieldValue('taxIncluded', 'true', t)).toBe('税込');
    expect(productFieldValue('contentVolume', undefined, t)).toBe('—');
    expect(productFieldValue('contentVolume', '120g', t)).toBe('120g');
  });
});
