import { AuditHistory } from '@/components/AuditHistory';
import { useTranslate } from '@/i18n/use-translate';
import type { BuyerContact } from '@/lib/api/types';
import { useBuyerCompanyHistory } from '@/records/buyer-company/queries';
import { buyerFieldLabel, buyerFieldValue, contactNames } from './buyer-fields';

interface Props {
  companyId: number;
  /** The contacts as listed now, to call a contact's changes by its name. */
  contacts: readonly BuyerContact[] | undefined;
}

/** 変更履歴 of a buyer company and its contacts (`contacts[12].email` reads 担当者「…」のメール). */
export function BuyerHistory({ companyId, contacts }: Props) {
  const translate = useTranslate();
  const history = useBuyerCompanyHistory(companyId);
  const names = contactNames(history.data, contacts);

  return (
    <AuditHistory
      headingId="buyer-history"
      history={history}
      fieldLabel={(field) => buyerFieldLabel(field, translate, names)}
      formatValue={(field, value) => buyerFieldValue(field, value, translate)}
    />
  );
}
