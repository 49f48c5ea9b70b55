import { ConflictComparison } from '@/components/ConflictComparison';
import { useTranslate } from '@/i18n/use-translate';
import type { BuyerCompany, BuyerCompanyInput } from '@/lib/api/types';
import { BUYER_INPUT_FIELDS, buyerFieldLabel, buyerFieldValue, differingFields } from './buyer-fields';
import { buyerCompanyAsInput } from './buyer-form';

/** In the 412 dialog: the company someone else saved beside what the user tried to save. */
export function BuyerComparison({ latest, mine }: { latest: BuyerCompany; mine: BuyerCompanyInput }) {
  const translate = useTranslate();
  const theirs = buyerCompanyAsInput(latest);
  const fields = differingFields(BUYER_INPUT_FIELDS, theirs, mine).map((field) => ({
    field,
    label: buyerFieldLabel(field, translate),
    theirs: buyerFieldValue(field, theirs[field], translate),
    mine: buyerFieldValue(field, mine[field], translate),
  }));
  return <ConflictComparison fields={fields} latestUpdatedAt={latest.updatedAt} />;
}
