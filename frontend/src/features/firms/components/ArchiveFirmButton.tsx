import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from '@/components/ArchiveButton';
import { useArchiveFirm } from '../api/archive-firm';
import type { VersionedFirm } from '@/records/firm/queries';
import { firmKeys } from '@/records/firm/keys';

/** アーカイブ of a firm; sends the ETag of the version on screen as If-Match. */
export function ArchiveFirmButton({ versioned }: { versioned: VersionedFirm }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { firm, etag } = versioned;
  const archive = useArchiveFirm(firm.id);

  return (
    <ArchiveButton
      messages={{
        button: t('firms.archive'),
        submit: t('firms.archiveSubmit'),
        title: t('firms.archiveTitle'),
        confirm: t('firms.archiveConfirm', { name: firm.tradeName }),
        doneTitle: t('firms.archiveDoneTitle'),
        doneMessage: t('firms.archiveDoneMessage', { name: firm.tradeName }),
        failedTitle: t('firms.archiveFailedTitle'),
        conflict: t('firms.archiveConflict'),
      }}
      archive={() => archive.mutateAsync(etag)}
      refresh={() => queryClient.invalidateQueries({ queryKey: firmKeys.detail(firm.id) })}
    />
  );
}
