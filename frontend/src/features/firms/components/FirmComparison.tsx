import { useTranslation } from 'react-i18next';
import { ConflictComparison } from '@/components/ConflictComparison';
import { useTranslate } from '@/i18n/use-translate';
import type { Firm, FirmInput, Industry } from '@/lib/api/types';
import { useAdvisors } from '@/records/advisor/queries';
import { differingFields, displayFieldValue, fieldLabel, inputFieldText } from './firm-fields';
import { firmAsInput } from './firm-form';

interface Props {
  /** The version someone else saved. */
  latest: Firm;
  /** What the user tried to save. */
  mine: FirmInput;
  industries: readonly Industry[];
}

/** The latest version beside the user's, for the fields where saving the user's would change something. */
export function FirmComparison({ latest, mine, industries }: Props) {
  const { i18n } = useTranslation();
  const translate = useTranslate();
  const theirs = firmAsInput(latest);
  const advisors = useAdvisors();
  const ctx = { t: translate, industries, language: i18n.language, advisors: advisors.data };
  const fields = differingFields(theirs, mine).map((field) => ({
    field,
    label: fieldLabel(field, translate),
    theirs: displayFieldValue(field, inputFieldText(theirs, field), ctx),
    mine: displayFieldValue(field, inputFieldText(mine, field), ctx),
  }));

  return <ConflictComparison fields={fields} latestUpdatedAt={latest.updatedAt} />;
}
