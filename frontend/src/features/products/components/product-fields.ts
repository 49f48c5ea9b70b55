import { formatYen } from '@/lib/format';
import type { Translate } from '@/lib/problem';

/** ¥1,080（税込）; 価格未定 without a price. */
export function priceText(priceYen: number | undefined, taxIncluded: boolean, t: Translate): string {
  if (priceYen === undefined) return t('products.priceUnknown');
  return t(taxIncluded ? 'products.priceTaxIncluded' : 'products.priceTaxExcluded', { price: formatYen(priceYen) });
}

/** A product's field as the API names it (`priceYen`), in the product form's words. */
export function productFieldLabel(field: string, t: Translate): string {
  return t(`productFields.${field}`, { defaultValue: field });
}

/** A recorded value as people read it: ¥1,080, 税込/税抜, — when empty. */
export function productFieldValue(field: string, value: string | undefined, t: Translate): string {
  if (value === undefined || value === '') return t('common.notSet');
  switch (field) {
    case 'priceYen':
      return /^[0-9]+$/.test(value) ? formatYen(Number(value)) : value;
    case 'taxIncluded':
      return value === 'true' ? t('products.taxIncluded') : value === 'false' ? t('products.taxExcluded') : value;
    default:
      return value;
  }
}
