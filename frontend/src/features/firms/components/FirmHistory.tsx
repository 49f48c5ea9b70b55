import { useTranslation } from 'react-i18next';
import { AuditHistory } from '@/components/AuditHistory';
import { useTranslate } from '@/i18n/use-translate';
import type { Industry } from '@/lib/api/types';
import { useFirmHistory } from '@/records/firm/queries';
import { displayFieldValue, fieldLabel } from './firm-fields';

/** 変更履歴 of a firm, its fields and values in the firm's words. */
export function FirmHistory({ firmId, industries }: { firmId: number; industries: readonly Industry[] | undefined }) {
  const { i18n } = useTranslation();
  const translate = useTranslate();
  const history = useFirmHistory(firmId);
  const ctx = { t: translate, industries, language: i18n.language };

  return (
    <AuditHistory
      headingId="firm-history"
      history={history}
      fieldLabel={(field) => fieldLabel(field, translate)}
      formatValue={(field, value) => displayFieldValue(field, value, ctx)}
    />
  );
}
