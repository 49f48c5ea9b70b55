import { describe, expect, it } from 'vitest';
import type { Product } from '@/lib/api/types';
import { EMPTY_PRODUCT_FORM, productAsInput, productFormSchema, toProductFormValues } from './product-form';

const t = (key: string) => key;
const schema = productFormSchema(t);

describe('productFormSchema', () => {
  it('needs a name and leaves empty texts out', () => {
    const result = schema.safeParse(EMPTY_PRODUCT_FORM);
    expect(result.success).toBe(false);
    const ok = schema.parse({ ...EMPTY_PRODUCT_FORM, name: ' いわき揚げかまぼこ ' });
    expect(ok).toEqual({ name: 'いわき揚げかまぼこ', taxIncluded: true });
  });

  it('reads a price written the Japanese way', () => {
    expect(schema.parse({ ...EMPTY_PRODUCT_FORM, name: 'a', priceYen: '１，０８０円' }).priceYen).toBe(1080);
    expect(schema.parse({ ...EMPTY_PRODUCT_FORM, name: 'a', priceYen: '¥0' }).priceYen).toBe(0);
  });

  it('refuses a price that is not a whole number of yen or too high', () => {
    expect(schema.safeParse({ ...EMPTY_PRODUCT_FORM, name: 'a', priceYen: '10.5' }).success).toBe(false);
    expect(schema.safeParse({ ...EMPTY_PRODUCT_FORM, name: 'a', priceYen: '-1' }).success).toBe(false);
    expect(schema.safeParse({ ...EMPTY_PRODUCT_FORM, name: 'a', priceYen: '100000001' }).success).toBe(false);
  });

  it('turns a hiragana reading into katakana and refuses kanji in it', () => {
    expect(schema.parse({ ...EMPTY_PRODUCT_FORM, name: 'a', nameKana: 'かまぼこ' }).nameKana).toBe('カマボコ');
    expect(schema.safeParse({ ...EMPTY_PRODUCT_FORM, name: 'a', nameKana: '蒲鉾' }).success).toBe(false);
  });

  it('refuses a name over 200 characters', () => {
    expect(schema.safeParse({ ...EMPTY_PRODUCT_FORM, name: 'あ'.repeat(201) }).success).toBe(false);
  });
});

describe('product round trip', () => {
  it('gives back the same body for an unchanged product', () => {
    const product: Product = {
      id: 1,
      firmId: 2,
      name: '揚げかま',
      nameKana: 'アゲカマ',
      priceYen: 1080,
      taxIncluded: true,
      contentVolume: '120g',
      hasPhoto: false,
      version: 3,
    };
    expect(schema.parse(toProductFormValues(product))).toEqual(productAsInput(product));
  });
});
