import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/ImportPage';
import { useTranslate } from '@/i18n/use-translate';
import { canManageFirms } from '@/lib/roles';
import { productsChanged } from '@/records/product/invalidate';
import { productFieldLabel, productFieldValue } from '../components/product-fields';

/** 商品のCSVインポート (/products/import): coordinators and admins, who keep the firms' products. */
export function ProductImportPage() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();

  return (
    <ImportPage
      kind="products"
      allowed={canManageFirms}
      list={{ to: '/products', label: t('productList.backToList') }}
      describe={{
        fieldLabel: (field) => productFieldLabel(field, translate),
        formatValue: (field, value) => productFieldValue(field, value, translate),
      }}
      onCommitted={() => void productsChanged(queryClient)}
    />
  );
}
