import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  reloading: boolean;
  onReload: () => void;
}

/** 412 Precondition Failed: the version the form was filled from is no longer the latest. */
export function ConflictModal({ opened, reloading, onReload }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onReload}
      title={t('conflict.title')}
      centered
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <Text size="sm">{t('conflict.description')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button onClick={onReload} loading={reloading} data-autofocus>
          {t('conflict.reload')}
        </Button>
      </Group>
    </Modal>
  );
}
