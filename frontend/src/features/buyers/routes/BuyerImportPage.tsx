import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/ImportPage';
import { useTranslate } from '@/i18n/use-translate';
import { canManageBuyers } from '@/lib/roles';
import { buyerCompaniesChanged } from '@/records/buyer-company/invalidate';
import { buyerFieldValue, importRowFieldLabel } from '../components/buyer-fields';

/** バイヤー企業のCSVインポート (/buyers/import): coordinators and admins. */
export function BuyerImportPage() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();

  return (
    <ImportPage
      kind="buyers"
      allowed={canManageBuyers}
      list={{ to: '/buyers', label: t('buyers.backToList') }}
      describe={{
        fieldLabel: (field, row) => importRowFieldLabel(field, translate, row),
        formatValue: (field, value) => buyerFieldValue(field, value, translate),
      }}
      onCommitted={() => void buyerCompaniesChanged(queryClient)}
    />
  );
}
