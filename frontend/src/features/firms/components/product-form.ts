import { z } from 'zod';
import type { Product, ProductInput } from '@/lib/api/types';
import { kanaCheck, textRules } from '@/lib/form-text';
import { normalizeMultiline, normalizeNumberText, normalizeReading } from '@/lib/japanese-text';
import type { Translate } from '@/lib/problem';

/** The longest input each field takes, as ProductInput in openapi.yaml says. */
export const PRODUCT_MAX_LENGTH = {
  name: 200,
  nameKana: 200,
  category: 100,
  description: 4000,
  contentVolume: 100,
  shelfLife: 100,
  packaging: 200,
  minimumLot: 100,
} as const;

export const PRODUCT_MAX_PRICE = 100_000_000;

/** A product's rules: folded as the server folds them, then the API's checks and message keys. */
export function productFormSchema(t: Translate) {
  const { optional, required } = textRules({
    required: t('validation.NotBlank'),
    tooLong: (max) => t('form.errorMaxLength', { max }),
  });

  const price = z.string().transform((raw, ctx) => {
    const value = normalizeNumberText(raw).replace(/[,，円¥￥\s]/g, '');
    if (value === '') return undefined;
    if (!/^[0-9]+$/.test(value)) {
      ctx.issues.push({ code: 'custom', message: t('productForm.priceInvalid'), input: raw });
      return z.NEVER;
    }
    const yen = Number(value);
    if (yen > PRODUCT_MAX_PRICE) {
      ctx.issues.push({ code: 'custom', message: t('validation.Max', { value: PRODUCT_MAX_PRICE }), input: raw });
      return z.NEVER;
    }
    return yen;
  });

  return z.object({
    name: required(PRODUCT_MAX_LENGTH.name),
    nameKana: optional(PRODUCT_MAX_LENGTH.nameKana, normalizeReading, kanaCheck(t)),
    category: optional(PRODUCT_MAX_LENGTH.category),
    description: optional(PRODUCT_MAX_LENGTH.description, normalizeMultiline),
    priceYen: price,
    taxIncluded: z.boolean(),
    contentVolume: optional(PRODUCT_MAX_LENGTH.contentVolume),
    shelfLife: optional(PRODUCT_MAX_LENGTH.shelfLife),
    packaging: optional(PRODUCT_MAX_LENGTH.packaging),
    minimumLot: optional(PRODUCT_MAX_LENGTH.minimumLot),
  });
}

type Schema = ReturnType<typeof productFormSchema>;
export type ProductFormInput = z.input<Schema>;
export type ProductFormOutput = z.output<Schema>;

export function toProductInput(values: ProductFormOutput): ProductInput {
  return values;
}

export const EMPTY_PRODUCT_FORM: ProductFormInput = {
  name: '',
  nameKana: '',
  category: '',
  description: '',
  priceYen: '',
  taxIncluded: true,
  contentVolume: '',
  shelfLife: '',
  packaging: '',
  minimumLot: '',
};

export function toProductFormValues(product: Product): ProductFormInput {
  return {
    name: product.name,
    nameKana: product.nameKana,
    category: product.category ?? '',
    description: product.description ?? '',
    priceYen: product.priceYen === undefined ? '' : String(product.priceYen),
    taxIncluded: product.taxIncluded,
    contentVolume: product.contentVolume ?? '',
    shelfLife: product.shelfLife ?? '',
    packaging: product.packaging ?? '',
    minimumLot: product.minimumLot ?? '',
  };
}

/** The product as the body that would save it unchanged; an empty text counts as absent. */
export function productAsInput(product: Product): ProductInput {
  return {
    name: product.name,
    nameKana: product.nameKana || undefined,
    category: product.category || undefined,
    description: product.description || undefined,
    priceYen: product.priceYen,
    taxIncluded: product.taxIncluded,
    contentVolume: product.contentVolume || undefined,
    shelfLife: product.shelfLife || undefined,
    packaging: product.packaging || undefined,
    minimumLot: product.minimumLot || undefined,
  };
}

export const PRODUCT_FORM_FIELDS: ReadonlySet<string> = new Set(Object.keys(EMPTY_PRODUCT_FORM));

export const PRODUCT_INPUT_FIELDS = [
  'name',
  'nameKana',
  'category',
  'description',
  'priceYen',
  'taxIncluded',
  'contentVolume',
  'shelfLife',
  'packaging',
  'minimumLot',
] as const satisfies readonly (keyof ProductInput)[];
