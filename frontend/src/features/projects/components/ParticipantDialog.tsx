import { useTranslation } from 'react-i18next';
import type { Participant, Project } from '@/lib/api/types';
import { useFirmProducts } from '@/records/product/queries';
import { usePickFirms } from '../api/pickers';
import { CheckboxChoice } from './CheckboxChoice';
import { MemberDialog, type Member, type MemberDialogProps } from './MemberDialog';
import { RecordPicker, usePickerSearch } from './RecordPicker';

export function participantAsMember(p: Participant): Member {
  return { id: p.firmId, name: p.tradeName, items: p.products };
}

const participantOf = (project: Project, firmId: number) => {
  const found = project.participants.find((p) => p.firmId === firmId);
  return found && participantAsMember(found);
};

/** 参加事業者を追加 (find a firm, then choose the products it brings), or 持ち込む商品を変更. */
export function ParticipantDialog(props: MemberDialogProps) {
  const { t } = useTranslation();
  const { member, versioned } = props;
  return (
    <MemberDialog
      {...props}
      kind="participant"
      title={member ? t('projects.changeProductsTitle', { name: member.name }) : t('projects.addParticipant')}
      submitLabel={member ? t('projects.save') : t('projects.addThisFirm')}
      savedMessage={(name) => t(member ? 'projects.productsChanged' : 'projects.participantAdded', { name })}
      memberOf={participantOf}
      toChange={(firmId, productIds) => ({ kind: 'participant', firmId, productIds })}
      picker={(onPick) => <FirmSearch added={new Set(versioned.project.participants.map((p) => p.firmId))} onPick={onPick} />}
      choice={(firmId, chosen, value, onChange) => (
        <ProductChoice firmId={firmId} chosen={chosen} value={value} onChange={onChange} />
      )}
    />
  );
}

function FirmSearch({ added, onPick }: { added: ReadonlySet<number>; onPick: (firm: { id: number; name: string }) => void }) {
  const { t } = useTranslation();
  const search = usePickerSearch();
  const results = usePickFirms(search.q);
  return (
    <RecordPicker
      search={search}
      results={results}
      added={added}
      nameOf={(f) => f.tradeName}
      readingOf={(f) => f.tradeNameKana}
      onPick={(f) => onPick({ id: f.id, name: f.tradeName })}
      labels={{ search: t('projects.searchFirm'), results: t('projects.firmResults'), empty: t('projects.noFirmsYet') }}
    />
  );
}

interface ChoiceProps {
  firmId: number;
  chosen: readonly { id: number; name: string }[];
  value: number[];
  onChange: (ids: number[]) => void;
}

function ProductChoice({ firmId, chosen, value, onChange }: ChoiceProps) {
  const { t } = useTranslation();
  const products = useFirmProducts(firmId);
  return (
    <CheckboxChoice
      label={t('projects.chooseProducts')}
      listed={products}
      chosen={chosen}
      value={value}
      onChange={onChange}
      describe={(p) => p.category}
      unlisted={t('projects.productUnlisted')}
      empty={t('projects.firmHasNoProducts')}
    />
  );
}
