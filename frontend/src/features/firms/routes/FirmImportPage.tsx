import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImportPage } from '@/components/import/ImportPage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import { canManageFirms } from '@/lib/roles';
import { useIndustries } from '@/records/industry/queries';
import { firmsChanged } from '@/records/firm/invalidate';
import { displayFieldValue, fieldLabel } from '../components/firm-fields';

/** 事業者のCSVインポート (/firms/import): coordinators and admins. */
export function FirmImportPage() {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const me = useMe();
  const industries = useIndustries(me.data !== undefined && canManageFirms(me.data.roles));
  const ctx = { t: translate, industries: industries.data, language: i18n.language };

  return (
    <ImportPage
      kind="firms"
      allowed={canManageFirms}
      list={{ to: '/firms', label: t('firms.backToList') }}
      describe={{
        fieldLabel: (field) => fieldLabel(field, translate),
        formatValue: (field, value) => displayFieldValue(field, value, ctx),
      }}
      onCommitted={() => void firmsChanged(queryClient)}
    />
  );
}
