import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { ApiError, problemTitle, translateFieldError } from '@/lib/problem';
import { useArchiveFirm } from '../api/archive-firm';
import type { VersionedFirm } from '../api/get-firm';
import { firmKeys } from '../api/keys';

/** アーカイブ with a confirmation; sends the ETag of the version on screen as If-Match. */
export function ArchiveFirmButton({ versioned }: { versioned: VersionedFirm }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const { firm, etag } = versioned;
  const archive = useArchiveFirm(firm.id);

  const confirm = async () => {
    try {
      await archive.mutateAsync(etag);
      close();
      notifications.show({
        color: 'green',
        title: t('firms.archiveDoneTitle'),
        message: t('firms.archiveDoneMessage', { name: firm.tradeName }),
      });
    } catch (error) {
      close();
      if (!(error instanceof ApiError) || error.status === 401 || error.status === 403 || error.status >= 500) return; // global handler
      // 412: someone saved first; 422: already archived. Either way show what is true now.
      const reason = error.problem?.errors?.[0];
      notifications.show({
        color: 'yellow',
        title: error.problem && error.status !== 412 ? problemTitle(error.problem, translate) : t('firms.archiveFailedTitle'),
        message:
          error.status === 412
            ? t('firms.archiveConflict')
            : reason
              ? translateFieldError(reason, translate)
              : t('problemHint.other'),
        autoClose: 10_000,
      });
      await queryClient.invalidateQueries({ queryKey: firmKeys.detail(firm.id) });
    }
  };

  return (
    <>
      <Button variant="outline" color="red" onClick={open}>
        {t('firms.archive')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('firms.archiveTitle')} centered>
        <Text size="sm">{t('firms.archiveConfirm', { name: firm.tradeName })}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={close} data-autofocus disabled={archive.isPending}>
            {t('firms.archiveCancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={archive.isPending}>
            {t('firms.archiveSubmit')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
