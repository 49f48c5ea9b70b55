import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from '@/components/ArchiveButton';
import { useArchiveBuyerCompany } from '../api/archive-buyer-company';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';
import { buyerCompanyKeys } from '@/records/buyer-company/keys';

/** アーカイブ of a buyer company; sends the ETag of the version on screen as If-Match. */
export function ArchiveBuyerButton({ versioned }: { versioned: VersionedBuyerCompany }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { company, etag } = versioned;
  const archive = useArchiveBuyerCompany(company.id);

  return (
    <ArchiveButton
      messages={{
        button: t('buyers.archive'),
        submit: t('buyers.archiveSubmit'),
        title: t('buyers.archiveTitle'),
        confirm: t('buyers.archiveConfirm', { name: company.name }),
        doneTitle: t('buyers.archiveDoneTitle'),
        doneMessage: t('buyers.archiveDoneMessage', { name: company.name }),
        failedTitle: t('buyers.archiveFailedTitle'),
        conflict: t('buyers.archiveConflict'),
      }}
      archive={() => archive.mutateAsync(etag)}
      refresh={() => queryClient.invalidateQueries({ queryKey: buyerCompanyKeys.detail(company.id) })}
    />
  );
}
