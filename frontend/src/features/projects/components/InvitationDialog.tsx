import { useTranslation } from 'react-i18next';
import type { InvitedBuyer, Project } from '@/lib/api/types';
import { useBuyerContacts } from '@/records/buyer-company/queries';
import { usePickBuyerCompanies } from '../api/pickers';
import { CheckboxChoice } from './CheckboxChoice';
import { MemberDialog, type Member, type MemberDialogProps } from './MemberDialog';
import { RecordPicker, usePickerSearch } from './RecordPicker';

export function invitationAsMember(b: InvitedBuyer): Member {
  return { id: b.buyerCompanyId, name: b.name, items: b.contacts };
}

const invitationOf = (project: Project, companyId: number) => {
  const found = project.invitations.find((b) => b.buyerCompanyId === companyId);
  return found && invitationAsMember(found);
};

/** バイヤー企業を招待 (find a company, then choose the contacts expected), or 来場予定の担当者を変更. */
export function InvitationDialog(props: MemberDialogProps) {
  const { t } = useTranslation();
  const { member, versioned } = props;
  return (
    <MemberDialog
      {...props}
      kind="invitation"
      title={member ? t('projects.changeContactsTitle', { name: member.name }) : t('projects.addInvitation')}
      submitLabel={member ? t('projects.save') : t('projects.inviteThisCompany')}
      savedMessage={(name) => t(member ? 'projects.contactsChanged' : 'projects.companyInvited', { name })}
      memberOf={invitationOf}
      toChange={(buyerCompanyId, contactIds) => ({ kind: 'invitation', buyerCompanyId, contactIds })}
      picker={(onPick) => <CompanySearch added={new Set(versioned.project.invitations.map((b) => b.buyerCompanyId))} onPick={onPick} />}
      choice={(companyId, chosen, value, onChange) => (
        <ContactChoice companyId={companyId} chosen={chosen} value={value} onChange={onChange} />
      )}
    />
  );
}

function CompanySearch({ added, onPick }: { added: ReadonlySet<number>; onPick: (company: { id: number; name: string }) => void }) {
  const { t } = useTranslation();
  const search = usePickerSearch();
  const results = usePickBuyerCompanies(search.q);
  return (
    <RecordPicker
      search={search}
      results={results}
      added={added}
      nameOf={(c) => c.name}
      readingOf={(c) => c.nameKana}
      onPick={(c) => onPick({ id: c.id, name: c.name })}
      labels={{ search: t('projects.searchBuyer'), results: t('projects.buyerResults'), empty: t('projects.noBuyersYet') }}
    />
  );
}

interface ChoiceProps {
  companyId: number;
  chosen: readonly { id: number; name: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
}

function ContactChoice({ companyId, chosen, value, onChange }: ChoiceProps) {
  const { t } = useTranslation();
  const contacts = useBuyerContacts(companyId);
  return (
    <CheckboxChoice
      label={t('projects.chooseContacts')}
      listed={contacts}
      chosen={chosen}
      value={value}
      onChange={onChange}
      describe={(c) => [c.department, c.email].filter(Boolean).join(t('common.listSeparator')) || undefined}
      unlisted={t('projects.contactUnlisted')}
      empty={t('projects.companyHasNoContacts')}
    />
  );
}
